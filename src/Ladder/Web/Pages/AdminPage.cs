using System.Globalization;
using Ladder.Applications;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary><c>/admin/applications</c>: the stored applications, oldest first, for the site's operator.</summary>
public static class AdminPage
{
    public static HtmlBuilder Render(PageContext ctx, IReadOnlyList<StoredApplication> applications, int pageSize, DateTimeOffset? since, string backend) =>
        Layout.Render(ctx, Meta(ctx, "Applications"), html =>
        {
            var shown = Math.Min(applications.Count, pageSize);
            var from = since is { } s ? $", since {s.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" : "";
            html.Append($"<h1>Applications</h1>\n<p>{shown:N0} shown, oldest first{from}. Stored in {backend}. Use <code>ladder apply-export</code> for everything.</p>\n");
            if (applications.Count > pageSize) html.Append($"<p>More than {pageSize:N0} match: add <code>?since=DATE</code> to see later ones.</p>\n");
            html.Append($"""
                <div class="table-wrap" tabindex="0" role="region" aria-label="Applications table"><table class="admin-table">
                <caption class="hint">Submitted applications</caption>
                <thead><tr><th scope="col">Reference</th><th scope="col">Submitted (UTC)</th><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Current role</th><th scope="col">Target role</th><th scope="col">Years</th><th scope="col">Location</th><th scope="col">Message</th></tr></thead>
                <tbody>

                """);
            foreach (var a in applications.Take(pageSize))
            {
                html.Append($"<tr><td>{a.Reference}</td><td>{a.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}</td><td>{a.Name}</td><td>{a.Email}</td>");
                html.Append($"<td>{a.CurrentRole}</td><td>{a.TargetRoleTitle} <span class=\"hint\">{a.TargetRoleSlug}</span></td><td>{a.YearsOfExperience}</td><td>{a.Location}</td><td class=\"message\">{a.Message}</td></tr>\n");
            }
            html.Append($"</tbody>\n</table></div>\n");
        });

    /// <summary>A refusal or a bad request, in the site's layout.</summary>
    public static HtmlBuilder Message(PageContext ctx, string title, string text) =>
        Layout.Render(ctx, Meta(ctx, title), html => html.Append($"<h1>{title}</h1>\n<p>{text}</p>\n"));

    private static PageMeta Meta(PageContext ctx, string title) => new()
    {
        Title = title,
        Description = "Applications received by this Ladder site.",
        Path = "admin/applications",
        NoIndex = true,
        HasCanonical = false,
        Breadcrumbs = [new("Home", ctx.Links.Home), new(title)],
    };
}
