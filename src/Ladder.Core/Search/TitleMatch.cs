using Ladder.Catalog;

namespace Ladder.Search;

/// <summary>One ranked answer to a title search.</summary>
public sealed record TitleMatch
{
    public required Role Role { get; init; }
    /// <summary>The role or occupation title.</summary>
    public string Title => Role.Title;
    /// <summary>The curated role's slug, or the occupation's O*NET-SOC code: what <c>ladder guide</c> accepts.</summary>
    public string Code => Role.IsCurated ? Role.Slug : Role.Code;
    /// <summary>The primary O*NET-SOC code, for both kinds.</summary>
    public string Soc => Role.Code;
    public RoleKind Kind => Role.Kind;
    /// <summary>1 for an exact normalized title match (or <see cref="HoldsEveryWord"/>); token overlap scores below that.</summary>
    public required double Score { get; init; }
    public required bool Exact { get; init; }
    /// <summary>
    /// The occupation's own title holds every word of the query and a few more ("General and Operations Managers"
    /// for "general manager"): scored 1 like an exact title, because another role had the query as an alternate title.
    /// </summary>
    public bool HoldsEveryWord { get; init; }
    /// <summary>Which title matched and how, including typo fixes and an employment tie-break.</summary>
    public required string Matched { get; init; }
    /// <summary>
    /// The O*NET or curated title that matched, in plain words for a reader ("Staff Nurse"); the role's own title when
    /// the evidence was an employer or Census title, which is not a name O*NET gives the job.
    /// </summary>
    public required string MatchedTitle { get; init; }
    /// <summary>The seniority the query signals ("senior, level 2"), or null.</summary>
    public string? Seniority { get; init; }
}
