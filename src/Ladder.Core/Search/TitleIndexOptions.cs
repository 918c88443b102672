namespace Ladder.Search;

/// <summary>What goes into a <see cref="TitleIndex"/>.</summary>
public sealed record TitleIndexOptions
{
    /// <summary>Index O*NET's sample of reported titles (default true).</summary>
    public bool IncludeReportedTitles { get; init; } = true;

    /// <summary>Index the catalog's labelled real titles (H-1B employer and Census titles that <c>ladder import</c> stored; default true).</summary>
    public bool IncludeRealTitles { get; init; } = true;

    /// <summary>
    /// Titles to leave out, compared after normalization, whatever their source. Evaluation uses this to
    /// hold out a test set so the index cannot have memorized it.
    /// </summary>
    public IReadOnlyCollection<string> ExcludedTitles { get; init; } = [];

    /// <summary>The ranking constants the index is built with and answers by (default: the shipped ones).</summary>
    public RankingWeights Weights { get; init; } = RankingWeights.Default;

    public static TitleIndexOptions Default { get; } = new();
}
