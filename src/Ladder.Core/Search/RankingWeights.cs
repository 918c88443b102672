namespace Ladder.Search;

/// <summary>
/// The constants of title ranking (docs/title-search.md, "Ranking"), in one place. The defaults are the weights chosen
/// on the tuning halves of the dev sets; an index is built with one set of them (<see cref="TitleIndexOptions.Weights"/>)
/// and keeps it, so two indexes with different weights can be compared in one process.
/// </summary>
public sealed record RankingWeights
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

    /// <summary>How much of a partial match's score is the classifier's share of the evidence (TitleClassifier).</summary>
    public float ClassifierWeight { get; init; } = 0.3f;
    /// <summary>A crosswalk candidate of a real title stays when its titles use the head noun at least this share as
    /// often as the candidate that uses it most (TitleIndex.RealLinks.cs).</summary>
    public float RealCandidateFloor { get; init; } = 0.5f;
    /// <summary>Factor on a partial match to an "All Other" occupation (SOC xx-xx99).</summary>
    public float CatchAllFactor { get; init; } = 0.95f;
    /// <summary>Divides the classifier's log fit before it is turned into a share: higher flattens it.</summary>
    public float ClassifierTemperature { get; init; } = 4f;
    /// <summary>How much a real (H-1B or Census) title's link counts, before its share.</summary>
    public float RealWeight { get; init; } = 0.95f;
    /// <summary>How many O*NET titles one real (H-1B or Census) title counts as in the classifier.</summary>
    public float RealClassifierBoost { get; init; } = 10f;
    /// <summary>Pseudo-count pulling a role's word rates towards its SOC major group's.</summary>
    public float RoleSmoothing { get; init; } = 2f;
    /// <summary>Pseudo-count pulling a major group's word rates towards all titles'.</summary>
    public float GroupSmoothing { get; init; } = 20f;
    /// <summary>Classifier prior: × log(titles of the role), so a role people often write wins a close call.</summary>
    public float SizePrior { get; init; } = 1f;
    /// <summary>A real (non-O*NET) title matched word for word counts this much before its source weight.</summary>
    public float RealExactSimilarity { get; init; } = 0.95f;
    /// <summary>Each extra code a real title was filed under divides its evidence by 1 + this.</summary>
    public float RealShareDecay { get; init; } = 0f;

    /// <summary>On a tie, classifier fits closer than this many points (in the same step) count as equal, and
    /// employment decides.</summary>
    public int FitStep { get; init; } = 5;

    /// <summary>How much of a partial match's score is its share of the nearest titles' vote (TitleIndex.Vote.cs).</summary>
    public float VoteWeight { get; init; } = 0.2f;
    /// <summary>How many of the most similar titles vote (at most 256).</summary>
    public int VoteK { get; init; } = 60;

    /// <summary>The shipped weights.</summary>
    public static RankingWeights Default { get; } = new();
}
