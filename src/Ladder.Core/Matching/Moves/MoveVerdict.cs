using System.Globalization;
using Ladder.Catalog;
using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Matching;

/// <summary>
/// What a move gives and what it takes, in words, with the evidence: the words every surface shows instead of the
/// 0–100 score (which stays in the API). <see cref="Kind"/> is "step up", "across", "step down", or "move" when
/// BLS publishes no pay for one side.
/// </summary>
public sealed record MoveVerdict(string Kind, string Fit, IReadOnlyList<string> Reasons)
{
    /// <summary>"Step up: skills carry over".</summary>
    public string Headline => $"{Label(Kind)}: {Fit}";

    /// <summary>The reasons as one sentence, for a line of text.</summary>
    public string Because => Reasons.Count == 0 ? "" : char.ToUpperInvariant(Reasons[0][0]) + string.Join("; ", Reasons)[1..] + ".";

    public static string Label(string kind) => kind switch
    {
        "step up" => "Step up",
        "step down" => "Step down",
        "across" => "Across",
        _ => "Move",
    };

    /// <summary>The heading of one group of moves, by what they give; every surface uses it.</summary>
    public static string GroupHeading(string kind) => kind switch
    {
        "step up" => "Steps up",
        "across" => "Moves across",
        "step down" => "Steps down",
        _ => "Moves where pay is not known",
    };

    /// <summary>The order the groups are shown in: realistic steps up lead.</summary>
    public static int Order(string kind) => kind switch { "step up" => 0, "across" => 1, "step down" => 2, _ => 3 };
}

/// <summary>The rules that turn a <see cref="Transition"/> into a <see cref="MoveVerdict"/> (docs/matching.md).</summary>
public static class MoveVerdicts
{
    /// <summary>A median pay change of 10% or more either way makes a step up or down; less is "as much pay".</summary>
    public const decimal StepShare = 0.10m;

    /// <summary>The move needs new schooling: two or more job zones up, a residency after a degree, or a degree (the licence's route, or BLS's typical entry education: a graduate degree the origin's work does not ask for, or any degree from work that asks for a high school diploma at most).</summary>
    public static bool NeedsSchooling(int? jobZoneChange, IReadOnlyList<string> barriers) =>
        jobZoneChange >= TransitionBarrier.ZoneGap || barriers.Any(b => b.Contains("residency", StringComparison.Ordinal) || TransitionBarrier.IsSchooling(b));

    /// <summary>With no less pay, a BLS projected growth this many points faster makes the move a step up.</summary>
    public const double BetterOutlookPoints = 3.0;

    /// <summary>
    /// The level-gap shortfall (0–1: the importance-weighted share of the target's ten most important skills held two or
    /// more O*NET levels lower; docs/matching.md) under which skills "carry over", and under which there are "some" to learn.
    /// </summary>
    public const double CarryOverGap = 0.15, SomeNewGap = 0.35;

    public static MoveVerdict For(LadderCatalog catalog, Role from, Role to, Transition t)
    {
        var outlookFrom = RoleOutlookFacts.For(catalog, from).ChangePercent;
        var outlookTo = RoleOutlookFacts.For(catalog, to).ChangePercent;
        var better = outlookFrom is { } of && outlookTo is { } ot && ot - of >= BetterOutlookPoints;
        var kind = t.Pay.FromMedian is { } a && t.Pay.ToMedian is { } b && a > 0
            ? (b - a) / a >= StepShare ? "step up" : (a - b) / a >= StepShare ? "step down" : better && b >= a ? "step up" : "across"
            : "move";
        var important = t.SharedSkills.Count + t.MissingSkills.Count;
        var gap = t.Breakdown.LevelGap;
        var licence = t.Barriers.FirstOrDefault(b => !b.Contains("job zone", StringComparison.Ordinal) && !TransitionBarrier.IsSchooling(b));
        var schooling = NeedsSchooling(t.JobZoneChange, t.Barriers);
        var fit = licence is not null && schooling ? "needs new schooling and a licence"
            : licence is not null ? "needs a licence first"
            : schooling ? "needs new schooling"
            : important == 0 ? "skills not rated"
            : gap < CarryOverGap && (t.JobZoneChange ?? 0) <= 1 ? "skills carry over"
            : gap < SomeNewGap ? "some new skills to learn"
            : "many new skills to learn";
        var reasons = new List<string>(5);
        if (important > 0) reasons.Add($"shares {t.SharedSkills.Count} of the {important} skills and knowledge areas {to.Title} rates important");
        reasons.Add(Pay(t.Pay));
        if (kind == "step up" && t.Pay.FromMedian is { } pa && t.Pay.ToMedian is { } pb && pb - pa < pa * StepShare)
            reasons.Add($"BLS projects {Signed(outlookTo!.Value)} growth against {Signed(outlookFrom!.Value)}");
        reasons.Add(Preparation(t));
        foreach (var need in t.Barriers.Where(b => !b.Contains("job zone", StringComparison.Ordinal))) reasons.Add(need);
        foreach (var c in t.CredentialsNeeded.Where(c => c.Kind == "licence" && licence is null)) reasons.Add($"needs {c.Name}{(string.IsNullOrWhiteSpace(c.Time) ? "" : $" ({c.Time})")}");
        return new MoveVerdict(kind, fit, reasons);
    }

    private static string Pay(PayChange pay) => pay.MedianChange switch
    {
        null => "pay change not available (BLS publishes no median for one of the two)",
        { } d when d == 0 => "same median pay",
        { } d => $"median pay {(d > 0 ? "+" : "−")}{WageValue.FormatMoney(Math.Abs(d))} a year ({(d > 0 ? "+" : "−")}{Math.Abs(d) / pay.FromMedian!.Value:0%})",
    };

    private static string Preparation(Transition t) => t.JobZoneChange switch
    {
        null => "preparation not rated by O*NET",
        0 => "about the same preparation",
        1 => $"one more O*NET job zone of preparation{Typical(t)}",
        > 1 => $"{t.JobZoneChange} more O*NET job zones of preparation{Typical(t)}",
        _ => "less preparation",
    };

    private static string Typical(Transition t) => t.EducationTo is { } e ? $" (usually {e})" : "";

    private static string Signed(double percent) => (percent >= 0 ? "+" : "−") + Math.Abs(percent).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
