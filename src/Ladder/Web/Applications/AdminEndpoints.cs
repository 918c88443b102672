using System.Globalization;
using Ladder.Applications;
using Ladder.Web.Pages;

namespace Ladder.Web.Applications;

/// <summary><c>GET /admin/applications</c> and <c>GET /api/applications/{reference}</c>: read submissions, with the admin credential.</summary>
internal static class AdminEndpoints
{
    public const int PageSize = 500;

    public static async Task<IResult> ListAsync(HttpContext context, string? since, AdminCredential credential, IApplicationStore store, ILogger<AdminCredential> logger)
    {
        if (Refuse(context, credential, logger, json: false) is { } refused) return refused;
        DateTimeOffset? from = null;
        if (!string.IsNullOrEmpty(since))
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Message(context, "Bad date", "Give since as a date such as 2026-05-01.", StatusCodes.Status400BadRequest);
            }
            from = parsed;
        }
        var applications = await store.ListAsync(from, PageSize + 1, context.RequestAborted);
        return ApplicationLayout.Result(AdminPage.Render(ApplicationLayout.Context(context), applications, PageSize, from, store.Backend));
    }

    public static async Task<IResult> GetAsync(HttpContext context, string reference, AdminCredential credential, IApplicationStore store, ILogger<AdminCredential> logger)
    {
        if (Refuse(context, credential, logger, json: true) is { } refused) return refused;
        if (!ApplicationReference.IsValid(reference) || await store.FindAsync(reference, context.RequestAborted) is not { } a) return TypedResults.NotFound();
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new StoredApplicationDto(a.Reference, a.SubmittedAt, a.Name, a.Email, a.CurrentRole, a.TargetRoleSlug, a.TargetRoleTitle,
            a.YearsOfExperience, a.Location, a.Message));
    }

    private static IResult Message(HttpContext context, string title, string text, int status) =>
        ApplicationLayout.Result(AdminPage.Message(ApplicationLayout.Context(context), title, text), status);

    private static IResult? Refuse(HttpContext context, AdminCredential credential, ILogger logger, bool json)
    {
        if (!credential.IsConfigured)
        {
            ApplicationLog.AdminRefused(logger, "no admin token is configured");
            const string message = "The admin pages are disabled: no admin credential is configured. Start the server with Ladder:Admin:Token (or LADDER_ADMIN_TOKEN) set.";
            return json
                ? TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden)
                : Message(context, "Admin disabled", message, StatusCodes.Status403Forbidden);
        }
        if (credential.Accepts(context.Request)) return null;
        ApplicationLog.AdminRefused(logger, context.Request.Headers.Authorization.Count == 0 ? "no credentials" : "wrong credentials");
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Ladder admin\", charset=\"UTF-8\"";
        return json
            ? TypedResults.Problem("Send the admin token as a Bearer token.", statusCode: StatusCodes.Status401Unauthorized)
            : Message(context, "Sign in", "This page needs the admin credential.", StatusCodes.Status401Unauthorized);
    }
}

/// <summary>One application as the admin JSON API shows it.</summary>
public sealed record StoredApplicationDto(string Reference, DateTimeOffset SubmittedAt, string Name, string Email, string CurrentRole, string TargetRole,
    string TargetRoleTitle, int YearsOfExperience, string? Location, string Message);
