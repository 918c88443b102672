using Ladder.Catalog;
using Ladder.Engine;

namespace Ladder.Applications;

/// <summary>Checks a submission field by field and, when it is valid, turns it into a <see cref="NewApplication"/>.</summary>
public sealed class ApplicationValidator(LadderEngine engine)
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxRoleLength = 200;
    public const int MaxLocationLength = 200;
    public const int MaxMessageLength = 4000;
    public const int MaxYearsOfExperience = 70;
    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>Errors keyed by the API's field names (camelCase), in form order.</summary>
    public ApplicationValidation Validate(ApplicationInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        var name = Text(input.Name, "name", "your name", MaxNameLength, required: true, Fail);
        var email = Text(input.Email, "email", "your email address", MaxEmailLength, required: true, Fail);
        if (email is not null && !LooksLikeEmail(email)) Fail("email", "Enter an email address like name@example.com.");
        var currentRole = Text(input.CurrentRole, "currentRole", "your current role", MaxRoleLength, required: true, Fail);

        var targetText = Text(input.TargetRole, "targetRole", "the role you are applying for", MaxRoleLength, required: true, Fail);
        Role? target = null;
        if (targetText is not null)
        {
            // A stored application must name the role the person chose, so only the exact steps of the engine's rule
            // apply here (code, slug, exact title): a title-search guess is never written down as their choice.
            switch (engine.Resolver.Resolve(targetText))
            {
                case Resolution.Found found:
                    target = found.Role;
                    break;
                case Resolution.Ambiguous ambiguous:
                    Fail("targetRole", $"“{Shorten(targetText)}” could be several roles. Enter one of: {string.Join("; ", ambiguous.Candidates.Take(5).Select(r => r.Title))}.");
                    break;
                default:
                    Fail("targetRole", "Choose a role from the guides: a title such as Machine Learning Engineer, a slug such as machine-learning-engineer, or a code such as 15-2051.00.");
                    break;
            }
        }

        if (input.YearsOfExperience is not { } years) Fail("yearsOfExperience", "Enter your years of experience as a whole number.");
        else if (years < 0 || years > MaxYearsOfExperience) Fail("yearsOfExperience", $"Years of experience must be between 0 and {MaxYearsOfExperience}.");

        var location = Text(input.Location, "location", "your location", MaxLocationLength, required: false, Fail);
        var message = Text(input.Message, "message", "a message", MaxMessageLength, required: false, Fail, multiline: true);

        if (input.Consent != true) Fail("consent", "Tick the box to agree that Ladder may store and share your application.");

        var key = input.IdempotencyKey;
        if (key is not null && !IsValidIdempotencyKey(key))
        {
            Fail("idempotencyKey", $"An idempotency key is 1 to {MaxIdempotencyKeyLength} letters, digits, '-', '_', '.' or ':'.");
        }

        if (errors.Count > 0) return new ApplicationValidation.Invalid(errors);
        return new ApplicationValidation.Valid(new NewApplication
        {
            Name = name!,
            Email = email!,
            CurrentRole = currentRole!,
            TargetRoleSlug = target!.Slug,
            TargetRoleTitle = target.Title,
            YearsOfExperience = input.YearsOfExperience!.Value,
            Location = location,
            Message = message ?? "",
            IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
        });
    }

    public static bool IsValidIdempotencyKey(string key) =>
        key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    private static string? Text(string? value, string field, string what, int maxLength, bool required, Action<string, string> fail, bool multiline = false)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required) fail(field, $"Enter {what}.");
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            fail(field, $"Keep {what} to {maxLength:N0} characters or fewer (this is {trimmed.Length:N0}).");
            return null;
        }
        if (!IsCleanText(trimmed, multiline))
        {
            fail(field, multiline ? "Remove control characters from the text." : "Use a single line of plain text.");
            return null;
        }
        return trimmed;
    }

    // PostgreSQL refuses NUL in text and a lone surrogate cannot be encoded as UTF-8, so both are refused here
    // with a 400 rather than failing in the database with a 500.
    private static bool IsCleanText(string text, bool multiline)
    {
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c)) return false;
            if (c is '\n' or '\r' or '\t') { if (!multiline) return false; continue; }
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF') return false;
        }
        return true;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static bool LooksLikeEmail(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1) return false;
        var domain = email.AsSpan(at + 1);
        if (domain.IndexOf('.') <= 0 || domain.EndsWith(".")) return false;
        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or ';') return false;
        }
        return email.IndexOf('@') == at;
    }
}

/// <summary>Either a submission ready to store or the errors, per field, that stop it.</summary>
public abstract record ApplicationValidation
{
    private ApplicationValidation() { }

    public sealed record Valid(NewApplication Application) : ApplicationValidation;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ApplicationValidation;
}
