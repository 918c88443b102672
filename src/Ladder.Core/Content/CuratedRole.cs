namespace Ladder.Content;

/// <summary>A curated market role read from <c>content/roles/*.yaml</c>. See content/README.md for the schema.</summary>
public sealed record CuratedRole
{
    public required string File { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required string Domain { get; init; }
    public required string Summary { get; init; }
    /// <summary>When a person last checked the file against its sources, as "yyyy-MM" (the page shows "November 2026").</summary>
    public string Reviewed { get; init; } = "";
    /// <summary>O*NET-SOC codes; the first is primary and supplies wages when no curated figure is given.</summary>
    public required IReadOnlyList<string> SocCodes { get; init; }
    /// <summary>
    /// The career family (content/families) whose stage labels the role's levels carry: the role's own ladder, so a change
    /// to the family of its primary occupation cannot relabel it.
    /// </summary>
    public string Family { get; init; } = DefaultFamily;
    /// <summary>The family of a role file that names none: most curated roles are computing roles.</summary>
    public const string DefaultFamily = "computing";
    public IReadOnlyList<string> AlternateTitles { get; init; } = [];
    public IReadOnlyList<string> Tools { get; init; } = [];
    public CuratedSkills Skills { get; init; } = new();
    public IReadOnlyList<string> Industries { get; init; } = [];
    public CuratedPay? MedianPay { get; init; }
    /// <summary>Keyed by junior, mid, senior, lead.</summary>
    public IReadOnlyDictionary<string, CuratedLevel> Levels { get; init; } = new Dictionary<string, CuratedLevel>();
    public IReadOnlyList<CuratedStep> Roadmap { get; init; } = [];
    public IReadOnlyList<CuratedPoint> Pros { get; init; } = [];
    public IReadOnlyList<CuratedPoint> Cons { get; init; } = [];
    public IReadOnlyList<string> BreakInFrom { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    public IReadOnlyList<CuratedSource> Sources { get; init; } = [];
}

public sealed record CuratedSkills
{
    public IReadOnlyList<string> Core { get; init; } = [];
    public IReadOnlyList<string> Complementary { get; init; } = [];
    public IReadOnlyList<string> Advanced { get; init; } = [];
}

public sealed record CuratedPay(decimal Amount, string Source, string AsOf)
{
    /// <summary>
    /// True when the source names its publisher and a date; a generic description ("Published career-guide page ...")
    /// does not, and Ladder then shows the BLS median instead.
    /// </summary>
    public bool IsCited => !string.IsNullOrWhiteSpace(AsOf) && !string.IsNullOrWhiteSpace(Source)
        && !Source.StartsWith("Published", StringComparison.OrdinalIgnoreCase)
        && !Source.Contains("career-guide page", StringComparison.OrdinalIgnoreCase)
        && !Source.Contains("web page", StringComparison.OrdinalIgnoreCase);
}

public sealed record CuratedRange(decimal Low, decimal High, string Source, string AsOf);

public sealed record CuratedLevel(string? Years, IReadOnlyList<string> Responsibilities, CuratedRange? Pay);

public sealed record CuratedStep(string Title, string Detail);

public sealed record CuratedPoint(string Text, string Reason);

public sealed record CuratedSource(string Name, string? Url, string AsOf);
