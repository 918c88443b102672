using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>recall@10 of the move ranking against O*NET's Primary-tier related occupations (as bench/related-eval grades the score).</summary>
internal static class RelatedRecall
{
    public static double Of(SkillSpace space)
    {
        var occupations = space.Profiles.Where(p => !p.Role.IsCurated).ToHashSet();
        double total = 0;
        int graded = 0;
        foreach (var from in occupations)
        {
            var primary = from.Role.Primary.Related.Where(r => r.Tier is "Primary-Short" or "Primary-Long").Select(r => r.Code.Value).ToHashSet(StringComparer.Ordinal);
            if (primary.Count == 0) continue;
            var top = MoveRanking.Out(space, from, 10, occupations.Contains);
            total += top.Count(m => primary.Contains(m.Other.Role.Code)) / (double)primary.Count;
            graded++;
        }
        return total / graded;
    }
}
