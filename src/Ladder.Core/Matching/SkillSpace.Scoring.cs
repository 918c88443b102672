using System.Runtime.CompilerServices;

namespace Ladder.Matching;

public sealed partial class SkillSpace
{
    /// <summary>A shortfall of this many O*NET level points (0–7 scale) on a skill counts as fully missing it.</summary>
    internal const float LevelGapFullAt = 2.0f;

    /// <summary>The number of similarity blocks (<see cref="SimilarityBlock"/>).</summary>
    internal const int BlockCount = 7;

    private double BlockWeight(SimilarityBlock block) => block switch
    {
        SimilarityBlock.SkillsKnowledge => Weights.SkillsKnowledge,
        SimilarityBlock.Technologies => Weights.Technologies,
        SimilarityBlock.TechnologyCategories => Weights.TechnologyCategories,
        SimilarityBlock.WorkActivities => Weights.WorkActivities,
        SimilarityBlock.Interests => Weights.Interests,
        SimilarityBlock.TaskText => Weights.TaskText,
        _ => Weights.Titles,
    };

    /// <summary>The transition score A → B, 0–100.</summary>
    public double Score(RoleProfile from, RoleProfile to) => Explain(from, to).Score;

    /// <summary>The transition score A → B with every term shown.</summary>
    public ScoreBreakdown Explain(RoleProfile from, RoleProfile to) => Explain(from, to, null, null);

    /// <summary>
    /// <see cref="Explain(RoleProfile, RoleProfile)"/> of one role against every other, the same numbers: the role's
    /// vector is scattered once so each other role costs one pass over its own non-zeros (as <see cref="ScoreFrom"/>),
    /// not a merge with the role's long task-text vector. Lists (other, A → B breakdown) in the order of
    /// <paramref name="others"/>, with the role as A when
    /// <paramref name="outward"/>, else as B.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(RoleProfile Other, ScoreBreakdown Breakdown)> ExplainAll(RoleProfile role, IEnumerable<RoleProfile> others, bool outward)
    {
        var dense = new float[Features.Count];
        for (int i = 0; i < role.Indices.Length; i++) dense[role.Indices[i]] = role.Values[i];
        var result = new List<(RoleProfile Other, ScoreBreakdown Breakdown)>(others.TryGetNonEnumeratedCount(out var n) ? n : Profiles.Count);
        foreach (var other in others)
            result.Add((other, outward ? Explain(role, other, dense, other) : Explain(other, role, dense, other)));
        return result;
    }

    /// <summary>With <paramref name="dense"/>, the block dots read the scattered side from it and walk <paramref name="sparse"/>, the other side.</summary>
    /// <remarks>
    /// Every moves list explains each candidate pair (a million pairs at import), so the cosines live on the stack, and
    /// this and the dots below are compiled optimised at once: a one-shot import would spend seconds in unoptimised code.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ScoreBreakdown Explain(RoleProfile from, RoleProfile to, float[]? dense, RoleProfile? sparse)
    {
        Span<double> cos = stackalloc double[BlockCount];
        var both = (int)(from.Blocks & to.Blocks);
        double numerator = 0, denominator = 0;
        for (int b = 0; b < BlockCount; b++)
        {
            var bit = 1 << b;
            // A block only one side has counts as zero similarity: missing data must not inflate a score.
            if (((int)(from.Blocks | to.Blocks) & bit) == 0) continue;
            var weight = BlockWeight((SimilarityBlock)b);
            denominator += weight;
            if ((both & bit) == 0) continue;
            cos[b] = dense is null || sparse is null ? BlockDot(from, to, b) : DenseDot(dense, sparse, b);
            numerator += weight * cos[b];
        }
        double? zone = null;
        if (from.JobZone is { } za && to.JobZone is { } zb)
        {
            zone = ZoneCloseness(za, zb);
            numerator += Weights.JobZone * zone.Value;
            denominator += Weights.JobZone;
        }
        var family = FamilyCloseness(from, to);
        numerator += Weights.OccupationFamily * family;
        denominator += Weights.OccupationFamily;
        var similarity = denominator > 0 ? numerator / denominator : 0;
        var gap = LevelGap(from, to);
        var score = 100 * Math.Clamp(similarity - Weights.LevelGapPenalty * gap, 0, 1);
        return new ScoreBreakdown(Cos(cos, both, 0), Cos(cos, both, 1), Cos(cos, both, 2), Cos(cos, both, 3), Cos(cos, both, 4), Cos(cos, both, 5),
            Cos(cos, both, 6), zone, family, similarity, gap, Math.Round(score, 1));

        static double? Cos(ReadOnlySpan<double> cos, int both, int b) => (both & (1 << b)) != 0 ? cos[b] : null;
    }

    /// <summary>Same SOC broad group 1, same minor group 0.6, same major group 0.25, otherwise 0.</summary>
    internal static float FamilyCloseness(RoleProfile a, RoleProfile b) =>
        a.Broad == b.Broad ? 1f : a.Minor == b.Minor ? 0.6f : a.Major == b.Major ? 0.25f : 0f;

    internal static double ZoneCloseness(int a, int b) => 1.0 - Math.Abs(a - b) / 4.0;

    /// <summary>
    /// The importance-weighted shortfall (0–1) of A's levels against B's most important skills:
    /// a gap of <see cref="LevelGapFullAt"/> or more levels counts as the whole skill missing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double LevelGap(RoleProfile from, RoleProfile to)
    {
        if (!from.HasRatings || !to.HasRatings) return 0;
        double gap = 0;
        foreach (var t in to.GapTargets)
            gap += t.Share * Math.Min(1f, Math.Max(0f, t.Level - from.Levels[t.Element]) / LevelGapFullAt);
        return gap;
    }

    /// <summary>
    /// The block dot with one side scattered into <paramref name="dense"/>: the other side's non-zeros in index order,
    /// each product added as <see cref="BlockDot"/> adds it, so the sum is the same to the bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double DenseDot(float[] dense, RoleProfile sparse, int block)
    {
        // Adding the zero products too leaves the sum as it is (it starts at +0 and never becomes −0), and saves a
        // branch the processor cannot predict.
        var (indices, values) = (sparse.Indices, sparse.Values);
        double sum = 0;
        for (int i = sparse.BlockStarts[block], end = sparse.BlockStarts[block + 1]; i < end; i++)
            sum += dense[indices[i]] * values[i];
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double BlockDot(RoleProfile a, RoleProfile b, int block)
    {
        int i = a.BlockStarts[block], iEnd = a.BlockStarts[block + 1];
        int j = b.BlockStarts[block], jEnd = b.BlockStarts[block + 1];
        double sum = 0;
        while (i < iEnd && j < jEnd)
        {
            int x = a.Indices[i], y = b.Indices[j];
            if (x == y) sum += a.Values[i++] * b.Values[j++];
            else if (x < y) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>
    /// Scores <paramref name="from"/> against every profile into <paramref name="scores"/> (by ordinal), using a dense
    /// scatter of A so each B costs one pass over its own non-zeros. <paramref name="scratch"/> must hold one float per feature.
    /// </summary>
    public void ScoreFrom(RoleProfile from, Span<float> scores, float[] scratch)
    {
        Span<float> blockWeights = stackalloc float[BlockCount];
        for (int b = 0; b < BlockCount; b++) blockWeights[b] = (float)BlockWeight((SimilarityBlock)b);
        for (int b = 0; b < BlockCount; b++)
            for (int i = from.BlockStarts[b]; i < from.BlockStarts[b + 1]; i++)
                scratch[from.Indices[i]] = from.Values[i] * blockWeights[b];
        Span<float> denominators = stackalloc float[256];
        for (int m = 0; m < 256; m++)
        {
            float d = 0;
            for (int b = 0; b < BlockCount; b++) if ((m & (1 << b)) != 0) d += blockWeights[b];
            if ((m & (int)BlockMask.JobZone) != 0) d += (float)Weights.JobZone;
            denominators[m] = d + (float)Weights.OccupationFamily;
        }
        var zoneWeight = (float)Weights.JobZone;
        var familyWeight = (float)Weights.OccupationFamily;
        var penalty = (float)Weights.LevelGapPenalty;
        var levels = from.Levels;
        var profiles = Profiles;
        for (int p = 0; p < profiles.Count; p++)
        {
            var to = profiles[p];
            var both = (int)(from.Blocks & to.Blocks);
            var either = (int)(from.Blocks | to.Blocks) & ~(int)BlockMask.JobZone | both & (int)BlockMask.JobZone;
            float dot = 0;
            var indices = to.Indices;
            var values = to.Values;
            for (int k = 0; k < indices.Length; k++) dot += scratch[indices[k]] * values[k];
            if ((both & (int)BlockMask.JobZone) != 0)
                dot += zoneWeight * (1f - Math.Abs(from.JobZone!.Value - to.JobZone!.Value) / 4f);
            dot += familyWeight * FamilyCloseness(from, to);
            var similarity = denominators[either] > 0 ? dot / denominators[either] : 0f;
            float gap = 0;
            if ((both & (int)BlockMask.SkillsKnowledge) != 0)
                foreach (var t in to.GapTargets)
                    gap += t.Share * Math.Min(1f, Math.Max(0f, t.Level - levels[t.Element]) / LevelGapFullAt);
            scores[p] = 100f * Math.Clamp(similarity - penalty * gap, 0f, 1f);
        }
        for (int i = 0; i < from.Indices.Length; i++) scratch[from.Indices[i]] = 0;
    }

    /// <summary>The best <paramref name="limit"/> moves out of <paramref name="from"/>, best first, never itself.</summary>
    public IReadOnlyList<(RoleProfile To, double Score)> BestFrom(RoleProfile from, int limit, Func<RoleProfile, bool>? include = null)
    {
        var scores = new float[Profiles.Count];
        ScoreFrom(from, scores, new float[Features.Count]);
        return Enumerable.Range(0, scores.Length)
            .Where(i => i != from.Ordinal && (include?.Invoke(Profiles[i]) ?? true))
            .OrderByDescending(i => scores[i]).ThenBy(i => Profiles[i].Role.Slug, StringComparer.Ordinal)
            .Take(limit).Select(i => (Profiles[i], Math.Round((double)scores[i], 1))).ToList();
    }

    /// <summary>The best <paramref name="limit"/> moves into <paramref name="to"/>, best first, never itself.</summary>
    public IReadOnlyList<(RoleProfile From, double Score)> BestInto(RoleProfile to, int limit, Func<RoleProfile, bool>? include = null) =>
        Profiles.Where(p => p.Ordinal != to.Ordinal && (include?.Invoke(p) ?? true))
            .Select(p => (p, Score(p, to)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.p.Role.Slug, StringComparer.Ordinal)
            .Take(limit).ToList();
}
