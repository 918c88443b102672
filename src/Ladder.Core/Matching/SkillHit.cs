namespace Ladder.Matching;

/// <summary>
/// One skill or technology found in a text: the canonical O*NET name (or curated tool), what kind it is,
/// and the span of the text it was read from, so a reader can see why.
/// </summary>
public sealed record SkillHit(string Canonical, FeatureKind Kind, int Start, int Length, string Text);

/// <summary>What a skills list or résumé yielded: the hits, and the words that matched nothing.</summary>
public sealed record Extraction(IReadOnlyList<SkillHit> Hits, IReadOnlyList<string> Unrecognized)
{
    /// <summary>Each canonical name once, in the order first seen.</summary>
    public IReadOnlyList<SkillHit> Distinct() => Hits.DistinctBy(h => h.Canonical, StringComparer.Ordinal).ToList();
}
