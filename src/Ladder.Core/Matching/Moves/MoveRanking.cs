namespace Ladder.Matching;

/// <summary>One candidate move with the fitted model's score and the skill-similarity transition score (0–100).</summary>
public readonly record struct RankedMove(RoleProfile Other, double ModelScore, double Score);

/// <summary>
/// Ranks moves with the space's <see cref="MoveModel"/>, the one order every surface shows: the roles whose skills fit
/// best (the model's similarity pool), ordered by how likely the model finds the move.
/// </summary>
public static class MoveRanking
{
    /// <summary>The best <paramref name="limit"/> moves out of <paramref name="from"/>, likeliest first, never itself.</summary>
    public static IReadOnlyList<RankedMove> Out(SkillSpace space, RoleProfile from, int limit, Func<RoleProfile, bool>? include = null) =>
        Rank(space, from, limit, include, outward: true);

    /// <summary>
    /// The best <paramref name="limit"/> moves into <paramref name="to"/>: origins ranked by the same score of the move
    /// A → <paramref name="to"/>, the similarity rank taken among the origins.
    /// </summary>
    public static IReadOnlyList<RankedMove> Into(SkillSpace space, RoleProfile to, int limit, Func<RoleProfile, bool>? include = null) =>
        Rank(space, to, limit, include, outward: false);

    /// <summary>Every candidate with its similarity breakdown, most similar first: the order the pool and the rank feature read.</summary>
    public static List<(RoleProfile Other, ScoreBreakdown Breakdown)> BySimilarity(SkillSpace space, RoleProfile role, Func<RoleProfile, bool>? include, bool outward) =>
        space.Profiles.Where(p => p.Ordinal != role.Ordinal && (include?.Invoke(p) ?? true) && Worth(outward ? role : p, outward ? p : role))
            .Select(p => (p, outward ? space.Explain(role, p) : space.Explain(p, role)))
            .OrderByDescending(x => x.Item2.Score).ThenBy(x => x.p.Role.Slug, StringComparer.Ordinal).ToList();

    /// <summary>A move that cuts median pay by more than this share is not a move worth making, however common.</summary>
    public const decimal MaxPayDrop = 0.4m;

    /// <summary>
    /// Whether A → B is a move worth listing: B has O*NET skill ratings (an "All Other" code without them offers
    /// nothing to judge the move by), and it does not cut the median pay by more than <see cref="MaxPayDrop"/>.
    /// </summary>
    public static bool Worth(RoleProfile a, RoleProfile b) =>
        b.HasRatings && a.HasRatings
        && !(a.Role.MedianPay is { } pa && b.Role.MedianPay is { } pb && pb < pa * (1 - MaxPayDrop));

    private static List<RankedMove> Rank(SkillSpace space, RoleProfile role, int limit, Func<RoleProfile, bool>? include, bool outward)
    {
        var model = space.Moves;
        var features = new double[MoveFeatures.Count];
        var pool = BySimilarity(space, role, include, outward);
        var neighbours = outward ? model.NeighbourFlows(role.Role, pool.Select(x => (x.Other.Role, x.Breakdown.Score))) : null;
        return pool.Take(model.Pool > 0 ? Math.Max(limit, model.Pool) : pool.Count).Select((x, rank) =>
            {
                var (a, b) = outward ? (role, x.Other) : (x.Other, role);
                MoveFeatures.Compute(model, space.Catalog.Outlook.Licences, a, b, x.Breakdown, rank, neighbours, features);
                return new RankedMove(x.Other, model.Score(features), x.Breakdown.Score);
            })
            .OrderByDescending(m => m.ModelScore).ThenBy(m => m.Other.Role.Slug, StringComparer.Ordinal)
            .Diverse(model, limit, MaxPerGroup);
    }

    /// <summary>
    /// How many moves of one group a list shows before other groups have had their turn: the group is the occupation's
    /// node in the observed moves (a SOC broad group, or a wider one such as all postsecondary teachers), else its SOC
    /// broad group.
    /// </summary>
    public const int MaxPerGroup = 1;

    /// <summary>
    /// The first <paramref name="limit"/> moves, taking at most <paramref name="perGroup"/> from one SOC broad group
    /// until the others run out: three gambling-cashier jobs are one move, not three.
    /// </summary>
    private static List<RankedMove> Diverse(this IEnumerable<RankedMove> ranked, MoveModel model, int limit, int perGroup)
    {
        var result = new List<RankedMove>(limit);
        var deferred = new List<RankedMove>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in ranked)
        {
            if (result.Count == limit) break;
            var group = model.NodeOf(m.Other.Role) ?? m.Other.Broad;
            var n = counts.GetValueOrDefault(group);
            if (n >= perGroup) { deferred.Add(m); continue; }
            counts[group] = n + 1;
            result.Add(m);
        }
        result.AddRange(deferred.Take(limit - result.Count));
        return result;
    }
}
