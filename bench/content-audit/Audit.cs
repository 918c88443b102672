using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>Checks guides as JSON for the defect classes of issue 12 and keeps every finding.</summary>
public sealed partial class Audit(IReadOnlyDictionary<string, JsonObject> guides)
{
    private readonly List<Finding> _findings = [];
    private int _roadmaps, _officeRoadmaps;

    /// <summary>Filler that reads the same in every guide whatever the occupation.</summary>
    private static readonly string[] TemplatePhrases =
    [
        "Set the standards for how the team will", "Lead the work to ", "With guidance, ", "Practise the day-to-day tasks below",
        "tasks for this occupation, so you can see", "Broaden into ", "get hands-on with tools such as", "the tools O*NET lists first",
        "take on larger responsibilities", "Do hands-on work that mirrors the job", "Clear, well-documented work",
    ];

    [GeneratedRegex(@"\b(Microsoft (Office|Word|Excel|Outlook|PowerPoint|Access|Windows|Project|SharePoint|Teams)|Google (Docs|Sheets|Drive)|spreadsheet software|word processing software)\b")]
    private static partial Regex Office();

    [GeneratedRegex(@"\b(senior|sr|lead(?! abatement| paint)|chief|head|manager|principal|charge|director|president|superintendent|supervisor|mayor|governor|senator|legislator|council ?member|alderman|commissioner|judge|justice|magistrate|sheriff|elected|appointed|retired|retiree)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotEntry();

    // Issue 23's forms of seniority in a field's own words, and of a credential ("a certificate is not a title"): a
    // marker in the occupation's own title is the job itself.
    [GeneratedRegex(@"\b(sous|chef|architect|warden|pusher|leader|owner|co-?founder|founder|master|journeyman|journeyworker|certificate|certification|certified|registered(?! nurse)|CCRN|[A-Z]{2,}-B?C)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldMarker();

    [GeneratedRegex(@"\b(rising|rose|slipped|fell|falling|grew|growing|declin\w*|shrank|dropped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trend();

    [GeneratedRegex(@"level (\d+(\.\d+)?) of 7")]
    private static partial Regex LevelOf7();

    // Case-sensitive on purpose: advice is written in lower case ("administer medications"); a capitalised match is an
    // occupation title being named ("Oral and Maxillofacial Surgeons"), not work being advised.
    [GeneratedRegex(@"\b(administer\w*|medicat\w*|inject\w*|diagnos\w*|prescrib\w*|surg\w*|live circuits?|energi[sz]ed|wiring|install\w* electrical|drive (a |the )?(truck|bus|tractor)|treat\w* patients|intravenous)\b")]
    private static partial Regex LicensedWork();

    public void CheckGuide(string slug, JsonObject g)
    {
        var code = g["codes"]?.AsArray().FirstOrDefault()?.GetValue<string>();
        var roadmap = g["roadmap"]?.AsArray().Select(s => $"{s!["title"]}: {s["detail"]}").ToList() ?? [];
        foreach (var (section, sentence) in Sentences(g))
        {
            foreach (var phrase in TemplatePhrases)
                if (sentence.Contains(phrase, StringComparison.Ordinal)) Add(DefectClass.TemplatePhrase, slug, $"[{section}] {sentence}", 3);
        }
        CheckRoadmap(slug, code, roadmap, g);
        CheckEntryTitles(slug, roadmap, g);
        CheckFeeders(slug, g);
        CheckProsCons(slug, g);
        CheckEmpty(slug, g);
        CheckLists(slug, code, g);
        CheckSafety(slug, code, g);
        CheckContradictions(slug, g);
        CheckLicenceEvidence(slug, code, g);
        CheckStageYears(slug, g);
        CheckLicenceAndEducationAgree(slug, g);
        CheckVerdict(slug, code, g);
        CheckStagePayRow(slug, code, g);
    }

    private void CheckRoadmap(string slug, string? code, List<string> roadmap, JsonObject g)
    {
        if (roadmap.Count == 0) return;
        _roadmaps++;
        var office = roadmap.Where(s => Office().IsMatch(s)).ToList();
        if (office.Count > 0)
        {
            _officeRoadmaps++;
            var officeWork = code is not null && (code.StartsWith("43-", StringComparison.Ordinal) || code.StartsWith("13-", StringComparison.Ordinal)
                || code.StartsWith("11-", StringComparison.Ordinal) || code.StartsWith("23-", StringComparison.Ordinal)
                // Computer occupations administer these systems: Windows Server or SharePoint is their work, not an office habit.
                || code.StartsWith("15-", StringComparison.Ordinal));
            if (!officeWork) Add(DefectClass.OfficeSoftware, slug, office[0], 1);
        }
        // Licensed work is what the guide's own decision, or an outside statement, says needs a licence.
        if (!NeedsLicence(code, g)) return;
        var licence = g["credentials"]?["licence"]?["credential"]?.GetValue<string>() ?? "licence";
        var tasks = g["tasks"]?.AsArray().Select(t => t!.GetValue<string>().TrimEnd('.')).ToList() ?? [];
        foreach (var step in roadmap)
        {
            // Once a step is about getting the licence, later steps may describe the licensed work.
            if (step.Contains("licen", StringComparison.OrdinalIgnoreCase) || step.Contains("certif", StringComparison.OrdinalIgnoreCase)) break;
            var quotesTask = tasks.Any(t => t.Length > 20 && step.Contains(t[1..Math.Min(t.Length, 40)], StringComparison.OrdinalIgnoreCase));
            if (LicensedWork().IsMatch(step) || quotesTask) Add(DefectClass.UnsafeAdvice, slug, $"{step} (needs a {licence})", 9);
        }
    }

    private void CheckEntryTitles(string slug, List<string> roadmap, JsonObject g)
    {
        IEnumerable<string> titles = g["breakIn"]?["entryTitles"] is JsonArray list
            ? list.Select(t => t!.GetValue<string>())
            : roadmap.Where(s => s.Contains("entry-level", StringComparison.OrdinalIgnoreCase)).SelectMany(TitlesIn);
        var own = g["title"]?.GetValue<string>() ?? "";
        foreach (var title in titles)
            if (NotEntry().IsMatch(title) || FieldMarker().Matches(title).Any(m => !own.Contains(m.Value, StringComparison.OrdinalIgnoreCase)))
                Add(DefectClass.SeniorEntryTitle, slug, $"Offered as an entry title: {title}", 8);
    }

    /// <summary>The titles listed after "such as" or "titled" in an old-style roadmap step.</summary>
    private static IEnumerable<string> TitlesIn(string step)
    {
        var at = step.IndexOf(" such as ", StringComparison.Ordinal) is var i and >= 0 ? i + 9 : step.IndexOf(" titled ", StringComparison.Ordinal) is var j and >= 0 ? j + 8 : -1;
        if (at < 0) return [];
        var end = step.IndexOf(", and prepare", at, StringComparison.Ordinal);
        var list = step[at..(end > 0 ? end : step.Length)].TrimEnd('.');
        var parts = list.Contains(';') ? list.Split("; ") : list.Replace(" and ", ", ", StringComparison.Ordinal).Split(", ");
        return parts.Select(p => p.Trim()).Where(p => p.Length > 0);
    }

    private void CheckFeeders(string slug, JsonObject g)
    {
        var pay = g["medianPay"]?["amount"]?.GetValue<decimal?>();
        if (pay is not { } target || target <= 0) return;
        foreach (var from in g["breakIn"]?["fromRoles"]?.AsArray() ?? [])
        {
            var other = from!["slug"]!.GetValue<string>();
            if (guides.TryGetValue(other, out var og) && og["medianPay"]?["amount"]?.GetValue<decimal?>() is { } p && p > target * 1.3m)
                Add(DefectClass.FeederPaysMore, slug, $"{g["title"]} ({target:#,0}) is said to be reached from {og["title"]} ({p:#,0})", 6);
        }
    }

    private void CheckProsCons(string slug, JsonObject g)
    {
        foreach (var item in (g["pros"]?.AsArray() ?? []).Concat(g["cons"]?.AsArray() ?? []))
        {
            var text = $"{item!["text"]}: {item["reason"]}";
            // A ten-year BLS Employment Projections figure is a projection, not a trend read from one year of OEWS medians.
            // Two OEWS years named side by side ("rose from … in May 2024 to … in May 2025") is the same claim without a percent.
            if (Trend().IsMatch(text) && (text.Contains('%') || text.Contains("May 2024", StringComparison.Ordinal))
                && !text.Contains("Employment Projections", StringComparison.Ordinal))
                Add(DefectClass.OneYearTrend, slug, text, 5);
            if (item["text"]!.GetValue<string>().StartsWith("Demands strong", StringComparison.Ordinal)
                && LevelOf7().Match(text) is { Success: true } m && double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < 4)
                Add(DefectClass.UnsupportedCon, slug, text, 4);
        }
    }

    private void CheckEmpty(string slug, JsonObject g)
    {
        bool Noted(string section) => g["sectionNotes"]?[section] is JsonValue v && v.GetValue<string>().Length > 0;
        void Empty(string section, bool empty) { if (empty && !Noted(section)) Add(DefectClass.EmptySection, slug, $"{g["title"]}: empty {section} section", 2); }
        static bool None(JsonNode? n) => n is not JsonArray a || a.Count == 0;
        Empty("tasks", None(g["tasks"]));
        Empty("skills", None(g["skills"]));
        Empty("technologies", None(g["technologies"]) && None(g["tools"]));
        Empty("levels", g["levels"]?.AsArray().Any(l => None(l!["responsibilities"])) ?? true);
        Empty("pros", None(g["pros"]));
        Empty("cons", None(g["cons"]));
        foreach (var (section, sentence) in Sentences(g))
            if ((None(g["tasks"]) && (sentence.Contains("tasks below", StringComparison.Ordinal) || sentence.Contains("listed below", StringComparison.Ordinal)))
                || sentence.Contains("documents 0 ", StringComparison.Ordinal))
                Add(DefectClass.EmptySection, slug, $"[{section}] {sentence}", 2);
    }

    /// <summary>Every composed sentence a reader sees (not the O*NET source text itself).</summary>
    private static IEnumerable<(string Section, string Text)> Sentences(JsonObject g)
    {
        foreach (var s in g["roadmap"]?.AsArray() ?? []) yield return ("roadmap", $"{s!["title"]}: {s["detail"]}");
        foreach (var l in g["levels"]?.AsArray() ?? [])
            foreach (var r in l!["responsibilities"]?.AsArray() ?? []) yield return ($"level {l["label"]}", r!.GetValue<string>());
        foreach (var p in g["pros"]?.AsArray() ?? []) yield return ("pro", $"{p!["text"]}: {p["reason"]}");
        foreach (var c in g["cons"]?.AsArray() ?? []) yield return ("con", $"{c!["text"]}: {c["reason"]}");
        if (g["breakIn"]?["advice"]?.GetValue<string>() is { } advice) yield return ("break in", advice);
    }

    private void Add(DefectClass c, string slug, string sentence, int severity) => _findings.Add(new Finding(c, slug, sentence, severity));
}
