namespace Ladder.Catalog;

/// <summary>Release versions and import time recorded in the catalog database.</summary>
public sealed record CatalogInfo
{
    public required string OnetRelease { get; init; }
    public required string OewsRelease { get; init; }
    public string? PreviousOewsRelease { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
}

/// <summary>An O*NET job zone: how much preparation an occupation needs.</summary>
public sealed record JobZoneInfo(int Zone, string Name, string Experience, string Education, string Training);
