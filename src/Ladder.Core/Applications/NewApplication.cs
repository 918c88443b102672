namespace Ladder.Applications;

/// <summary>A validated submission, ready to store. Text is trimmed; the target role is the catalog's canonical slug.</summary>
public sealed record NewApplication
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string CurrentRole { get; init; }
    public required string TargetRoleSlug { get; init; }
    public required string TargetRoleTitle { get; init; }
    public required int YearsOfExperience { get; init; }
    public string? Location { get; init; }
    public required string Message { get; init; }
    public required string IdempotencyKey { get; init; }
}
