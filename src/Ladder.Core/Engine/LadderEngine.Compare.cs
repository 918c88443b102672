using Ladder.Catalog;
using Ladder.Matching;
using Ladder.Occupations;

namespace Ladder.Engine;

public sealed partial class LadderEngine
{
    // Each role's side of a comparison is read for every pair it is in (the static export has thousands).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SkillLevel>> _keySkills = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _keyTechnologies = new(StringComparer.Ordinal);

    /// <summary>Two roles side by side with the transition score both ways.</summary>
    public Comparison Compare(Role a, Role b)
    {
        var ab = TransitionAnalyzer.Analyze(Space, a, b);
        var ba = TransitionAnalyzer.Analyze(Space, b, a);
        return new Comparison(Side(a, b), Side(b, a), Score(ab), Score(ba));
    }

    private static ComparisonScore Score(Transition t) =>
        new(t.Score, t.Verdict, t.Summary, t.Pay.MedianChange, t.MissingSkills.Take(5).Select(m => m.Label).ToList()) { Headline = t.Move.Headline, Because = t.Move.Because };

    /// <summary>A role's key skills: the skills and knowledge it rates important, by importance times level.</summary>
    public IReadOnlyList<SkillLevel> KeySkills(Role role) =>
        _keySkills.GetOrAdd(role.Slug, static (_, state) =>
        {
            var self = TransitionAnalyzer.Analyze(state.Space, state.role, state.role);
            return self.SharedSkills.Concat(self.MissingSkills)
                .OrderByDescending(s => s.Importance * s.ToLevel).Take(Comparison.SkillCount).ToList();
        }, (Space, role));

    /// <summary>A role's top technologies as its guide ranks them (flags × specificity), so both pages list the same ones.</summary>
    public IReadOnlyList<string> KeyTechnologies(Role role) =>
        _keyTechnologies.GetOrAdd(role.Slug, static (_, state) =>
            state.engine.Guide(state.role).Technologies.Take(Comparison.TechnologyCount).Select(t => t.Name).ToList(), (engine: this, role));

    private ComparisonSide Side(Role role, Role other)
    {
        var skills = KeySkills(role);
        // By name and kind: O*NET has a Mathematics skill and a Mathematics knowledge area, and one is not the other.
        var otherSkills = KeySkills(other).Select(s => (s.Name, s.Kind)).ToHashSet();
        var otherTech = KeyTechnologies(other).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var w = role.Primary.Wages.Current;
        var percentiles = w is null ? null
            // Where BLS publishes only hourly wages, its hourly percentiles are the figures to compare (amounts stay annual-only).
            : Ladder.Catalog.HourlyPay.IsHourlyOnly(w)
            ? new Percentiles<ComparisonMoney>(Hourly(w.HourlyP10), Hourly(w.HourlyP25), Hourly(w.HourlyMedian), Hourly(w.HourlyP75), Hourly(w.HourlyP90), Hourly(w.HourlyMean))
            : new Percentiles<ComparisonMoney>(Money(w.P10), Money(w.P25), Money(w.Median), Money(w.P75), Money(w.P90), Money(w.Mean));
        // The same level ranges the guide shows, so a curated median's rescaling and curated level pay carry over.
        var guide = Guide(role);
        return new ComparisonSide(
            TransitionAnalyzer.Ref(role),
            role.MedianPay,
            role.MedianPayText,
            percentiles,
            guide.Levels.Select(l => new ComparisonLevel(l.Name, l.PayLow, l.PayHigh, l.PayDisplay) { Label = l.Label, Years = l.Years }).ToList(),
            Space.ProfileOf(role).JobZone,
            TransitionAnalyzer.TypicalEducation(Catalog, role.Primary),
            skills.Select(s => new ComparisonSkill(s.Name, s.Kind, s.Importance, s.ToLevel, otherSkills.Contains((s.Name, s.Kind)))).ToList(),
            KeyTechnologies(role).Select(t => new ComparisonTechnology(t, otherTech.Contains(t))).ToList())
        {
            EmploymentDisplay = guide.Wages?.EmploymentDisplay ?? "not available",
            WageRelease = guide.Wages?.Release,
            WageSoc = guide.Wages?.Soc,
        };
    }

    private static ComparisonMoney Money(WageValue value) => new(value.LowerBound, value.ToDisplay());

    private static ComparisonMoney Hourly(WageValue value) => new(null, Ladder.Catalog.HourlyPay.PerHour(value));
}
