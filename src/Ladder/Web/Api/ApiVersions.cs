namespace Ladder.Web.Api;

/// <summary>
/// The JSON API is mapped twice with the same handlers: under <c>/api/v1</c>, the versioned contract that the
/// OpenAPI document describes, and under <c>/api</c>, an undocumented alias that existing clients and the site's
/// own script keep using. A breaking change gets a new version prefix; the alias stays on the oldest one.
/// </summary>
public static class ApiVersions
{
    public const string Current = "/api/v1";
    public const string Alias = "/api";

    public static IEndpointRouteBuilder MapVersioned(this IEndpointRouteBuilder app, string prefix, Action<RouteGroupBuilder> map)
    {
        map(app.MapGroup(Current + prefix));
        // The alias stays out of the document and out of link generation, and drops the operation names (the router
        // wants endpoint names unique): its endpoints are the same operations, reached by their older path.
        var alias = app.MapGroup(Alias + prefix).ExcludeFromDescription().WithMetadata(new SuppressLinkGenerationMetadata());
        ((IEndpointConventionBuilder)alias).Finally(endpoint =>
        {
            foreach (var name in endpoint.Metadata.Where(m => m is IEndpointNameMetadata or IRouteNameMetadata).ToList()) endpoint.Metadata.Remove(name);
        });
        map(alias);
        return app;
    }
}
