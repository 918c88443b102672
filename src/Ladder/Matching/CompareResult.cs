using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.Cli.Matching;

/// <summary>The JSON shape of <c>ladder compare</c>: both roles side by side and the score each way.</summary>
internal sealed record CompareResult(CompareSide A, CompareSide B, CompareScore AToB, CompareScore BToA)
{
    public static CompareResult Build(SkillSpace space, Role a, Role b)
    {
        var ab = TransitionAnalyzer.Analyze(space, a, b);
        var ba = TransitionAnalyzer.Analyze(space, b, a);
        return new CompareResult(Side(space, a, b), Side(space, b, a),
            new CompareScore(ab.Score, ab.Verdict, ab.Summary, ab.Pay.MedianChange, ab.MissingSkills.Take(5).Select(m => m.Name).ToList()),
            new CompareScore(ba.Score, ba.Verdict, ba.Summary, ba.Pay.MedianChange, ba.MissingSkills.Take(5).Select(m => m.Name).ToList()));
    }

    private static CompareSide Side(SkillSpace space, Role role, Role other)
    {
        var p = space.ProfileOf(role);
        var o = space.ProfileOf(other);
        var otherSkills = MatchingView.KeySkills(space, o).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var otherTech = MatchingView.Technologies(space, o).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var w = role.Primary.Wages.Current;
        var percentiles = w is null ? null : new Dictionary<string, CompareMoney>
        {
            ["p10"] = new(w.P10.LowerBound, w.P10.ToDisplay()), ["p25"] = new(w.P25.LowerBound, w.P25.ToDisplay()),
            ["median"] = new(w.Median.LowerBound, w.Median.ToDisplay()), ["p75"] = new(w.P75.LowerBound, w.P75.ToDisplay()),
            ["p90"] = new(w.P90.LowerBound, w.P90.ToDisplay()),
        };
        // The same level ranges the guide shows, so a curated median's rescaling and curated level pay carry over.
        var levels = new GuideComposer(space.Catalog).Compose(role).Levels
            .Select(l => new CompareLevel(l.Name, l.PayLow, l.PayHigh, l.PayDisplay)).ToList();
        return new CompareSide(
            TransitionAnalyzer.Ref(role),
            role.MedianPay,
            role.MedianPay is { } m ? Occupations.WageValue.FormatMoney(m) : "not available",
            percentiles,
            levels,
            p.JobZone,
            TransitionAnalyzer.TypicalEducation(space.Catalog, role.Primary),
            MatchingView.KeySkills(space, p).Select(s => new CompareSkill(s.Name, s.Kind, s.Importance, s.Level, otherSkills.Contains(s.Name))).ToList(),
            MatchingView.Technologies(space, p).Select(t => new CompareTechnology(t, otherTech.Contains(t))).ToList());
    }
}

internal sealed record CompareSide(RoleRef Role, decimal? MedianPay, string MedianPayDisplay, IReadOnlyDictionary<string, CompareMoney>? Percentiles,
    IReadOnlyList<CompareLevel> Levels, int? JobZone, string? Education, IReadOnlyList<CompareSkill> Skills, IReadOnlyList<CompareTechnology> Technologies);

internal sealed record CompareMoney(decimal? Amount, string Display);

internal sealed record CompareLevel(string Level, decimal? Low, decimal? High, string Display);

internal sealed record CompareSkill(string Name, string Kind, double Importance, double Level, bool Shared);

internal sealed record CompareTechnology(string Name, bool Shared);

internal sealed record CompareScore(double Score, string Verdict, string Summary, decimal? MedianPayChange, IReadOnlyList<string> TopMissingSkills);
