namespace Ladder.Applications;

/// <summary>A submission as stored, with its reference number and the time it was acknowledged.</summary>
public sealed record StoredApplication
{
    public required long Id { get; init; }
    public required string Reference { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string CurrentRole { get; init; }
    public required string TargetRoleSlug { get; init; }
    public required string TargetRoleTitle { get; init; }
    public required int YearsOfExperience { get; init; }
    public string? Location { get; init; }
    public required string Message { get; init; }
}
