using Ladder.Catalog;
using Ladder.Web.Site;
using Ladder.Guides;

namespace Ladder.Web.Api;

/// <summary>Where the data came from, carried by every list response.</summary>
public sealed record ApiMeta(string OnetRelease, string OewsRelease, string DataAsOf, string Attribution, string Citation)
{
    public static ApiMeta For(SiteData data) =>
        new(data.Catalog.Info.OnetRelease, data.Catalog.Info.OewsRelease, data.Catalog.Info.DataAsOf, data.Catalog.Info.OnetAttribution, data.Catalog.Info.BlsCitation);
}

public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Count, ApiMeta Meta);

public sealed record RoleSummary(string Slug, string Title, RoleKind Kind, string Code, string Domain, decimal? MedianPay, string MedianPayDisplay, string Url);

/// <summary>
/// One search result. <c>Score</c> (0–1, 1 = exact title) is the relevance that orders the list: the title index's
/// score, as <c>ladder search --json</c> prints it, with the text read as still being typed (an unknown last word is
/// completed: "data scien").
/// <c>Matched</c> says which title matched and how; <c>Seniority</c> is the level the query text signals, or null.
/// </summary>
public sealed record SearchItem(string Slug, string Title, RoleKind Kind, string Code, string Domain, string MatchedTitle, decimal? MedianPay, string Url,
    double Score, string Matched, string? Seniority);

public sealed record DomainSummary(string Name, string Slug, int Roles, int CuratedRoles, int Occupations, string Url);

/// <summary>The engine's <see cref="Ladder.Matching.Comparison"/>, the same fields <c>ladder compare --json</c> prints, with the data's provenance.</summary>
public sealed record CompareResponse(Ladder.Matching.ComparisonSide A, Ladder.Matching.ComparisonSide B,
    Ladder.Matching.ComparisonScore AToB, Ladder.Matching.ComparisonScore BToA, ApiMeta Meta);

/// <summary>
/// The body of <c>POST /api/v1/gap</c>: a target role (slug or title) and what the person brings: a skills list,
/// résumé text or a current role. Only the target is required; the defaults make the others optional in the schema.
/// </summary>
public sealed record GapRequest(string Target, IReadOnlyList<string>? Skills = null, string? Resume = null, string? CurrentRole = null);

public static class ApiMapping
{
    public static RoleSummary AsSummary(this Role role) => new(role.Slug, role.Title, role.Kind, role.Code, role.Domain, role.MedianPay,
        role.MedianPayText, "/careers/" + role.Slug);

    /// <summary>A title index match as the API shows it, with how it matched (the CLI's view of it).</summary>
    public static SearchItem AsItem(this Ladder.Search.TitleMatch match, string? seniority)
    {
        var role = match.Role;
        return new(role.Slug, role.Title, role.Kind, role.Code, role.Domain, match.MatchedTitle, role.MedianPay,
            "/careers/" + role.Slug, match.Score, match.Matched, seniority);
    }

    public static DomainSummary AsSummary(this DomainInfo d) => new(d.Name, d.Slug, d.Roles, d.CuratedRoles, d.Occupations, "/domains/" + d.Slug);
}
