namespace Ladder.Matching;

/// <summary>How <see cref="MoveRanking"/> turns scored candidates into a list (<see cref="MoveRules"/>).</summary>
internal static class MoveLists
{
    /// <summary>The group a move counts in: its occupation's node in the observed moves, else its SOC broad group.</summary>
    private static string Group(MoveModel model, RankedMove m) => model.NodeOf(m.Other.Role) ?? m.Other.Broad;

    /// <summary>
    /// The likeliest <paramref name="limit"/> moves, one per group until the groups run out (three gambling-cashier
    /// jobs are one move, not three). By node: groups ranked by ln Σ exp(score) of their occupations, the probability
    /// the conditional logit gives the whole node, each shown by its likeliest occupation; a node of many small
    /// occupations is as likely as the model says, not as its largest member.
    /// </summary>
    public static List<RankedMove> Likeliest(List<RankedMove> scored, MoveModel model, int limit, bool byNode, int? maxDown, Func<RankedMove, bool> isDown)
    {
        var ordered = new List<RankedMove>(scored);
        // Likeliest first, then by slug: each candidate is another role and slugs are unique, so this order is total and any sort gives it.
        ordered.Sort(static (x, y) => y.ModelScore.CompareTo(x.ModelScore) is var c && c != 0 ? c : x.Other.SlugOrder.CompareTo(y.Other.SlugOrder));
        if (maxDown is { } cap)
        {
            // Steps down past the cap go behind every other move: they come back only when nothing else is left.
            var downs = 0;
            ordered = ordered.Select(m => (m, late: isDown(m) && ++downs > cap)).OrderBy(x => x.late).Select(x => x.m).ToList();
        }
        List<RankedMove> result;
        if (byNode)
            result = ordered.GroupBy(m => Group(model, m), StringComparer.Ordinal)
                .OrderByDescending(g => LogSumExp(g.Select(m => m.ModelScore))).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First()).Take(limit).ToList();
        else
        {
            // Each group in the order of its likeliest member, shown by it; the walk stops once the list is full.
            result = new List<RankedMove>(Math.Max(0, limit));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in ordered)
            {
                if (result.Count >= limit) break;
                if (seen.Add(Group(model, m))) result.Add(m);
            }
        }
        if (result.Count < limit) result.AddRange(ordered.Where(m => !result.Contains(m)).Take(limit - result.Count));
        return result;
    }

    /// <summary>
    /// <paramref name="closest"/> of the places go to the most similar candidates not already listed, alternating with
    /// the likeliest moves so each kind is spread through the list.
    /// </summary>
    public static List<RankedMove> Blend(List<RankedMove> likeliest, List<RankedMove> scored, int limit, int closest)
    {
        var near = scored.OrderByDescending(m => m.Score).ThenBy(m => m.Other.Role.Slug, StringComparer.Ordinal).ToList();
        var result = new List<RankedMove>(limit);
        int li = 0, ni = 0, takenLikely = 0, takenNear = 0, likely = limit - closest;
        while (result.Count < limit)
        {
            // Whichever kind is further behind its quota goes next; the likeliest move goes first.
            var wantNear = takenNear < closest && (takenLikely >= likely || takenNear * likely < takenLikely * closest);
            var (source, index) = wantNear ? (near, ni) : (likeliest, li);
            while (index < source.Count && result.Contains(source[index])) index++;
            if (index < source.Count)
            {
                result.Add(source[index++]);
                if (wantNear) takenNear++; else takenLikely++;
            }
            else if (wantNear) closest = takenNear;
            else likely = takenLikely;
            if (wantNear) ni = index; else li = index;
            if (takenNear >= closest && takenLikely >= likely) break;
        }
        return result;
    }

    private static double LogSumExp(IEnumerable<double> xs)
    {
        var list = xs.ToList();
        var max = list.Max();
        return max + Math.Log(list.Sum(x => Math.Exp(x - max)));
    }
}
