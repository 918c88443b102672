using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary><c>/apply</c>: the application form. Storing applications is its own feature (issue 7); the form posts to /apply.</summary>
public static class ApplyPage
{
    public const int MaxMessageLength = 4000;

    public static HtmlBuilder Render(PageContext ctx, string? roleSlug)
    {
        var role = roleSlug is { Length: > 0 } ? ctx.Data.Catalog.FindRole(roleSlug) : null;
        var meta = new PageMeta
        {
            Title = role is null ? "Apply" : $"Apply: {role.Title}",
            Description = "Apply for your next role: tell us where you are and where you want to go.",
            Path = "apply",
            NoIndex = role is not null,
            Breadcrumbs = role is null ? [new("Home", ctx.Links.Home), new("Apply")] : [new("Home", ctx.Links.Home), new(role.Title, ctx.Links.Career(role.Slug)), new("Apply")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>Apply{(role is null ? "" : " for " + role.Title + " roles")}</h1>\n<p class=\"lede\">Fields marked required are needed to process your application. We use your details only for this application.</p>\n");
            if (ctx.IsStatic)
                html.Append($"<p class=\"notice\">Applications are received by the Ladder server; on this static copy the form cannot be sent.</p>\n");
            html.Append($"""
                <form class="stack" action="{ctx.Links.Apply}" method="post">
                <div class="field"><label for="apply-name">Full name <span class="req">(required)</span></label>
                <input id="apply-name" name="name" type="text" required maxlength="200" autocomplete="name"></div>
                <div class="field"><label for="apply-email">Email <span class="req">(required)</span></label>
                <input id="apply-email" name="email" type="email" required maxlength="254" autocomplete="email"></div>
                <div class="field"><label for="apply-current">Current role <span class="req">(required)</span></label>
                <input id="apply-current" name="currentRole" type="text" required maxlength="200" autocomplete="organization-title"></div>
                <div class="field"><label for="apply-target">Target role <span class="req">(required)</span></label>
                <input id="apply-target" name="targetRole" type="text" required maxlength="200" value="{role?.Title}" data-role-slug="{role?.Slug}"></div>
                <div class="field"><label for="apply-years">Years of experience <span class="req">(required)</span></label>
                <input id="apply-years" name="yearsOfExperience" type="number" required min="0" max="60" step="1" inputmode="numeric"></div>
                <div class="field"><label for="apply-location">Location <span class="opt">(optional)</span></label>
                <input id="apply-location" name="location" type="text" maxlength="200" autocomplete="address-level2"></div>
                <div class="field"><label for="apply-message">Message <span class="opt">(optional, up to {MaxMessageLength:#,0} characters)</span></label>
                <textarea id="apply-message" name="message" rows="6" maxlength="{MaxMessageLength}"></textarea></div>
                <div class="field check"><input id="apply-consent" name="consent" type="checkbox" value="true" required>
                <label for="apply-consent">I agree that Ladder may store these details to process my application. <span class="req">(required)</span></label></div>
                <input type="hidden" name="roleSlug" value="{role?.Slug}">
                <button type="submit">Send application</button>
                </form>

                """);
        });
    }
}
