using Ladder.Catalog;
using Ladder.States;
using Ladder.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ladder.Web.Api;

/// <summary>One state's BLS OEWS estimate for a role; every number is null where BLS published none.</summary>
public sealed record StateItem(string State, string Fips, string Name, decimal? Employment, decimal? Median, decimal? P10, decimal? P25,
    decimal? P75, decimal? P90, decimal? Mean, decimal? HourlyMedian, decimal? LocationQuotient, bool Published);

/// <summary>
/// A role's pay and employment by state: 51 items (50 states and DC) in FIPS order, or the one asked for.
/// <c>Soc</c> and <c>SocTitle</c> name the BLS occupation the figures are for (a curated role's primary occupation);
/// <c>Note</c> says so when it is not the role itself. <c>Source</c> and <c>AsOf</c> cite the estimates.
/// </summary>
public sealed record StatesResponse(string Slug, string Title, string? Soc, string? SocTitle, string? Note, decimal? NationalMedian,
    IReadOnlyList<StateItem> Items, int Count, string Source, string? AsOf, ApiMeta Meta);

/// <summary><c>GET /api/v1/roles/{slug}/states</c>: BLS OEWS state estimates for a role.</summary>
public static class StatesApi
{
    public static IEndpointRouteBuilder MapStatesApi(this IEndpointRouteBuilder app) => app.MapVersioned("", api =>
    {
        api.WithMetadata(Hosting.CatalogDataMetadata.Instance).WithTags(ApiTags.Catalog);
        api.MapGet("/roles/{slug}/states", GetStates).WithName("getRoleStates").WithSummary("Get a role's pay by state")
            .WithDescription("BLS OEWS state estimates for the role's primary occupation: employment, annual wage percentiles, mean, hourly median " +
                "and location quotient in each of the 50 states and DC. Numbers BLS did not publish are null and 'published' is false. " +
                "'state' (a postal code such as CA) narrows the answer to one state.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    });

    private static Results<Ok<StatesResponse>, ProblemHttpResult> GetStates(string slug, SiteData data, string? state = null)
    {
        if (data.Catalog.FindRole(slug) is not { } role) return CatalogApi.UnknownRole(slug);
        UsState? only = null;
        if (state is not null && (only = UsState.Find(state)) is null)
            return TypedResults.Problem(detail: UsState.UnknownMessage(state), statusCode: 400, title: "Bad Request");
        var view = RoleStates.For(data.Catalog, role);
        var items = view.Set is { } set
            ? set.States.Where(s => only is null || s.State == only).Select(AsItem).ToList()
            : [];
        var national = role.Primary.Wages.Current?.Median.Amount;
        return TypedResults.Ok(new StatesResponse(role.Slug, role.Title, view.Set?.Soc, view.Set?.Title, view.Note, national,
            items, items.Count, view.Source.Length == 0 ? "" : data.Catalog.States.Citation, view.AsOf, ApiMeta.For(data)));
    }

    public static StateItem AsItem(this StateWage w) => new(w.State.Code, w.State.Fips, w.State.Name, w.Employment, w.Median, w.P10, w.P25,
        w.P75, w.P90, w.Mean, w.HourlyMedian, w.LocationQuotient, w.Published);
}
