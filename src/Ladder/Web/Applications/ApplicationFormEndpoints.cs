using System.Globalization;
using Ladder.Applications;
using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Web.Hosting;
using Ladder.Web.Pages;
using Ladder.Web.Site;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Ladder.Web.Applications;

/// <summary>
/// The HTML form: <c>GET /apply?role=slug</c>, <c>POST /apply</c> (antiforgery-checked, then post-redirect-get) and
/// the thank-you page at <c>/apply/submitted/{reference}</c>.
/// </summary>
internal static class ApplicationFormEndpoints
{
    public static IResult Show(HttpContext context, string? role, IAntiforgery antiforgery, LadderEngine engine)
    {
        var target = engine.ResolveRole(role);
        // A role the engine cannot open stays as typed, so the validator can say what is wrong with it.
        var values = ApplyFormValues.Blank(target) with { TargetRole = target?.Slug ?? role?.Trim() };
        return Form(context, antiforgery, values, null, StatusCodes.Status200OK);
    }

    public static async Task<IResult> SubmitAsync(HttpContext context, IAntiforgery antiforgery, ApplicationValidator validator,
        IApplicationStore store, ILogger<ApplyFormValues> logger)
    {
        if (!context.Request.HasFormContentType)
            return Message(context, "Unsupported form", "Send the application from the form on this site. Nothing was stored.", StatusCodes.Status415UnsupportedMediaType);
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Message(context, "This form has expired", "For your security the form could not be accepted. Nothing was stored. Open the form again and send it from there.", StatusCodes.Status400BadRequest);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return Message(context, "Form not accepted", NotRead, ex.StatusCode);
        }
        catch (InvalidDataException)
        {
            // Raised by the form reader when a field or the field count passes its limits.
            return Message(context, "Form not accepted", NotRead, StatusCodes.Status400BadRequest);
        }

        if (!string.IsNullOrEmpty(form[ApplyPage.HoneypotField]))
        {
            // Answer as if it worked, so a bot learns nothing; the reference is never stored.
            ApplicationLog.Honeypot(logger);
            return See($"/apply/submitted/{ApplicationReference.New()}");
        }

        var values = new ApplyFormValues
        {
            Name = Single(form, "name"),
            Email = Single(form, "email"),
            CurrentRole = Single(form, "currentRole"),
            TargetRole = Single(form, "targetRole"),
            YearsOfExperience = Single(form, "yearsOfExperience"),
            Location = Single(form, "location"),
            Message = Single(form, "message"),
            Consent = Single(form, "consent") is "yes" or "on" or "true",
            IdempotencyKey = Single(form, ApplyPage.IdempotencyField) is { Length: > 0 } key && ApplicationValidator.IsValidIdempotencyKey(key)
                ? key : Guid.NewGuid().ToString("N"),
        };
        int? years = int.TryParse(values.YearsOfExperience?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var validation = validator.Validate(new ApplicationInput
        {
            Name = values.Name,
            Email = values.Email,
            CurrentRole = values.CurrentRole,
            TargetRole = values.TargetRole,
            YearsOfExperience = years,
            Location = values.Location,
            Message = values.Message,
            Consent = values.Consent,
            IdempotencyKey = values.IdempotencyKey,
        });
        if (validation is ApplicationValidation.Invalid invalid)
        {
            return Form(context, antiforgery, values, invalid.Errors, StatusCodes.Status400BadRequest);
        }
        var application = ((ApplicationValidation.Valid)validation).Application;
        switch (await store.SaveAsync(application, CancellationToken.None))
        {
            case SaveResult.Created created:
                ApplicationLog.Stored(logger, created.Reference, application.TargetRoleSlug, "form");
                return See($"/apply/submitted/{created.Reference}");
            case SaveResult.Replayed replayed:
                return See($"/apply/submitted/{replayed.Reference}");
            default:
                return Message(context, "This form was already sent", "This copy of the form was already sent with other details, so nothing new was stored. Start a new application from the form.", StatusCodes.Status409Conflict);
        }
    }

    public static IResult Submitted(HttpContext context, string reference) =>
        ApplicationReference.IsValid(reference)
            ? ApplicationLayout.Result(ApplyPage.Submitted(ApplicationLayout.Context(context), reference, Receiver(context)))
            : Message(context, "Not found", "There is no application page at this address.", StatusCodes.Status404NotFound);

    private const string NotRead = "The form was too large or could not be read. Nothing was stored.";

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, ApplyFormValues values, IReadOnlyDictionary<string, string[]>? errors, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var token = new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
        return ApplicationLayout.Result(ApplyPage.Render(ApplicationLayout.Context(context), values, token, errors, Receiver(context)), status);
    }

    private static SiteOperator Receiver(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.Operator;

    private static IResult Message(HttpContext context, string title, string text, int status) =>
        ApplicationLayout.Result(ApplyPage.Message(ApplicationLayout.Context(context), title, text), status);

    // 303 makes the browser follow with GET, so reloading the thank-you page never resubmits the form.
    private static IResult See(string location) => new SeeOther(location);

    private static string? Single(IFormCollection form, string field) => form.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : null;

    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
