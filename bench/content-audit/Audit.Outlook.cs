using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>
/// The growth verdict against the Handbook's own phrase: each 2024–34 Handbook page for one SOC code says "projected to
/// grow N percent …, faster than the average" (or "decline", "little or no change"), written by BLS, not by Ladder.
/// </summary>
public sealed partial class Audit
{
    private Dictionary<string, (string Key, string Page)> _handbookVerdicts = new(StringComparer.Ordinal);
    private int _verdictsChecked;

    [GeneratedRegex(@"projected to (grow|decline|show little or no change) (?:(\d+) percent )?from \d{4} to \d{4}(?:,? (much faster than|faster than|about as fast as|slower than))?")]
    private static partial Regex OutlookPhrase();

    /// <summary>Reads the verdict key of every single-SOC Handbook page from its job_outlook text.</summary>
    public void UseHandbookOutlook(string jsonl)
    {
        foreach (var line in File.ReadLines(jsonl))
        {
            var page = JsonNode.Parse(line)!.AsObject();
            var socs = page["soc_codes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            var m = OutlookPhrase().Match(Regex.Replace(page["job_outlook"]?.GetValue<string>() ?? "", @"\s+", " "));
            if (socs.Count != 1 || !m.Success) continue;
            var key = m.Groups[3].Value switch
            {
                "much faster than" => "much-faster", "faster than" => "faster", "about as fast as" => "average", "slower than" => "slower",
                _ => m.Groups[1].Value == "decline" ? "decline" : "little-change",
            };
            _handbookVerdicts[socs[0]] = (key, page["page"]!.GetValue<string>());
        }
    }

    private void CheckVerdict(string slug, string? code, JsonObject g)
    {
        if (code is null || g["kind"]?.GetValue<string>() == "role" || !_handbookVerdicts.TryGetValue(code[..7], out var handbook)) return;
        // Only where the guide's figures are the page's own row.
        if (g["outlook"]?["projectionCode"]?.GetValue<string>() != code[..7] || g["outlook"]?["verdictKey"]?.GetValue<string>() is not { } key) return;
        _verdictsChecked++;
        if (key != handbook.Key)
            Add(DefectClass.VerdictDiffers, slug, $"verdict '{key}' ({g["outlook"]?["changePercent"]}%), the Handbook page '{handbook.Page}' says '{handbook.Key}'", 5);
    }
}
