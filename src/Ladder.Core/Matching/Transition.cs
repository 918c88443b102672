namespace Ladder.Matching;

/// <summary>A role as it appears in a comparison, transition or gap result.</summary>
public sealed record RoleRef(string Slug, string Title, string Code, Ladder.Catalog.RoleKind Kind, string Domain);

/// <summary>A move from one role to another: its score, what carries over, what is missing and what changes.</summary>
public sealed record Transition
{
    public required RoleRef From { get; init; }
    public required RoleRef To { get; init; }
    /// <summary>0–100; see docs/matching.md.</summary>
    public required double Score { get; init; }
    public required ScoreBreakdown Breakdown { get; init; }
    /// <summary>"close move", "stretch" or "retraining": the score's band, kept for the API (readers see <see cref="Move"/>).</summary>
    public required string Verdict { get; init; }
    /// <summary>What the move gives (step up, across, down) and takes, in words with the reasons.</summary>
    public MoveVerdict Move { get; init; } = new("move", "", []);
    public required string Summary { get; init; }
    /// <summary>What stands in the way whatever the score: a licence, residency or two more job zones (<see cref="TransitionBarrier"/>).</summary>
    public IReadOnlyList<string> Barriers { get; init; } = [];
    public required IReadOnlyList<SkillLevel> SharedSkills { get; init; }
    /// <summary>Skills and knowledge B rates important that A lacks or holds at a lower level, most important first.</summary>
    public required IReadOnlyList<SkillLevel> MissingSkills { get; init; }
    public required IReadOnlyList<string> SharedTechnologies { get; init; }
    /// <summary>B's technologies A does not list, hot, in-demand and curated ones first.</summary>
    public required IReadOnlyList<string> MissingTechnologies { get; init; }
    public required PayChange Pay { get; init; }
    public int? JobZoneFrom { get; init; }
    public int? JobZoneTo { get; init; }
    /// <summary>B's job zone minus A's; positive means more preparation.</summary>
    public int? JobZoneChange { get; init; }
    public string? EducationFrom { get; init; }
    public string? EducationTo { get; init; }
    /// <summary>Licences and other credentials B requires that A does not hold: what stands in the way besides skills.</summary>
    public IReadOnlyList<CredentialNeed> CredentialsNeeded { get; init; } = [];
}

/// <summary>A skill or knowledge area with B's importance and both levels (O*NET scales: importance 1–5, level 0–7).</summary>
public sealed record SkillLevel(string Name, string Kind, double Importance, double? FromLevel, double ToLevel, double LevelGap)
{
    /// <summary>The name a reader sees: "Mathematics (skill)" and "Mathematics (knowledge)" where O*NET uses one name for both.</summary>
    public string Label { get; init; } = Name;
}

/// <summary>Pay of B minus pay of A, at the median and per career level (midpoint of each level's range).</summary>
public sealed record PayChange(decimal? FromMedian, decimal? ToMedian, decimal? MedianChange, IReadOnlyList<LevelPayChange> Levels);

public sealed record LevelPayChange(Ladder.Content.CareerLevel Level, decimal? FromMidpoint, decimal? ToMidpoint, decimal? Change);
