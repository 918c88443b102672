namespace Ladder.Search;

/// <summary>The answer to one title search: the ranked matches, or why there are none.</summary>
public sealed record TitleSearchResult
{
    public required string Query { get; init; }
    public required IReadOnlyList<TitleMatch> Matches { get; init; }
    /// <summary>The seniority the query signals, or null.</summary>
    public string? Seniority { get; init; }
    /// <summary>Why the result is empty (or what was dropped from the query); null when there is nothing to say.</summary>
    public string? Note { get; init; }
    /// <summary>Query words no indexed title uses (after typo fixes), which the ranking ignored.</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];

    public TitleMatch? Best => Matches.Count > 0 ? Matches[0] : null;

    /// <summary>
    /// The one match a caller may open without asking: the top match when every other match close to it is an
    /// occupation that top curated role already links to, or when it is the only curated role matching exactly
    /// (curated roles come first, as for exact titles in <c>RoleResolver</c>).
    /// </summary>
    public TitleMatch? ClearWinner(double margin = 0.08, double minimum = 0.5)
    {
        if (Best is not { } top || top.Score < minimum) return null;
        bool curatedExact = top.Role.IsCurated && top.Exact;
        foreach (var other in Matches.Skip(1))
        {
            if (top.Score - other.Score >= margin) break;
            if (curatedExact && !(other.Role.IsCurated && other.Exact)) continue;
            if (top.Role.IsCurated && top.Role.Occupations.Contains(other.Role.Primary) && !other.Role.IsCurated) continue;
            return null;
        }
        return top;
    }
}
