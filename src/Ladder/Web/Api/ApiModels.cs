using Ladder.Catalog;
using Ladder.Web.Search;
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

public sealed record SearchItem(string Slug, string Title, RoleKind Kind, string Code, string Domain, string MatchedTitle, decimal? MedianPay, string Url);

public sealed record DomainSummary(string Name, string Slug, int Roles, int CuratedRoles, int Occupations, string Url);

/// <summary>The engine's <see cref="Ladder.Matching.Comparison"/>, the same fields <c>ladder compare --json</c> prints, with the data's provenance.</summary>
public sealed record CompareResponse(Ladder.Matching.ComparisonSide A, Ladder.Matching.ComparisonSide B,
    Ladder.Matching.ComparisonScore AToB, Ladder.Matching.ComparisonScore BToA, ApiMeta Meta);

/// <summary>The body of <c>POST /api/gap</c>: a target role and what the person brings.</summary>
public sealed record GapRequest(string? Target, IReadOnlyList<string>? Skills, string? Resume, string? CurrentRole);

public static class ApiMapping
{
    public static RoleSummary AsSummary(this Role role) => new(role.Slug, role.Title, role.Kind, role.Code, role.Domain, role.MedianPay,
        role.MedianPay is { } m ? Ladder.Occupations.WageValue.FormatMoney(m) : "not available", "/careers/" + role.Slug);

    public static SearchItem AsItem(this SearchHit hit) => new(hit.Role.Slug, hit.Role.Title, hit.Role.Kind, hit.Role.Code, hit.Role.Domain,
        hit.MatchedTitle, hit.Role.MedianPay, "/careers/" + hit.Role.Slug);

    public static DomainSummary AsSummary(this DomainInfo d) => new(d.Name, d.Slug, d.Roles, d.CuratedRoles, d.Occupations, "/domains/" + d.Slug);
}
