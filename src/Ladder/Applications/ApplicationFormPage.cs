using System.Text;
using Ladder.Catalog;
using Microsoft.AspNetCore.Antiforgery;
using static Ladder.Cli.Applications.ApplicationLayout;

namespace Ladder.Cli.Applications;

/// <summary>What the form shows in its fields: the person's own text, kept as typed when the form comes back with errors.</summary>
internal sealed record ApplicationFormValues
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
}

/// <summary>The HTML of the apply form, the thank-you page and the form's error pages.</summary>
internal static class ApplicationFormPage
{
    /// <summary>The honeypot: hidden from people and assistive technology, tempting to bots that fill every field.</summary>
    public const string HoneypotField = "website";
    public const string IdempotencyField = "idempotencyKey";

    private static readonly (string Field, string Label)[] Order =
    [
        ("name", "Name"), ("email", "Email"), ("currentRole", "Current role"), ("targetRole", "Role you are applying for"),
        ("yearsOfExperience", "Years of experience"), ("location", "Location"), ("message", "Message"), ("consent", "Consent"),
    ];

    public static string Form(ApplicationFormValues values, AntiforgeryTokenSet tokens, LadderCatalog catalog, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        errors ??= new Dictionary<string, string[]>();
        var target = values.TargetRole is { Length: > 0 } t ? catalog.FindRole(t.Trim().ToLowerInvariant()) ?? catalog.RoleForCode(t.Trim()) : null;
        var html = new StringBuilder();
        html.Append("<h1>Apply").Append(target is null ? "" : $" to become a {Encode(target.Title)}").Append("</h1>\n");
        html.Append("<p>Tell us where you are and where you want to go. Fields marked optional can be left empty.</p>\n");
        if (errors.Count > 0)
        {
            html.Append("<div class=\"summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">\n<h2 id=\"error-summary-title\">There is a problem</h2>\n<ul>\n");
            foreach (var (field, _) in Order)
            {
                if (errors.TryGetValue(field, out var messages)) html.Append($"<li><a href=\"#{field}\">{Encode(messages[0])}</a></li>\n");
            }
            foreach (var (field, messages) in errors.Where(e => !Order.Any(o => o.Field == e.Key)))
            {
                html.Append($"<li>{Encode(messages[0])}</li>\n");
            }
            html.Append("</ul>\n</div>\n");
        }
        html.Append("<form method=\"post\" action=\"/apply\" novalidate>\n");
        html.Append($"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">\n");
        html.Append($"<input type=\"hidden\" name=\"{IdempotencyField}\" value=\"{Encode(values.IdempotencyKey)}\">\n");
        Input(html, errors, "name", "Name", "text", values.Name, "autocomplete=\"name\" required maxlength=\"200\"");
        Input(html, errors, "email", "Email", "email", values.Email, "autocomplete=\"email\" required maxlength=\"254\"", "We only use it to reply about this application.");
        Input(html, errors, "currentRole", "Current role", "text", values.CurrentRole, "autocomplete=\"organization-title\" required maxlength=\"200\"");
        Input(html, errors, "targetRole", "Role you are applying for", "text", values.TargetRole, "list=\"roles\" required maxlength=\"200\"",
            target is null ? "A role from the guide, such as machine-learning-engineer, or an O*NET code such as 15-2051.00." : $"Applying for: {target.Title}.");
        html.Append("<datalist id=\"roles\">\n");
        foreach (var role in catalog.CuratedRoles) html.Append($"<option value=\"{Encode(role.Slug)}\">{Encode(role.Title)}</option>\n");
        html.Append("</datalist>\n");
        Input(html, errors, "yearsOfExperience", "Years of experience", "number", values.YearsOfExperience, "inputmode=\"numeric\" min=\"0\" max=\"70\" step=\"1\" required");
        Input(html, errors, "location", "Location (optional)", "text", values.Location, "autocomplete=\"address-level2\" maxlength=\"200\"", "City and country, or remote.");

        html.Append($"<label for=\"message\">Message (optional) <span class=\"hint\" id=\"message-hint\">Up to 4,000 characters.</span></label>\n");
        Error(html, errors, "message");
        html.Append($"<textarea id=\"message\" name=\"message\" rows=\"8\" maxlength=\"4000\" aria-describedby=\"message-hint{(errors.ContainsKey("message") ? " message-error" : "")}\"{Invalid(errors, "message")}>")
            .Append(Encode(values.Message)).Append("</textarea>\n");

        Error(html, errors, "consent");
        html.Append($"<label class=\"consent\" for=\"consent\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\"{(values.Consent ? " checked" : "")}{Invalid(errors, "consent")}{(errors.ContainsKey("consent") ? " aria-describedby=\"consent-error\"" : "")}> ")
            .Append("I agree that Ladder stores this application and shares it with the people reviewing it.</label>\n");

        html.Append($"<div class=\"trap\" aria-hidden=\"true\"><label for=\"{HoneypotField}\">Leave this empty</label><input type=\"text\" id=\"{HoneypotField}\" name=\"{HoneypotField}\" tabindex=\"-1\" autocomplete=\"off\"></div>\n");
        html.Append("<button type=\"submit\">Send application</button>\n</form>\n");
        return html.ToString();
    }

    public static string Submitted(string reference) => $"""
        <h1>Application received</h1>
        <p>Thank you. Your reference number is</p>
        <p class="reference">{Encode(reference)}</p>
        <p>Keep it: quote it if you write to us about this application.</p>
        <p><a href="/">Back to Ladder</a></p>
        """;

    public static string Expired() => """
        <h1>This form has expired</h1>
        <p>For your security the form could not be accepted. Nothing was stored. <a href="/apply">Open the form again</a> and send it from there.</p>
        """;

    public static string KeyReused() => """
        <h1>This form was already sent</h1>
        <p>This copy of the form was already sent with other details, so nothing new was stored. <a href="/apply">Start a new application</a>.</p>
        """;

    private static void Input(StringBuilder html, IReadOnlyDictionary<string, string[]> errors, string field, string label, string type, string? value, string attributes, string? hint = null)
    {
        var describedBy = new List<string>();
        html.Append($"<label for=\"{field}\">{Encode(label)}");
        if (hint is not null)
        {
            html.Append($" <span class=\"hint\" id=\"{field}-hint\">{Encode(hint)}</span>");
            describedBy.Add($"{field}-hint");
        }
        html.Append("</label>\n");
        if (errors.ContainsKey(field)) describedBy.Add($"{field}-error");
        Error(html, errors, field);
        html.Append($"<input type=\"{type}\" id=\"{field}\" name=\"{field}\" value=\"{Encode(value)}\" {attributes}{Invalid(errors, field)}");
        if (describedBy.Count > 0) html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        html.Append(">\n");
    }

    private static void Error(StringBuilder html, IReadOnlyDictionary<string, string[]> errors, string field)
    {
        if (errors.TryGetValue(field, out var messages)) html.Append($"<p class=\"error\" id=\"{field}-error\">{Encode(messages[0])}</p>\n");
    }

    private static string Invalid(IReadOnlyDictionary<string, string[]> errors, string field) => errors.ContainsKey(field) ? " aria-invalid=\"true\"" : "";
}
