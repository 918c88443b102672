using System.Text.Json;
using Ladder.Web.Site;
using Ladder.Matching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ladder.Web.Api;

/// <summary>Transitions and gap analysis over the matching engine (docs/matching.md).</summary>
public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        app.MapVersioned("", api =>
        {
            api.WithTags(ApiTags.Matching);
            api.MapGet("/transitions/{slug}", Transitions).WithName("listTransitions").WithSummary("List a role's career moves")
                .WithDescription("The best moves out of a role and into it, each scored 0–100 with pay change and top missing skills.")
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
            api.MapPost("/gap", Gap).Accepts<GapRequest>("application/json").WithName("analyzeGap").WithSummary("Analyze a skills gap")
                .WithDescription("A person's gap to a target role from a skills list, résumé text or a current role. " +
                    "422 means the input cannot be analysed: not exactly one starting point, nothing recognised as a skill, " +
                    "or a current role that is the target itself. 409 means a role named by text could be several roles: send a slug.")
                .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        });
        return app;
    }

    private static Results<Ok<TransitionList>, ProblemHttpResult> Transitions(string slug, int? limit, SiteData data)
    {
        if (data.Catalog.FindRole(slug) is not { } role) return CatalogApi.UnknownRole(slug);
        var n = limit ?? 10;
        if (n is < 1 or > 50) return TypedResults.Problem(detail: "'limit' must be between 1 and 50.", statusCode: 400, title: "Bad Request");
        return TypedResults.Ok(TransitionList.For(data.Engine.Space, role, n));
    }

    private static async Task<Results<Ok<GapReport>, ProblemHttpResult>> Gap(HttpRequest request, SiteData data)
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
        var skills = body.Skills is { Count: > 0 } list ? string.Join(", ", list) : null;
        if (GapQuery.TooLong(skills, body.Resume) is { } tooLong)
            return TypedResults.Problem(detail: tooLong, statusCode: 413, title: "Payload Too Large");
        var (target, targetProblem) = Resolve(data, body.Target);
        if (targetProblem is not null) return targetProblem;
        Ladder.Catalog.Role? current = null;
        if (!string.IsNullOrWhiteSpace(body.CurrentRole))
        {
            (current, var currentProblem) = Resolve(data, body.CurrentRole);
            if (currentProblem is not null) return currentProblem;
        }
        var (report, problem) = GapQuery.From(skills, body.Resume, current).Run(data.Engine.Space, target!);
        return report is not null
            ? TypedResults.Ok(report)
            : TypedResults.Problem(detail: problem, statusCode: 422, title: "Unprocessable Entity");
    }

    /// <summary>The role the engine opens for <paramref name="text"/>; else a 404 (nothing close) or 409 (several roles) that lists the candidates.</summary>
    private static (Ladder.Catalog.Role? Role, ProblemHttpResult? Problem) Resolve(SiteData data, string text) => data.Engine.Resolve(text) switch
    {
        Ladder.Catalog.Resolution.Found found => (found.Role, null),
        Ladder.Catalog.Resolution.Ambiguous a => (null, TypedResults.Problem(
            detail: $"'{Trim(text)}' could be several roles: {string.Join(", ", a.Candidates.Take(8).Select(r => $"{r.Title} ({r.Slug})"))}. Send one of their slugs.",
            statusCode: 409, title: "Conflict")),
        Ladder.Catalog.Resolution.NotFound => (null, TypedResults.Problem(
            detail: $"No role matches '{Trim(text)}'. Find slugs with /api/search?q=.",
            statusCode: 404, title: "Not Found")),
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    private static string Trim(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
