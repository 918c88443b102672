using System.Text.Json;
using Ladder.Cli.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ladder.Cli.Web.Api;

/// <summary>
/// Transitions and gap analysis. The endpoints validate their input now and answer 501 until the
/// matching engine (issue 5) is wired in here.
/// </summary>
public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Matching");
        api.MapGet("/transitions/{slug}", Transitions).WithSummary("The best moves into a role, scored 0–100 (not yet available).");
        api.MapPost("/gap", Gap).Accepts<GapRequest>("application/json")
            .WithSummary("A person's gap to a target role from skills, résumé text or a current role (not yet available).");
        return app;
    }

    private static ProblemHttpResult Transitions(string slug, SiteData data) =>
        data.Catalog.FindRole(slug) is null ? CatalogApi.UnknownRole(slug) : NotYet("Transition scores are");

    private static async Task<ProblemHttpResult> Gap(HttpRequest request, SiteData data)
    {
        if (!request.HasJsonContentType())
            return TypedResults.Problem(detail: "Send the request body as application/json.", statusCode: 415, title: "Unsupported Media Type");
        GapRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<GapRequest>(request.Body, JsonSerializerOptions.Web, request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            return TypedResults.Problem(detail: $"The body is not valid JSON for a gap request: {ex.Message.Split('.')[0]}.", statusCode: 400, title: "Bad Request");
        }
        if (body is null || string.IsNullOrWhiteSpace(body.Target))
            return TypedResults.Problem(detail: "Give the target role as 'target'.", statusCode: 400, title: "Bad Request");
        if (data.Search.Find(body.Target, 1).Count == 0) return CatalogApi.UnknownRole(body.Target);
        return NotYet("Gap analysis is");
    }

    private static ProblemHttpResult NotYet(string what) =>
        TypedResults.Problem(detail: $"{what} not yet available: they come with the matching feature.", statusCode: 501, title: "Not Implemented");
}
