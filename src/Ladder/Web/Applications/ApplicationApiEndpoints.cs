using System.Text.Json;
using Ladder.Applications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ladder.Web.Applications;

/// <summary>
/// <c>POST /api/applications</c>: JSON in, 201 with a reference out. The API takes no cookies, so a cross-site page
/// cannot ride on a visitor's session: antiforgery tokens guard the HTML form only. Browsers cannot send a JSON
/// content type cross-site without a CORS preflight, which this app never grants.
/// </summary>
internal static class ApplicationApiEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<Results<Created<ApplicationReceipt>, Ok<ApplicationReceipt>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context, ApplicationValidator validator, IApplicationStore store, ILogger<ApplicationReceipt> logger)
    {
        if (!context.Request.HasJsonContentType())
        {
            return TypedResults.Problem("Send the application as JSON with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var keys = context.Request.Headers[IdempotencyHeader];
        if (keys.Count > 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["idempotencyKey"] = ["Send one Idempotency-Key header."] });
        }

        ApplicationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(context.Request.Body, ApplicationJsonContext.Default.ApplicationRequest, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["This is not valid JSON for an application (check the value's type and the text's UTF-8)."] });
        }
        catch (BadHttpRequestException ex)
        {
            return TypedResults.Problem(ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request body could not be read.", statusCode: ex.StatusCode);
        }
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object with the application's fields."] });
        }

        var input = new ApplicationInput
        {
            Name = request.Name,
            Email = request.Email,
            CurrentRole = request.CurrentRole,
            TargetRole = request.TargetRole,
            YearsOfExperience = request.YearsOfExperience,
            Location = request.Location,
            Message = request.Message,
            Consent = request.Consent,
            IdempotencyKey = keys.Count == 1 ? keys[0] : null,
        };
        NewApplication application;
        switch (validator.Validate(input))
        {
            case ApplicationValidation.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors);
            case ApplicationValidation.Valid valid:
                application = valid.Application;
                break;
            default:
                throw new InvalidOperationException("Unknown validation outcome.");
        }

        switch (await store.SaveAsync(application, CancellationToken.None))
        {
            case SaveResult.Created created:
                ApplicationLog.Stored(logger, created.Reference, application.TargetRoleSlug, "api");
                return TypedResults.Created(ResourcePath(context, created.Reference), new ApplicationReceipt(created.Reference, application.TargetRoleSlug, Replayed: false));
            case SaveResult.Replayed replayed:
                context.Response.Headers["Idempotent-Replayed"] = "true";
                context.Response.Headers.Location = ResourcePath(context, replayed.Reference);
                return TypedResults.Ok(new ApplicationReceipt(replayed.Reference, application.TargetRoleSlug, Replayed: true));
            default:
                return TypedResults.Problem("This Idempotency-Key was already used for a different application. Use a new key for a new application.",
                    statusCode: StatusCodes.Status409Conflict);
        }
    }

    // Under the prefix the client called (/api/v1 or the /api alias), so the Location stays in the client's version.
    private static string ResourcePath(HttpContext context, string reference) => $"{context.Request.PathBase}{context.Request.Path.Value?.TrimEnd('/')}/{reference}";
}
