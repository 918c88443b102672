using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>
/// Issue 23's checks: no invitation to practise dangerous work, a cited hazard con wherever the BLS Handbook describes
/// danger, no two sections that contradict, and figures in pros and cons that the guide shows elsewhere. "Dangerous"
/// comes from the Handbook text itself (read here, independently of Ladder's hazard files) and from the families the
/// content marks hazardous.
/// </summary>
public sealed partial class Audit
{
    private HandbookDangers? _handbook;
    private IReadOnlySet<string> _hazardousFamilies = new HashSet<string>();

    /// <summary>The Handbook pages and the families marked hazardous; without them the safety checks only read the guide.</summary>
    public void UseSafetySources(HandbookDangers? handbook, IReadOnlySet<string> hazardousFamilies) =>
        (_handbook, _hazardousFamilies) = (handbook, hazardousFamilies);

    // The step issue 23 found in 744 guides: "a course project, volunteering, part-time work or shadowing where you can <task>".
    [GeneratedRegex(@"\bvolunteering\b|where you can\b|\bshadowing\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvitesPractice();

    [GeneratedRegex(@"\$[0-9][0-9,]*(\.[0-9]+)?")]
    private static partial Regex Money();

    private void CheckSafety(string slug, string? code, JsonObject g)
    {
        var family = g["ladderFamily"]?.GetValue<string>();
        var pages = code is null || _handbook is null ? [] : _handbook.PagesFor(code);
        var dangerous = (family is not null && _hazardousFamilies.Contains(family)) || pages.Count > 0;
        if (dangerous)
            foreach (var s in g["roadmap"]?.AsArray() ?? [])
                if (InvitesPractice().IsMatch(s!["detail"]!.GetValue<string>()))
                    Add(DefectClass.HazardPractice, slug, $"{s["title"]}: {s["detail"]}", 9);
        var cons = g["cons"]?.AsArray().Select(c => c!["reason"]!.GetValue<string>()).ToList() ?? [];
        foreach (var page in pages.Where(p => p.EveryCode))
            if (!cons.Any(c => c.Contains($"/{page.Slug}.htm", StringComparison.Ordinal)))
                Add(DefectClass.MissingHazardCon, slug, $"{g["title"]}: the Handbook page '{page.Slug}' describes a high fatality rate, and no con cites it", 8);
    }

    /// <summary>Pages where only some of their occupations need the con: at least one of them must carry it.</summary>
    public void CheckHandbookCoverage(IReadOnlyDictionary<string, JsonObject> byCode)
    {
        if (_handbook is null) return;
        foreach (var page in _handbook.Pages.Where(p => !p.EveryCode))
        {
            var guides = page.Codes.Select(c => byCode.GetValueOrDefault(c)).OfType<JsonObject>().ToList();
            if (guides.Count == 0) continue;
            if (!guides.Any(g => g["cons"]?.AsArray().Any(c => c!["reason"]!.GetValue<string>().Contains($"/{page.Slug}.htm", StringComparison.Ordinal)) == true))
                Add(DefectClass.MissingHazardCon, guides[0]["slug"]!.GetValue<string>(), $"The Handbook page '{page.Slug}' describes injuries or danger, and none of its {guides.Count} guides has a con citing it", 8);
        }
    }

    private void CheckContradictions(string slug, JsonObject g)
    {
        var pros = g["pros"]?.AsArray().Select(p => p!["text"]!.GetValue<string>()).ToList() ?? [];
        var cons = g["cons"]?.AsArray().Select(c => c!["text"]!.GetValue<string>()).ToList() ?? [];
        void Both(string pro, string con)
        {
            if (pros.Any(p => p.StartsWith(pro, StringComparison.Ordinal)) && cons.Any(c => c.StartsWith(con, StringComparison.Ordinal)))
                Add(DefectClass.Contradiction, slug, $"pro '{pro}…' and con '{con}…' in one guide", 7);
        }
        Both("Pays well above", "Pays below");
        Both("A large field", "A small field");
        Both("Quick to start", "A long road in");
        // A first stage that is a multi-year training route (residency, apprenticeship) is not "quick to start".
        var first = g["levels"]?.AsArray().FirstOrDefault();
        if (pros.Any(p => p.StartsWith("Quick to start", StringComparison.Ordinal)) && first?["payLow"] is null && first?["payDisplay"]?.GetValue<string>().StartsWith("no BLS figure", StringComparison.Ordinal) == true
            && StartYears(first!["years"]!.GetValue<string>()) is { } end && end >= 2)
            Add(DefectClass.Contradiction, slug, $"pro 'Quick to start' while the first stage, {first["label"]}, is a training stage of {first["years"]}", 7);
        // Nor is work for which BLS asks for years of related work first.
        if (pros.Any(p => p.StartsWith("Quick to start", StringComparison.Ordinal)) && g["entry"]?["experience"]?.GetValue<string>() is { } experience && experience != "None")
            Add(DefectClass.Contradiction, slug, $"pro 'Quick to start' while BLS asks for {experience.ToLowerInvariant()} of related work", 7);
        var roadmap = g["roadmap"]?.AsArray().Select(s => s!["title"]!.GetValue<string>()).ToList() ?? [];
        if (roadmap.Contains("Apply for entry-level roles") && roadmap.Contains("How people get there"))
            Add(DefectClass.Contradiction, slug, "the roadmap both offers entry-level titles and says the job has no entry-level openings", 7);

        // Every figure a pro or con cites is one the guide shows elsewhere (the all-occupations benchmark excepted).
        var rest = g.DeepClone().AsObject();
        rest.Remove("pros");
        rest.Remove("cons");
        var shown = rest.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var item in (g["pros"]?.AsArray() ?? []).Concat(g["cons"]?.AsArray() ?? []))
        {
            var reason = item!["reason"]!.GetValue<string>();
            foreach (Match m in Money().Matches(reason))
            {
                // The all-occupations median is the benchmark a pay pro or con compares with, named as such.
                var near = reason[Math.Max(0, m.Index - 40)..Math.Min(reason.Length, m.Index + m.Length + 40)];
                if (near.Contains("all occupations", StringComparison.Ordinal) || near.Contains("all-occupations", StringComparison.Ordinal)) continue;
                if (!shown.Contains(m.Value.TrimEnd('.', ','), StringComparison.Ordinal))
                    Add(DefectClass.UnshownFigure, slug, $"{item["text"]}: {reason}", 6);
            }
        }
    }

    /// <summary>The upper end of a years span such as "0–4 years", or null for words.</summary>
    internal static int? StartYears(string years)
    {
        var m = Regex.Match(years, @"^(\d+)[–-](\d+) years");
        return m.Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}

/// <summary>The BLS Handbook pages whose Work Environment tab describes injuries or danger, by SOC code.</summary>
public sealed class HandbookDangers
{
    public sealed record Page(string Slug, IReadOnlyList<string> Socs, bool EveryCode)
    {
        public List<string> Codes { get; } = [];
    }

    public required IReadOnlyList<Page> Pages { get; init; }

    public IReadOnlyList<Page> PagesFor(string code) => Pages.Where(p => p.Socs.Contains(code[..7])).ToList();

    /// <summary>
    /// Reads ooh_pages.jsonl: a page with an "Injuries and Illnesses" section describes danger; one that names one of the
    /// highest fatality rates does so for every occupation on it.
    /// </summary>
    public static HandbookDangers Read(string jsonl, IEnumerable<string> codes)
    {
        var pages = new List<Page>();
        foreach (var line in File.ReadLines(jsonl))
        {
            var page = JsonNode.Parse(line)!.AsObject();
            var work = page["work_environment"]?.GetValue<string>() ?? "";
            if (!work.Contains("Injuries and Illnesses", StringComparison.Ordinal)) continue;
            var every = Regex.IsMatch(work, @"highest rates? of (occupational )?fatalit", RegexOptions.IgnoreCase);
            pages.Add(new Page(page["page"]!.GetValue<string>(), page["soc_codes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList(), every));
        }
        var all = codes.ToList();
        foreach (var p in pages) p.Codes.AddRange(all.Where(c => p.Socs.Contains(c[..7])));
        return new HandbookDangers { Pages = pages };
    }
}
