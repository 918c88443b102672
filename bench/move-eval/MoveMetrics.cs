using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>recall@10 and mover-mass@10 (cps/README.md) of a ranking over a set of origin nodes.</summary>
internal static class MoveMetrics
{
    public readonly record struct Result(double Recall, double MoverMass, int Origins);

    /// <summary>
    /// Ladder's first ten moves out of each occupation of the origin, as every surface lists them, mapped to nodes (own
    /// node and repeats dropped, unmapped moves count nothing); averaged over the origin's occupations, then over origins.
    /// </summary>
    public static Result Ladder(SkillSpace space, MoveFit fit, CpsMoves cps, IEnumerable<string> origins, MoveRules? rules = null) =>
        Average(cps, origins, node => fit.OccupationsOf(node).Select(a =>
            MoveRanking.Out(space, a, 10, p => TransitionList.IsMove(a.Role, p.Role), rules).Select(m => fit.NodeOf(m.Other))).ToList());

    /// <summary>
    /// Moves in: for each destination node, the share of its movers from observed origins (the tuning half) whose origin
    /// node is among the first ten moves into each of its occupations (own node dropped); averaged as <see cref="Ladder"/>.
    /// </summary>
    public static double Into(SkillSpace space, MoveFit fit, CpsMoves cps, IEnumerable<string> destinations, MoveRules? rules = null) =>
        IntoMass(cps, destinations, node => fit.OccupationsOf(node).Select(b =>
            MoveRanking.Into(space, b, 10, p => TransitionList.IsMove(b.Role, p.Role), rules).Select(m => fit.NodeOf(m.Other)).ToList()).ToList());

    /// <summary>The baseline for moves in: the ten observed origins with the most movers, the same list for every destination.</summary>
    public static double IntoBySize(CpsMoves cps, IEnumerable<string> destinations)
    {
        var largest = cps.Movers.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (string?)kv.Key).ToList();
        return IntoMass(cps, destinations, node => [largest.Where(n => n != node).Take(10).ToList()]);
    }

    private static double IntoMass(CpsMoves cps, IEnumerable<string> destinations, Func<string, List<List<string?>>> lists)
    {
        double total = 0;
        int count = 0;
        foreach (var node in destinations)
        {
            var inflow = cps.Shares.Where(o => o.Key != node).ToDictionary(o => o.Key, o => o.Value.GetValueOrDefault(node) * cps.Movers[o.Key]);
            var all = inflow.Values.Sum();
            var perOccupation = lists(node);
            if (all <= 0 || perOccupation.Count == 0) continue;
            total += perOccupation.Average(l => l.Where(n => n is not null && n != node).Distinct().Sum(n => inflow.GetValueOrDefault(n!)) / all);
            count++;
        }
        return total / count;
    }

    /// <summary>The ten largest destinations overall, own node dropped: the same list for every origin.</summary>
    public static Result Popularity(CpsMoves cps, IEnumerable<string> origins)
    {
        var ranked = cps.Inflow.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        return Average(cps, origins, node => [ranked.Where(n => n != node).Take(10).Select(n => (string?)n)]);
    }

    private static Result Average(CpsMoves cps, IEnumerable<string> origins, Func<string, List<IEnumerable<string?>>> lists)
    {
        double recall = 0, mass = 0;
        int count = 0;
        foreach (var node in origins)
        {
            var perOccupation = lists(node);
            if (perOccupation.Count == 0) continue;
            double r = 0, m = 0;
            foreach (var list in perOccupation)
            {
                var nodes = list.Where(n => n is not null && n != node).Distinct().ToList();
                r += nodes.Count(n => cps.Top10[node].Contains(n!)) / (double)cps.Top10[node].Count;
                m += nodes.Sum(n => cps.Shares[node].GetValueOrDefault(n!));
            }
            recall += r / perOccupation.Count;
            mass += m / perOccupation.Count;
            count++;
        }
        return new Result(recall / count, mass / count, count);
    }
}
