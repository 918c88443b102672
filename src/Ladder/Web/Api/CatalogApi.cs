using Ladder.Web.Hosting;
using Ladder.Web.Search;
using Ladder.Web.Site;
using Ladder.Guides;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ladder.Web.Api;

/// <summary>The read-only JSON API over the catalog: roles, guides, search, compare, domains.</summary>
public static class CatalogApi
{
    public const int MaxLimit = 50;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app) => app.MapVersioned("", api =>
    {
        api.WithMetadata(CatalogDataMetadata.Instance).WithTags(ApiTags.Catalog);
        api.MapGet("/roles", ListRoles).WithName("listRoles").WithSummary("List roles")
            .WithDescription("Every role, optionally filtered by domain (slug or name), title text, outlook and entry education, and sorted.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/roles/{slug}", GetGuide).WithName("getGuide").WithSummary("Get a role's career guide")
            .WithDescription("The full career guide of one role: pay, skills, tools, ladder, roadmap, pros and cons, related careers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/search", SearchRoles).WithName("searchRoles").WithSummary("Search roles by title")
            .WithDescription("Roles matching free text, best first, with the score, what matched and the seniority the text signals.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/compare", Compare).WithName("compareRoles").WithSummary("Compare two roles")
            .WithDescription("Two roles side by side, with what they share.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/domains", (SiteData data) => TypedResults.Ok(new ListResponse<DomainSummary>(
            data.Catalog.Domains.Select(d => d.AsSummary()).ToList(), data.Catalog.Domains.Count, ApiMeta.For(data))))
            .WithName("listDomains").WithSummary("List domains").WithDescription("Every domain with its number of roles.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    });

    private static Results<Ok<ListResponse<RoleSummary>>, ProblemHttpResult> ListRoles(SiteData data, string? domain = null, string? q = null,
        string? outlook = null, string? education = null, string? sort = null)
    {
        if (q is { Length: > SiteSearch.MaxQueryLength }) return QueryTooLong();
        var filter = Ladder.Catalog.RoleOutlookFilter.From(outlook, education, sort);
        if (filter.Validate() is { } problem) return TypedResults.Problem(detail: problem, statusCode: 400, title: "Bad Request");
        var roles = data.Catalog.Roles.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(domain))
        {
            var found = data.DomainsBySlug.GetValueOrDefault(domain) ??
                data.Catalog.Domains.FirstOrDefault(d => string.Equals(d.Name, domain, StringComparison.OrdinalIgnoreCase));
            if (found is null) return TypedResults.Problem(detail: $"No domain '{Trim(domain)}'. See /api/v1/domains.", statusCode: 404, title: "Not Found");
            roles = roles.Where(r => r.Domain == found.Name);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = SiteSearch.Normalize(q);
            roles = roles.Where(r => SiteSearch.Normalize(r.Title).Contains(key, StringComparison.Ordinal) ||
                r.AlternateTitles.Any(a => SiteSearch.Normalize(a).Contains(key, StringComparison.Ordinal)));
        }
        var list = filter.Apply(data.Catalog, roles).Select(r => r.AsSummary()).ToList();
        return TypedResults.Ok(new ListResponse<RoleSummary>(list, list.Count, ApiMeta.For(data)));
    }

    private static Results<Ok<Guide>, ProblemHttpResult> GetGuide(string slug, SiteData data) =>
        data.Guide(slug) is { } guide ? TypedResults.Ok(guide) : UnknownRole(slug);

    private static Results<Ok<ListResponse<SearchItem>>, ProblemHttpResult> SearchRoles(SiteData data, string? q = null, int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(q)) return TypedResults.Problem(detail: "Give the text to search for in 'q'.", statusCode: 400, title: "Bad Request");
        if (q.Length > SiteSearch.MaxQueryLength) return QueryTooLong();
        if (limit is < 1 or > MaxLimit) return TypedResults.Problem(detail: $"'limit' must be between 1 and {MaxLimit}.", statusCode: 400, title: "Bad Request");
        var result = data.Search.Find(q, limit);
        var hits = result.Matches.Select(m => m.AsItem(result.Seniority)).ToList();
        return TypedResults.Ok(new ListResponse<SearchItem>(hits, hits.Count, ApiMeta.For(data)));
    }

    private static Results<Ok<CompareResponse>, ProblemHttpResult> Compare(SiteData data, string? a = null, string? b = null)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
            return TypedResults.Problem(detail: "Give two role slugs as 'a' and 'b'.", statusCode: 400, title: "Bad Request");
        if (data.Catalog.FindRole(a) is not { } left) return UnknownRole(a);
        if (data.Catalog.FindRole(b) is not { } right) return UnknownRole(b);
        var c = data.Engine.Compare(left, right);
        return TypedResults.Ok(new CompareResponse(c.A, c.B, c.AToB, c.BToA, ApiMeta.For(data)));
    }

    internal static ProblemHttpResult UnknownRole(string slug) =>
        TypedResults.Problem(detail: $"No role with the slug '{Trim(slug)}'. Find slugs with /api/v1/search?q=.", statusCode: 404, title: "Not Found");

    private static ProblemHttpResult QueryTooLong() =>
        TypedResults.Problem(detail: $"'q' is longer than {SiteSearch.MaxQueryLength} characters.", statusCode: 400, title: "Bad Request");

    private static string Trim(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
