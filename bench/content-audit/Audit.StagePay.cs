using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>
/// Stage pay bands read from a wage row that is not the occupation's own: a row that pools several occupations, a parent
/// row whose own occupation climbs a different ladder (clinical nurse specialists on Registered Nurses' percentiles), or a
/// parent row the stage does not name as such.
/// </summary>
public sealed partial class Audit
{
    [GeneratedRegex(@"percentile of SOC (\d\d-\d{4})")]
    private static partial Regex StageRow();

    private void CheckStagePayRow(string slug, string? code, JsonObject g)
    {
        if (code is null || g["kind"]?.GetValue<string>() == "role") return;
        var family = g["ladderFamily"]?.GetValue<string>();
        foreach (var level in g["levels"]?.AsArray() ?? [])
        {
            if (level!["payLow"] is null && level["payHigh"] is null) continue;
            var source = level["paySource"]?.GetValue<string>() ?? "";
            if (StageRow().Match(source) is not { Success: true } m) continue;
            var row = m.Groups[1].Value;
            if (source.Contains("All Other", StringComparison.Ordinal))
                Add(DefectClass.StagePayRow, slug, $"{level["label"]} is banded from a residual group's row: {source}", 6);
            else if (row != code[..7])
                Add(DefectClass.StagePayRow, slug, $"{level["label"]} is banded from SOC {row}, not this occupation's code: {source}", 6);
            else if (code[7..] != ".00")
            {
                // A detail occupation banded from its parent row: the row must be named as the parent's, and the parent's
                // own occupation must climb the same ladder.
                if (!source.Contains("includes this one", StringComparison.Ordinal))
                    Add(DefectClass.StagePayRow, slug, $"{level["label"]} is banded from parent row SOC {row} without saying so: {source}", 6);
                var parent = guides.Values.FirstOrDefault(o => o["codes"]?.AsArray().FirstOrDefault()?.GetValue<string>() == row + ".00" && o["kind"]?.GetValue<string>() != "role");
                if (parent?["ladderFamily"]?.GetValue<string>() is { } other && other != family)
                    Add(DefectClass.StagePayRow, slug, $"{level["label"]} ({family}) is banded from SOC {row}, whose own occupation climbs {other}", 6);
            }
            break;
        }
    }
}
