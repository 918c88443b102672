using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>Exploration aids: how much of the observed movers a similarity pool of each size can reach at best.</summary>
internal static class Diagnostics
{
    public static void PoolCeilings(SkillSpace space, MoveFit fit, CpsMoves cps, IReadOnlyList<string> origins)
    {
        foreach (var k in new[] { 10, 20, 40, 80, 160, 2000 })
        {
            double mass = 0;
            foreach (var node in origins)
            {
                var occ = fit.OccupationsOf(node);
                mass += occ.Average(a =>
                {
                    var nodes = MoveRanking.BySimilarity(space, a, p => TransitionList.IsMove(a.Role, p.Role), true).Take(k)
                        .Select(x => fit.NodeOf(x.Other)).Where(n => n is not null && n != node).Distinct();
                    return nodes.Select(n => cps.Shares[node].GetValueOrDefault(n!)).OrderDescending().Take(10).Sum();
                });
            }
            Console.WriteLine($"  pool {k,5}: best possible mover-mass@10 {mass / origins.Count:0.000}");
        }
    }
}
