using Ladder.Applications;
using Ladder.Catalog;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>What the form shows in its fields: the person's own text, kept as typed when the form comes back with errors.</summary>
public sealed record ApplyFormValues
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? CurrentRole { get; init; }
    public string? TargetRole { get; init; }
    public string? YearsOfExperience { get; init; }
    public string? Location { get; init; }
    public string? Message { get; init; }
    public bool Consent { get; init; }
    public required string IdempotencyKey { get; init; }

    /// <summary>An empty form, with the target role filled in when the reader came from a guide.</summary>
    public static ApplyFormValues Blank(Role? target) => new() { TargetRole = target?.Slug, IdempotencyKey = Guid.NewGuid().ToString("N") };
}

/// <summary>The antiforgery field the served form carries (the static export has none: its copy cannot be sent).</summary>
public sealed record FormToken(string FieldName, string Value);

/// <summary>
/// <c>/apply</c>: the one application form, served (with an antiforgery token, posting to the applications feature) and
/// in the static export (which says it cannot be sent from there), plus the pages that answer a submission.
/// Its limits are the validator's, so the browser and the server refuse the same input.
/// </summary>
public static partial class ApplyPage
{
    /// <summary>The honeypot: hidden from people and assistive technology, tempting to bots that fill every field.</summary>
    public const string HoneypotField = "website";
    public const string IdempotencyField = "idempotencyKey";

    private static readonly (string Field, string Label)[] Order =
    [
        ("name", "Name"), ("email", "Email"), ("currentRole", "Current role"), ("targetRole", "Role you are applying for"),
        ("yearsOfExperience", "Years of experience"), ("location", "Location"), ("message", "Message"), ("consent", "Consent"),
    ];

    public static HtmlBuilder Render(PageContext ctx, ApplyFormValues values, FormToken? token, IReadOnlyDictionary<string, string[]>? errors = null, SiteOperator? receiver = null)
    {
        errors ??= new Dictionary<string, string[]>();
        // The role the validator will store: the rule's exact steps only, so the heading never names a guess.
        var target = ctx.Data.Engine.Resolver.Resolve(values.TargetRole ?? "") is Resolution.Found found ? found.Role : null;
        var meta = new PageMeta
        {
            Title = errors.Count > 0 ? "Check your application" : target is null ? "Apply" : $"Apply: {target.Title}",
            Description = "Apply for your next role: tell us where you are and where you want to go.",
            Path = "apply",
            NoIndex = target is not null || errors.Count > 0,
            Breadcrumbs = target is null ? [new("Home", ctx.Links.Home), new("Apply")] : [new("Home", ctx.Links.Home), new(target.Title, ctx.Links.Career(target.Slug)), new("Apply")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>Apply{(target is null ? "" : ": " + target.Title)}</h1>\n<p class=\"lede\">Tell us where you are and where you want to go. Fields marked optional can be left empty; we use your details only for this application.</p>\n");
            if (ctx.IsStatic)
                html.Append($"<p class=\"notice\">Applications are received by the Ladder server; on this static copy the form cannot be sent.</p>\n");
            if (receiver is not null) WhoReceives(html, receiver, sent: false);
            ErrorSummary(html, errors);
            html.Append($"<form class=\"stack apply-form\" action=\"{ctx.Links.Apply}\" method=\"post\" novalidate>\n");
            if (token is not null) html.Append($"<input type=\"hidden\" name=\"{token.FieldName}\" value=\"{token.Value}\">\n");
            html.Append($"<input type=\"hidden\" name=\"{IdempotencyField}\" value=\"{values.IdempotencyKey}\">\n");
            Input(html, errors, "name", "Name", "text", values.Name, $"autocomplete=\"name\" required maxlength=\"{ApplicationValidator.MaxNameLength}\"");
            Input(html, errors, "email", "Email", "email", values.Email, $"autocomplete=\"email\" required maxlength=\"{ApplicationValidator.MaxEmailLength}\"", "We only use it to reply about this application.");
            Input(html, errors, "currentRole", "Current role", "text", values.CurrentRole, $"autocomplete=\"organization-title\" required maxlength=\"{ApplicationValidator.MaxRoleLength}\"");
            Input(html, errors, "targetRole", "Role you are applying for", "text", values.TargetRole, $"list=\"roles\" required maxlength=\"{ApplicationValidator.MaxRoleLength}\"",
                target is null ? "A role from the guides, by title or slug (machine-learning-engineer), or an O*NET code such as 15-2051.00." : $"Applying for: {target.Title}.");
            html.Append($"<datalist id=\"roles\">\n");
            foreach (var role in ctx.Data.Catalog.CuratedRoles) html.Append($"<option value=\"{role.Slug}\">{role.Title}</option>\n");
            html.Append($"</datalist>\n");
            Input(html, errors, "yearsOfExperience", "Years of experience", "number", values.YearsOfExperience,
                $"inputmode=\"numeric\" min=\"0\" max=\"{ApplicationValidator.MaxYearsOfExperience}\" step=\"1\" required");
            Input(html, errors, "location", "Location (optional)", "text", values.Location, $"autocomplete=\"address-level2\" maxlength=\"{ApplicationValidator.MaxLocationLength}\"", "City and country, or remote.");
            html.Append($"<div class=\"field\"><label for=\"message\">Message (optional) <span class=\"hint\" id=\"message-hint\">Up to {ApplicationValidator.MaxMessageLength:#,0} characters.</span></label>\n");
            Error(html, errors, "message");
            html.Append($"<textarea id=\"message\" name=\"message\" rows=\"8\" maxlength=\"{ApplicationValidator.MaxMessageLength}\" aria-describedby=\"message-hint{(errors.ContainsKey("message") ? " message-error" : "")}\"{Invalid(errors, "message")}>{values.Message}</textarea></div>\n");
            html.Append($"<div class=\"field check\">");
            Error(html, errors, "consent");
            html.Append($"<input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\"{(values.Consent ? Attr(" checked") : Attr(""))}{Invalid(errors, "consent")}{(errors.ContainsKey("consent") ? Attr(" aria-describedby=\"consent-error\"") : Attr(""))}> ");
            html.Append($"<label for=\"consent\">I agree that Ladder stores this application and shares it with the people reviewing it.</label></div>\n");
            html.Append($"<div class=\"trap\" aria-hidden=\"true\"><label for=\"{HoneypotField}\">Leave this empty</label><input type=\"text\" id=\"{HoneypotField}\" name=\"{HoneypotField}\" tabindex=\"-1\" autocomplete=\"off\"></div>\n");
            html.Append($"<button type=\"submit\">Send application</button>\n</form>\n");
        });
    }

    /// <summary>The thank-you page after a stored application.</summary>
    public static HtmlBuilder Submitted(PageContext ctx, string reference, SiteOperator receiver) =>
        Message(ctx, "Application received", "Thank you. Keep your reference number: quote it if you write to us about this application.", reference, receiver);

    /// <summary>A short page that answers a submission that was not stored (expired, reused, unreadable) or a missing page.</summary>
    public static HtmlBuilder Message(PageContext ctx, string title, string text, string? reference = null, SiteOperator? receiver = null)
    {
        var meta = new PageMeta
        {
            Title = title,
            Description = "Apply for your next role with Ladder.",
            Path = "apply",
            NoIndex = true,
            HasCanonical = false,
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Apply", ctx.Links.Apply), new(title)],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>{title}</h1>\n<p>{text}</p>\n");
            if (reference is not null) html.Append($"<p class=\"reference\">{reference}</p>\n");
            if (receiver is not null) WhoReceives(html, receiver, sent: true);
            html.Append($"<p><a href=\"{ctx.Links.Apply}\">Open the application form</a> · <a href=\"{ctx.Links.Home}\">Back to Ladder</a></p>\n");
        });
    }

    private static void ErrorSummary(HtmlBuilder html, IReadOnlyDictionary<string, string[]> errors)
    {
        if (errors.Count == 0) return;
        html.Append($"<div class=\"summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n<h2 id=\"error-summary-title\">There is a problem</h2>\n<ul>\n");
        foreach (var (field, _) in Order)
            if (errors.TryGetValue(field, out var messages)) html.Append($"<li><a href=\"#{field}\">{messages[0]}</a></li>\n");
        foreach (var (field, messages) in errors.Where(e => !Order.Any(o => o.Field == e.Key)))
            html.Append($"<li>{messages[0]}</li>\n");
        html.Append($"</ul>\n</div>\n");
    }

    private static void Input(HtmlBuilder html, IReadOnlyDictionary<string, string[]> errors, string field, string label, string type, string? value, string attributes, string? hint = null)
    {
        var describedBy = new List<string>();
        html.Append($"<div class=\"field\"><label for=\"{field}\">{label}");
        if (hint is not null)
        {
            html.Append($" <span class=\"hint\" id=\"{field}-hint\">{hint}</span>");
            describedBy.Add($"{field}-hint");
        }
        html.Append($"</label>\n");
        if (errors.ContainsKey(field)) describedBy.Add($"{field}-error");
        Error(html, errors, field);
        // The attributes are this file's own constants, never reader input.
        html.Append($"<input type=\"{type}\" id=\"{field}\" name=\"{field}\" value=\"{value}\" {Attr(attributes)}{Invalid(errors, field)}");
        if (describedBy.Count > 0) html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        html.Append($"></div>\n");
    }

    private static void Error(HtmlBuilder html, IReadOnlyDictionary<string, string[]> errors, string field)
    {
        if (errors.TryGetValue(field, out var messages)) html.Append($"<p class=\"error\" id=\"{field}-error\">{messages[0]}</p>\n");
    }

    private static HtmlString Invalid(IReadOnlyDictionary<string, string[]> errors, string field) => Attr(errors.ContainsKey(field) ? " aria-invalid=\"true\"" : "");

    private static HtmlString Attr(string markup) => new(markup);
}
