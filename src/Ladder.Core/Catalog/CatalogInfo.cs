namespace Ladder.Catalog;

/// <summary>
/// Which releases the catalog was imported from, as <c>ladder import</c> read them from the source files.
/// Every citation, "as of" date and attribution a surface shows is derived from here, so importing another
/// release changes them all at once.
/// </summary>
public sealed record CatalogInfo
{
    /// <summary>"O*NET 30.2", from the first line of the release's Read Me.</summary>
    public required string OnetRelease { get; init; }
    /// <summary>"February 2026", from the second line of the release's Read Me; null when the release did not say.</summary>
    public string? OnetReleaseDate { get; init; }
    /// <summary>"May 2025", from the OEWS table's file name.</summary>
    public required string OewsRelease { get; init; }
    public string? PreviousOewsRelease { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>"O*NET 30.2 Database, USDOL/ETA (CC BY 4.0)".</summary>
    public string OnetSource => $"{OnetRelease} Database, USDOL/ETA (CC BY 4.0)";

    /// <summary>The O*NET release date, or a plain statement that the release did not record one.</summary>
    public string OnetAsOf => OnetReleaseDate ?? "release date not stated";

    /// <summary>"O*NET 30.2 (February 2026), BLS OEWS May 2025".</summary>
    public string DataAsOf => $"{OnetRelease} ({OnetAsOf}), BLS OEWS {OewsRelease}";

    /// <summary>"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025".</summary>
    public string OewsSource => $"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, {OewsRelease}";

    /// <summary>The attribution the O*NET CC BY 4.0 licence requires.</summary>
    public string OnetAttribution =>
        $"This product incorporates information from the {OnetRelease} Database by the U.S. Department of Labor, " +
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. " +
        "Ladder has modified some of the information; USDOL/ETA has not approved, endorsed or tested these modifications.";

    /// <summary>The BLS citation (public domain, cited as a courtesy and for provenance).</summary>
    public string BlsCitation => $"Wages: {OewsSource} (public domain).";

    /// <summary>The attribution in ASCII, so it fits in a response header.</summary>
    public string AttributionHeader =>
        $"{OnetRelease} Database, USDOL/ETA, CC BY 4.0 (modified by Ladder); BLS OEWS {OewsRelease}, public domain";
}

/// <summary>An O*NET job zone: how much preparation an occupation needs.</summary>
public sealed record JobZoneInfo(int Zone, string Name, string Experience, string Education, string Training);
