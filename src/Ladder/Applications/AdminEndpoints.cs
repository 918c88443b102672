using System.Globalization;
using System.Text;
using Ladder.Applications;
using static Ladder.Cli.Applications.ApplicationLayout;

namespace Ladder.Cli.Applications;

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
                return Result("Bad date", "<h1>Bad date</h1><p>Give <code>since</code> as a date such as 2026-05-01.</p>", StatusCodes.Status400BadRequest);
            }
            from = parsed;
        }
        var applications = await store.ListAsync(from, PageSize + 1, context.RequestAborted);
        var html = new StringBuilder();
        html.Append("<h1>Applications</h1>\n");
        html.Append($"<p>{Math.Min(applications.Count, PageSize):N0} shown, oldest first{(from is null ? "" : $", since {Encode(from.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC")}. ")
            .Append($"Stored in {Encode(store.Backend)}. Use <code>ladder apply-export</code> for everything.</p>\n");
        if (applications.Count > PageSize) html.Append($"<p>More than {PageSize:N0} match: add <code>?since=DATE</code> to see later ones.</p>\n");
        html.Append("<table>\n<caption class=\"hint\">Submitted applications</caption>\n<thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Submitted (UTC)</th><th scope=\"col\">Name</th><th scope=\"col\">Email</th>")
            .Append("<th scope=\"col\">Current role</th><th scope=\"col\">Target role</th><th scope=\"col\">Years</th><th scope=\"col\">Location</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
        foreach (var a in applications.Take(PageSize))
        {
            html.Append("<tr>")
                .Append($"<td>{Encode(a.Reference)}</td>")
                .Append($"<td>{Encode(a.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))}</td>")
                .Append($"<td>{Encode(a.Name)}</td>")
                .Append($"<td>{Encode(a.Email)}</td>")
                .Append($"<td>{Encode(a.CurrentRole)}</td>")
                .Append($"<td>{Encode(a.TargetRoleTitle)} <span class=\"hint\">{Encode(a.TargetRoleSlug)}</span></td>")
                .Append($"<td>{a.YearsOfExperience.ToString(CultureInfo.InvariantCulture)}</td>")
                .Append($"<td>{Encode(a.Location)}</td>")
                .Append($"<td class=\"message\">{Encode(a.Message)}</td>")
                .Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return Result("Applications", html.ToString());
    }

    public static async Task<IResult> GetAsync(HttpContext context, string reference, AdminCredential credential, IApplicationStore store, ILogger<AdminCredential> logger)
    {
        if (Refuse(context, credential, logger, json: true) is { } refused) return refused;
        if (!ApplicationReference.IsValid(reference) || await store.FindAsync(reference, context.RequestAborted) is not { } a) return TypedResults.NotFound();
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new StoredApplicationDto(a.Reference, a.SubmittedAt, a.Name, a.Email, a.CurrentRole, a.TargetRoleSlug, a.TargetRoleTitle,
            a.YearsOfExperience, a.Location, a.Message));
    }

    private static IResult? Refuse(HttpContext context, AdminCredential credential, ILogger logger, bool json)
    {
        if (!credential.IsConfigured)
        {
            ApplicationLog.AdminRefused(logger, "no admin token is configured");
            const string message = "The admin pages are disabled: no admin credential is configured. Start the server with Ladder:Admin:Token (or LADDER_ADMIN_TOKEN) set.";
            return json
                ? TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden)
                : Result("Admin disabled", $"<h1>Admin disabled</h1><p>{Encode(message)}</p>", StatusCodes.Status403Forbidden);
        }
        if (credential.Accepts(context.Request)) return null;
        ApplicationLog.AdminRefused(logger, context.Request.Headers.Authorization.Count == 0 ? "no credentials" : "wrong credentials");
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Ladder admin\", charset=\"UTF-8\"";
        return json
            ? TypedResults.Problem("Send the admin token as a Bearer token.", statusCode: StatusCodes.Status401Unauthorized)
            : Result("Sign in", "<h1>Sign in</h1><p>This page needs the admin credential.</p>", StatusCodes.Status401Unauthorized);
    }
}

/// <summary>One application as the admin JSON API shows it.</summary>
public sealed record StoredApplicationDto(string Reference, DateTimeOffset SubmittedAt, string Name, string Email, string CurrentRole, string TargetRole,
    string TargetRoleTitle, int YearsOfExperience, string? Location, string Message);
