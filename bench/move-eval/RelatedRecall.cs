using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>recall@10 of a list of moves against O*NET's Primary-tier related occupations (as bench/related-eval grades the score).</summary>
internal static class RelatedRecall
{
    /// <summary>The moves list every surface shows first (the model's), under <paramref name="rules"/>.</summary>
    public static double Of(SkillSpace space, MoveRules? rules = null) =>
        Of(space, (from, include) => MoveRanking.Out(space, from, 10, include, rules));

    /// <summary>The "Closest in skills" list every surface shows beside it.</summary>
    public static double OfClosest(SkillSpace space) => Of(space, (from, include) => MoveRanking.Closest(space, from, 10, include));

    private static double Of(SkillSpace space, Func<RoleProfile, Func<RoleProfile, bool>, IReadOnlyList<RankedMove>> list)
    {
        var occupations = space.Profiles.Where(p => !p.Role.IsCurated).ToHashSet();
        double total = 0;
        int graded = 0;
        foreach (var from in occupations)
        {
            var primary = from.Role.Primary.Related.Where(r => r.Tier is "Primary-Short" or "Primary-Long").Select(r => r.Code.Value).ToHashSet(StringComparer.Ordinal);
            if (primary.Count == 0) continue;
            var top = list(from, occupations.Contains);
            total += top.Count(m => primary.Contains(m.Other.Role.Code)) / (double)primary.Count;
            graded++;
        }
        return total / graded;
    }
}
