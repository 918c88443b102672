namespace Ladder.Outlook;

/// <summary>
/// A licence, certification, exam, registration or apprenticeship on the way into an occupation, or the explicit
/// statement that none is required (<see cref="Kind"/> "none"), with the source that says so.
/// </summary>
public sealed record Credential
{
    public required string Name { get; init; }
    /// <summary>"licence", "certification", "exam", "registration", "apprenticeship" or "none".</summary>
    public required string Kind { get; init; }
    public required string Issuer { get; init; }
    /// <summary>"required" (by law, in all or most states), "common" (most employers ask for it), "optional" or "none".</summary>
    public required string Status { get; init; }
    public required string Time { get; init; }
    public required string Source { get; init; }
    /// <summary>When a person last checked the fact against the source (yyyy-MM-dd).</summary>
    public required string Reviewed { get; init; }
    public string? Note { get; init; }

    /// <summary>The source value that stands for "the occupation's BLS Handbook page".</summary>
    public const string HandbookSource = "ooh";

    public bool IsNone => Kind == "none";
    public bool IsRequired => Status == "required";

    public static readonly IReadOnlyList<string> Kinds = ["licence", "certification", "exam", "registration", "apprenticeship", "none"];
    public static readonly IReadOnlyList<string> Statuses = ["required", "common", "optional", "none"];
}

/// <summary>The credentials for a set of occupations (SOC or O*NET-SOC codes) and curated roles, from one YAML entry.</summary>
public sealed record CredentialEntry(IReadOnlyList<string> Codes, IReadOnlyList<string> Roles, IReadOnlyList<Credential> Credentials, string File, int Line);
