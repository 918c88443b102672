using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>
/// Issue 23: a ladder whose years agree with the training route its own guide states, and sections that agree on the
/// licence and on the entry education.
/// </summary>
public sealed partial class Audit
{
    private int _routesChecked;

    // Routes whose length is time in the work itself; a degree programme's years count from high school instead.
    private static readonly string[] TimedRoutes = ["apprenticeship", "residency", "supervised-practice", "academy", "employer-training"];

    [GeneratedRegex(@"^(\d+)(?:[–-](\d+)|\+) years")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"(?<!into )\b[Ll]icensed\b(?! or certified)")]
    private static partial Regex StageLicensed();

    [GeneratedRegex(@"(?<!\bany )\b(licensure|licen[cs]e renewal|the licen[cs]e requires|licensing exam|your licen[cs]e\b(?! or certification)|(?<!business's \w+ and )licen[cs]es current)")]
    private static partial Regex DutyLicence();

    private void CheckStageYears(string slug, JsonObject g)
    {
        CheckStagesMeet(slug, g);
        var licence = g["credentials"]?["licence"];
        var training = licence?["training"];
        var route = training?["route"]?.GetValue<string>();
        if (training is null || route is null || !TimedRoutes.Contains(route) || licence!["kind"]?.GetValue<string>() == "none") return;
        if (training["minYears"]?.GetValue<double?>() is not { } min || min <= 0) return;
        var levels = g["levels"]?.AsArray().Select(l => l!.AsObject()).ToList() ?? [];
        if (levels.Count < 2) return;
        _routesChecked++;
        var length = training["length"]?.GetValue<string>() ?? $"{min} years";
        // The entry stage is where the route is taken; the next stage is the first that holds the credential.
        var first = Span(levels[0]);
        var next = Span(levels[1]);
        if (next is { } n && n.From < min)
            Add(DefectClass.StageBeforeRoute, slug, $"{levels[1]["label"]} starts at year {n.From}, but the {route} takes {length} ({training["detail"]})", 7);
        else if (IsTrainingStage(levels[0]) && first is { To: { } end } && end < min)
            Add(DefectClass.StageBeforeRoute, slug, $"training stage {levels[0]["label"]} ends at year {end}, but the {route} takes {length}", 7);
    }

    /// <summary>Each stage starts the year the one below it ends: a ladder of 0–1 then 4–8 years loses three years.</summary>
    private void CheckStagesMeet(string slug, JsonObject g)
    {
        var levels = g["levels"]?.AsArray().Select(l => l!.AsObject()).ToList() ?? [];
        for (var i = 1; i < levels.Count; i++)
            if (Span(levels[i - 1]) is { To: { } end } && Span(levels[i]) is { } next && next.From != end)
                Add(DefectClass.StageYearsGap, slug, $"{levels[i - 1]["label"]} ends at year {end}, {levels[i]["label"]} starts at year {next.From}", 7);
    }

    private static (int From, int? To)? Span(JsonObject level)
    {
        var m = YearSpan().Match(level["years"]?.GetValue<string>() ?? "");
        if (!m.Success) return null;
        return (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null);
    }

    private static bool IsTrainingStage(JsonObject level) =>
        level["payDisplay"]?.GetValue<string>().StartsWith("no BLS figure", StringComparison.Ordinal) == true;

    /// <summary>Licence and education facts stated twice in a guide, which must agree.</summary>
    private void CheckLicenceAndEducationAgree(string slug, JsonObject g)
    {
        var kind = g["credentials"]?["licence"]?["kind"]?.GetValue<string>();
        var summary = g["credentials"]?["summary"]?.GetValue<string>() ?? "";
        var roadmap = g["roadmap"]?.AsArray().Select(s => (Title: s!["title"]!.GetValue<string>(), Detail: s["detail"]!.GetValue<string>())).ToList() ?? [];
        var cons = g["cons"]?.AsArray().Select(c => $"{c!["text"]}: {c["reason"]}").ToList() ?? [];
        var pros = g["pros"]?.AsArray().Select(p => p!["text"]!.GetValue<string>()).ToList() ?? [];
        void Contradicts(string what) => Add(DefectClass.Contradiction, slug, what, 7);

        // Licence: the credentials section, the roadmap's licence step and the cons tell one story.
        var getLicensed = roadmap.Any(s => s.Title == "Get licensed");
        if (kind == "none" && (getLicensed || cons.Any(c => c.Contains("licen", StringComparison.OrdinalIgnoreCase) && !c.Contains("no licen", StringComparison.OrdinalIgnoreCase))))
            Contradicts("the credentials say no licence is needed, and the roadmap or a con asks for one");
        if (RequiredKind(kind) && summary.StartsWith("No licence", StringComparison.Ordinal))
            Contradicts($"the decision is '{kind}', and the credentials summary says no licence is needed");
        if (RequiredKind(kind) && !roadmap.Any(s => Regex.IsMatch($"{s.Title} {s.Detail}", "licen|certif|credential|admitted to the bar|commission", RegexOptions.IgnoreCase)))
            Contradicts($"the decision is '{kind}', and no roadmap step says how to get the {g["credentials"]?["licence"]?["credential"]}");

        // A ladder whose stages hold or renew a licence, beside a decision that no licence covers the work ("Licensed
        // practitioner" for Counselors, All Other). "Any licence", "where ... licensed" and "licensed or certified" are
        // conditional and true of every member; a licensed supervisor, a step "into licensed work" and the business's licences
        // (a contractor's) are not the worker's own licence.
        if (kind == "none")
            foreach (var level in g["levels"]?.AsArray() ?? [])
            {
                var label = level!["label"]!.GetValue<string>();
                if (StageLicensed().IsMatch(label)) Contradicts($"no licence covers the work, and a stage is '{label}'");
                foreach (var duty in level["responsibilities"]?.AsArray().Select(d => d!.GetValue<string>()) ?? [])
                    if (DutyLicence().IsMatch(duty) && !duty.StartsWith("Where ", StringComparison.Ordinal) && !duty.Contains(" where ", StringComparison.Ordinal))
                        Contradicts($"no licence covers the work, and stage '{label}' says: {duty}");
            }

        // Education: the roadmap's preparation step names the same BLS entry education as the way in.
        var education = g["entry"]?["education"]?.GetValue<string>();
        var preparation = roadmap.FirstOrDefault(s => s.Detail.Contains("as the typical entry education", StringComparison.Ordinal));
        if (education is not null && preparation.Detail is { } detail && !detail.Contains($"BLS lists {education.ToLowerInvariant()}", StringComparison.OrdinalIgnoreCase)
            && !detail.Contains($"BLS lists {education}", StringComparison.Ordinal))
            Contradicts($"the way in says '{education}', the roadmap says: {detail}");
        // A doctoral or professional degree, or a route of years, is not "quick to start".
        var rank = g["entry"]?["educationRank"]?.GetValue<int>() ?? -1;
        var min = g["credentials"]?["licence"]?["training"]?["minYears"]?.GetValue<double?>() ?? 0;
        if (pros.Any(p => p.StartsWith("Quick to start", StringComparison.Ordinal)) && (rank >= 5 || (RequiredKind(kind) && min >= 2)))
            Contradicts($"pro 'Quick to start' beside entry education '{education}' and a route of {min} years");
    }
}
