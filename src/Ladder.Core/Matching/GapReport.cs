namespace Ladder.Matching;

/// <summary>How far a person is from a target role, what to learn first, and the roles they are already closest to.</summary>
public sealed record GapReport
{
    public required RoleRef Target { get; init; }
    /// <summary>Where the person's skills came from: "list", "resume" or "role".</summary>
    public required string Source { get; init; }
    /// <summary>0–100: the importance-weighted share of the target's key skills and technologies the person has.</summary>
    public required double MatchPercent { get; init; }
    /// <summary>"x of y", LinkedIn style.</summary>
    public required string Overlap { get; init; }
    public required IReadOnlyList<GapItem> Matched { get; init; }
    public required IReadOnlyList<GapItem> Missing { get; init; }
    public required IReadOnlyList<LearningStep> LearningPlan { get; init; }
    public required IReadOnlyList<ClosestRole> ClosestRoles { get; init; }
    /// <summary>What was read from the input, with spans, so a reader can see why.</summary>
    public required IReadOnlyList<SkillHit> Recognized { get; init; }
    public required IReadOnlyList<string> Unrecognized { get; init; }
    public string? Note { get; init; }
    /// <summary>Licences and other credentials the target requires that the starting role (if any) does not hold.</summary>
    public IReadOnlyList<CredentialNeed> CredentialsNeeded { get; init; } = [];
}

/// <summary>One of the target's key skills or technologies, with its weight in the match percentage.</summary>
public sealed record GapItem(string Name, string Kind, double Weight, double? Importance, double? Level);

/// <summary>One step of the learning plan, in order.</summary>
public sealed record LearningStep(int Step, string Stage, string Name, string Kind, double? Level, string Why);

public sealed record ClosestRole(RoleRef Role, double MatchPercent);
