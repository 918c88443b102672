namespace Ladder.Applications;

/// <summary>
/// What a person typed into the form or sent to the API, before validation. Every field may be missing.
/// </summary>
public sealed record ApplicationInput
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? CurrentRole { get; init; }
    /// <summary>A role slug (<c>machine-learning-engineer</c>), an exact title, or an O*NET-SOC code (<c>15-2051.00</c>).</summary>
    public string? TargetRole { get; init; }
    public int? YearsOfExperience { get; init; }
    public string? Location { get; init; }
    public string? Message { get; init; }
    public bool? Consent { get; init; }
    /// <summary>Chosen by the client, so a retried submission is stored once.</summary>
    public string? IdempotencyKey { get; init; }
}
