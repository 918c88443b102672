using System.Globalization;
using Ladder.Applications;
using Ladder.Catalog;
using Microsoft.AspNetCore.Antiforgery;

namespace Ladder.Cli.Applications;

/// <summary>
/// The HTML form: <c>GET /apply?role=slug</c>, <c>POST /apply</c> (antiforgery-checked, then post-redirect-get) and
/// the thank-you page at <c>/apply/submitted/{reference}</c>.
/// </summary>
internal static class ApplicationFormEndpoints
{
    public static IResult Show(HttpContext context, string? role, IAntiforgery antiforgery, LadderCatalog catalog)
    {
        var values = new ApplicationFormValues { TargetRole = role, IdempotencyKey = Guid.NewGuid().ToString("N") };
        var target = role is { Length: > 0 } ? catalog.FindRole(role.Trim().ToLowerInvariant()) ?? catalog.RoleForCode(role.Trim()) : null;
        if (target is not null) values = values with { TargetRole = target.Slug };
        return ApplicationLayout.Result("Apply", ApplicationFormPage.Form(values, antiforgery.GetAndStoreTokens(context), catalog));
    }

    public static async Task<IResult> SubmitAsync(HttpContext context, IAntiforgery antiforgery, LadderCatalog catalog, ApplicationValidator validator,
        IApplicationStore store, ILogger<ApplicationFormValues> logger)
    {
        if (!context.Request.HasFormContentType)
        {
            return ApplicationLayout.Result("Unsupported form", "<h1>Unsupported form</h1><p>Send the application from the form at <a href=\"/apply\">/apply</a>.</p>",
                StatusCodes.Status415UnsupportedMediaType);
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return ApplicationLayout.Result("Form expired", ApplicationFormPage.Expired(), StatusCodes.Status400BadRequest);
            }
        }
        catch (BadHttpRequestException ex)
        {
            return ApplicationLayout.Result("Form not accepted", "<h1>Form not accepted</h1><p>The form was too large or could not be read. Nothing was stored.</p>", ex.StatusCode);
        }
        catch (InvalidDataException)
        {
            // Raised by the form reader when a field or the field count passes its limits.
            return ApplicationLayout.Result("Form not accepted", "<h1>Form not accepted</h1><p>The form was too large or could not be read. Nothing was stored.</p>", StatusCodes.Status400BadRequest);
        }

        if (!string.IsNullOrEmpty(form[ApplicationFormPage.HoneypotField]))
        {
            // Answer as if it worked, so a bot learns nothing; the reference is never stored.
            ApplicationLog.Honeypot(logger);
            return See($"/apply/submitted/{ApplicationReference.New()}");
        }

        var values = new ApplicationFormValues
        {
            Name = Single(form, "name"),
            Email = Single(form, "email"),
            CurrentRole = Single(form, "currentRole"),
            TargetRole = Single(form, "targetRole"),
            YearsOfExperience = Single(form, "yearsOfExperience"),
            Location = Single(form, "location"),
            Message = Single(form, "message"),
            Consent = Single(form, "consent") is "yes" or "on" or "true",
            IdempotencyKey = Single(form, ApplicationFormPage.IdempotencyField) is { Length: > 0 } key && ApplicationValidator.IsValidIdempotencyKey(key)
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
            return ApplicationLayout.Result("Check your application", ApplicationFormPage.Form(values, antiforgery.GetAndStoreTokens(context), catalog, invalid.Errors),
                StatusCodes.Status400BadRequest);
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
                return ApplicationLayout.Result("Already sent", ApplicationFormPage.KeyReused(), StatusCodes.Status409Conflict);
        }
    }

    public static IResult Submitted(string reference) =>
        ApplicationReference.IsValid(reference)
            ? ApplicationLayout.Result("Application received", ApplicationFormPage.Submitted(reference))
            : ApplicationLayout.Result("Not found", "<h1>Not found</h1><p>There is no such page.</p>", StatusCodes.Status404NotFound);

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
