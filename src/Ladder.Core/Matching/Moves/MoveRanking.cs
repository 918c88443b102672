using System.Runtime.CompilerServices;

namespace Ladder.Matching;

/// <summary>One candidate move with the fitted model's score and the skill-similarity transition score (0–100).</summary>
public readonly record struct RankedMove(RoleProfile Other, double ModelScore, double Score);

/// <summary>
/// Ranks moves with the space's <see cref="MoveModel"/> under <see cref="MoveRules"/>, the one order every surface
/// shows: where people in the role go (or come from) most, blended with the roles whose skills fit best.
/// </summary>
public static class MoveRanking
{
    /// <summary>The best <paramref name="limit"/> moves out of <paramref name="from"/>, never itself.</summary>
    public static IReadOnlyList<RankedMove> Out(SkillSpace space, RoleProfile from, int limit, Func<RoleProfile, bool>? include = null, MoveRules? rules = null) =>
        Rank(space, from, limit, BySimilarity(space, from, include, outward: true), outward: true, rules ?? MoveRules.Shown);

    /// <summary><see cref="Out"/> and <see cref="Closest"/> over one candidate list, computed once (a transition list shows both).</summary>
    public static (IReadOnlyList<RankedMove> Likeliest, IReadOnlyList<RankedMove> Closest) OutAndClosest(SkillSpace space, RoleProfile from, int limit, Func<RoleProfile, bool>? include = null)
    {
        var pool = BySimilarity(space, from, include, outward: true);
        return (Rank(space, from, limit, pool, outward: true, MoveRules.Shown), ClosestIn(pool, from, limit, MoveRules.Shown));
    }

    /// <summary>
    /// The best <paramref name="limit"/> moves into <paramref name="to"/>: origins ranked by the same score of the move
    /// A → <paramref name="to"/>, the similarity rank taken among the origins.
    /// </summary>
    public static IReadOnlyList<RankedMove> Into(SkillSpace space, RoleProfile to, int limit, Func<RoleProfile, bool>? include = null, MoveRules? rules = null) =>
        !to.HasRatings ? LowerInBroadGroup(space, to, limit, include)
        : SharesResidualFlows(to.Role.Primary.Code) && !to.Role.IsCurated
            // The residual code's other specialisations are other jobs filed under the same "All Other" (security management beside online selling).
            ? BySimilarity(space, to, include, outward: false).Where(x => Allowed(rules ?? MoveRules.Shown, x.Other, to) && x.Other.Role.Primary.Code.Soc != to.Role.Primary.Code.Soc).Take(limit)
                .Select(x => new RankedMove(x.Other, double.NaN, x.Breakdown.Score)).ToList()
        : Rank(space, to, limit, BySimilarity(space, to, include, outward: false), outward: false, rules ?? MoveRules.Shown);

    /// <summary>
    /// True for a specialised O*NET occupation (.01, .02 …) under a residual SOC code ("All Other", which the SOC ends in
    /// 9): Online Merchants and Security Management Specialists under 13-1199 Business Operations Specialists, All Other.
    /// The survey's moves and BLS's employment are counted for the whole residual code, whose movers do other jobs, so
    /// the model's priors would rank appraisers and accountants into online selling. Moves into such an occupation are
    /// ranked by the transition score alone (skill similarity), and the guide says so.
    /// </summary>
    public static bool SharesResidualFlows(Occupations.OccupationCode code) => code.IsResidualSpecialisation;

    /// <summary>
    /// Moves into an occupation O*NET has not rated (paramedics), which no score can rank: the occupations of its
    /// SOC broad group that pay less, best paid first. The SOC groups them as one kind of work (emergency medical
    /// technicians and paramedics), and a lower-paid one is the rung below: paramedics train after the EMT course.
    /// </summary>
    private static List<RankedMove> LowerInBroadGroup(SkillSpace space, RoleProfile to, int limit, Func<RoleProfile, bool>? include) =>
        to.Role.MedianPay is not { } pay ? [] : space.Profiles
            .Where(p => p.Ordinal != to.Ordinal && !p.Role.IsCurated && p.Broad == to.Broad && (include?.Invoke(p) ?? true)
                && p.Role.MedianPay is { } other && other < pay)
            .OrderByDescending(p => p.Role.MedianPay).ThenBy(p => p.Role.Slug, StringComparer.Ordinal)
            .Take(limit).Select(p => new RankedMove(p, double.NaN, 0)).ToList();

    /// <summary>
    /// The <paramref name="limit"/> roles whose skills fit <paramref name="from"/> best, by the transition score alone
    /// (what O*NET's related occupations follow), under the same pay rule; no fitted model and no one-per-node limit.
    /// </summary>
    public static IReadOnlyList<RankedMove> Closest(SkillSpace space, RoleProfile from, int limit, Func<RoleProfile, bool>? include = null, MoveRules? rules = null) =>
        ClosestIn(BySimilarity(space, from, include, outward: true), from, limit, rules ?? MoveRules.Shown);

    private static List<RankedMove> ClosestIn(List<(RoleProfile Other, ScoreBreakdown Breakdown)> pool, RoleProfile from, int limit, MoveRules rules) =>
        pool.Where(x => Allowed(rules, from, x.Other)).Take(limit).Select(x => new RankedMove(x.Other, double.NaN, x.Breakdown.Score)).ToList();

    /// <summary>
    /// Every candidate with its similarity breakdown, most similar first: the order the rank feature reads. Only roles
    /// O*NET has rated on both sides are candidates: an unrated "All Other" code offers nothing to judge the move by.
    /// </summary>
    public static List<(RoleProfile Other, ScoreBreakdown Breakdown)> BySimilarity(SkillSpace space, RoleProfile role, Func<RoleProfile, bool>? include, bool outward)
    {
        var pool = role.HasRatings ? space.ExplainAll(role, space.Profiles.Where(p => p.Ordinal != role.Ordinal && p.HasRatings && (include?.Invoke(p) ?? true)), outward) : [];
        // Most similar first, then by slug; slugs are unique, so this order is total and any sort gives it.
        pool.Sort(static (x, y) => y.Breakdown.Score.CompareTo(x.Breakdown.Score) is var c && c != 0 ? c : x.Other.SlugOrder.CompareTo(y.Other.SlugOrder));
        return pool;
    }

    /// <summary>Whether the rules let A → B be listed: it does not cut median pay by more than <see cref="MoveRules.MaxPayDrop"/>.</summary>
    public static bool Allowed(MoveRules rules, RoleProfile a, RoleProfile b) => Allowed(rules, a.Role.MedianPay, b.Role.MedianPay);

    private static bool Allowed(MoveRules rules, decimal? payA, decimal? payB) =>
        !(rules.MaxPayDrop is { } drop && payA is { } pa && payB is { } pb && pb < pa * (1 - drop));

    /// <summary>A move to 10% or more below the origin's median pay: what <see cref="MoveVerdicts"/> calls a step down.</summary>
    private static bool StepDown(RoleProfile a, RoleProfile b) =>
        a.Role.MedianPay is { } pa && b.Role.MedianPay is { } pb && pb <= pa * (1 - MoveVerdicts.StepShare);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<RankedMove> Rank(SkillSpace space, RoleProfile role, int limit, List<(RoleProfile Other, ScoreBreakdown Breakdown)> pool, bool outward, MoveRules rules)
    {
        var model = space.Moves;
        var facts = space.Facts;
        Span<double> features = stackalloc double[MoveFeatures.Count];
        var neighbours = outward ? model.NeighbourFlows(role.Role, pool.Select(x => (x.Other.Role, x.Breakdown.Score))) : null;
        var take = model.Pool > 0 ? Math.Min(pool.Count, Math.Max(limit, model.Pool)) : pool.Count;
        var scored = new List<RankedMove>(take);
        for (int rank = 0; rank < take; rank++)
        {
            var x = pool[rank];
            var (a, b) = outward ? (role, x.Other) : (x.Other, role);
            ref readonly var fa = ref facts[a.Ordinal];
            ref readonly var fb = ref facts[b.Ordinal];
            MoveFeatures.Compute(model, a, b, in fa, in fb, x.Breakdown, rank, neighbours, features);
            // Into B, an origin counts by how many of its people make the move: its size times the model's probability
            // of B among its moves out, so a large origin is not outranked by a small one scoring the same. BLS counts a
            // SOC code's workers once: its O*NET specialisations (.01, .02) and the curated roles built on it share them
            // with the occupation (MoveFacts.LogSocShare), or each would count as the whole occupation.
            var score = outward ? model.Score(features) : model.Score(features) + rules.OriginSize * (fa.LogEmployment - fa.LogSocShare - fa.LogPartition);
            if (Allowed(rules, fa.MedianPay, fb.MedianPay)) scored.Add(new RankedMove(x.Other, score, x.Breakdown.Score));
        }
        var closest = (int)Math.Round(limit * rules.ClosestShare, MidpointRounding.AwayFromZero);
        var likeliest = MoveLists.Likeliest(scored, model, limit, rules.ByNode, rules.MaxStepsDown, m => StepDown(outward ? role : m.Other, outward ? m.Other : role));
        return closest == 0 ? likeliest : MoveLists.Blend(likeliest, scored, limit, closest);
    }
}
