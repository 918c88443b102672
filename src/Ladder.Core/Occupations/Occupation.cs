namespace Ladder.Occupations;

/// <summary>An O*NET-SOC occupation with everything Ladder uses from the O*NET database and BLS.</summary>
public sealed record Occupation
{
    public required OccupationCode Code { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required string Description { get; init; }
    /// <summary>O*NET job zone 1–5, or null where O*NET has not rated the occupation.</summary>
    public int? JobZone { get; init; }
    public IReadOnlyList<TaskStatement> Tasks { get; init; } = [];
    public IReadOnlyList<Technology> Technologies { get; init; } = [];
    public IReadOnlyList<string> Tools { get; init; } = [];
    public IReadOnlyList<SkillRating> Skills { get; init; } = [];
    public IReadOnlyList<SkillRating> Knowledge { get; init; } = [];
    public IReadOnlyList<AlternateTitle> AlternateTitles { get; init; } = [];
    public IReadOnlyList<string> ReportedTitles { get; init; } = [];
    public IReadOnlyList<RelatedOccupation> Related { get; init; } = [];
    public IReadOnlyList<EducationShare> Education { get; init; } = [];
    public IReadOnlyList<Rating> WorkStyles { get; init; } = [];
    public IReadOnlyList<Rating> Interests { get; init; } = [];
    public IReadOnlyList<string> WorkActivities { get; init; } = [];
    public OccupationWages Wages { get; init; } = OccupationWages.None;
}

public sealed record TaskStatement(int Id, string Text, bool IsCore);

public sealed record Technology(string Name, string Category, bool Hot, bool InDemand);

/// <summary>An O*NET skill or knowledge rating: importance 1–5 and level 0–7.</summary>
/// <param name="ElementId">O*NET's element id, e.g. 2.C.4.a.</param>
/// <param name="Name">The element's name.</param>
/// <param name="Importance">Importance, 1–5.</param>
/// <param name="Level">Level, 0–7.</param>
/// <param name="ImportanceLow">The lower bound of O*NET's 95% confidence interval for the importance (from its standard
/// error); equal to <paramref name="Importance"/> where O*NET gives none. Advice rests on it, so a noisy rating
/// ("Transportation" for fast-food cooks: 3.26 ± 1.4) is not advice.</param>
public sealed record SkillRating(string ElementId, string Name, double Importance, double Level, double ImportanceLow)
{
    /// <summary>Importance × level scaled to 0–1: the ranking key for "required skills".</summary>
    public double Weight => Importance / 5.0 * (Level / 7.0);

    // NaN for "none": a double? field would take 16 bytes in each of the catalog's 50,000 ratings.
    private readonly double _levelError = double.NaN;

    /// <summary>O*NET's standard error of <see cref="Level"/>; null where the file gives none.</summary>
    public double? LevelError { get => double.IsNaN(_levelError) ? null : _levelError; init => _levelError = value ?? double.NaN; }
}

public sealed record AlternateTitle(string Title, string? ShortTitle);

public sealed record RelatedOccupation(OccupationCode Code, string Tier, int Index);

/// <summary>Share of workers in the occupation who say a given education level is required.</summary>
public sealed record EducationShare(int Category, string Level, double Percent);

public sealed record Rating(string Name, double Value);
