namespace Ladder.Search;

/// <summary>The constants of title ranking (docs/title-search.md, "Ranking"), in one place.</summary>
internal sealed record RankingWeights
{
    /// <summary>How much more the query's head noun counts than its other words.</summary>
    public float HeadWeight { get; init; } = 1f;
    /// <summary>Factor on a title whose own head noun is another word than the query's.</summary>
    public float HeadMismatch { get; init; } = 0.85f;
    /// <summary>How much a query word after the first phrase (" - Ortho Surgery") counts.</summary>
    public float QualifierWeight { get; init; } = 0.5f;
    /// <summary>How much a title's words that the query lacks count against it (1 = Jaccard).</summary>
    public float ExtraWeight { get; init; } = 0.6f;
    /// <summary>How much a shared posting word ("nights") counts.</summary>
    public float SoftWeight { get; init; } = 1f;
    /// <summary>Weight of a role's second title as evidence; the third counts its square.</summary>
    public float SecondaryDecay { get; init; } = 0.7f;
    /// <summary>How much of a partial match's score depends on BLS employment (log scale).</summary>
    public float Prior { get; init; } = 0.05f;

    /// <summary>The weights in use, chosen on the held-out reported titles (docs/title-search.md).</summary>
    public static RankingWeights Current { get; } = new();
}
