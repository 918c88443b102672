namespace Ladder.Search;

/// <summary>Where an indexed title comes from.</summary>
public enum TitleSource
{
    /// <summary>The title of a curated role.</summary>
    RoleTitle,
    /// <summary>An alternate title from a curated role file.</summary>
    RoleAlternateTitle,
    /// <summary>The O*NET occupation title.</summary>
    OccupationTitle,
    /// <summary>An O*NET alternate title.</summary>
    AlternateTitle,
    /// <summary>The short form O*NET gives for an alternate title.</summary>
    ShortTitle,
    /// <summary>A title from O*NET's sample of titles reported by workers.</summary>
    ReportedTitle,
    /// <summary>An employer's job title from an H-1B filing, with the code it was filed under (imported from data/titles into the catalog).</summary>
    EmployerTitle,
    /// <summary>A title from the Census Bureau's index of occupations (imported from data/titles into the catalog).</summary>
    CensusTitle,
}

internal static class TitleSourceText
{
    public static string Describe(this TitleSource source) => source switch
    {
        TitleSource.RoleTitle => "role title",
        TitleSource.RoleAlternateTitle => "role alternate title",
        TitleSource.OccupationTitle => "occupation title",
        TitleSource.AlternateTitle => "alternate title",
        TitleSource.ShortTitle => "short title",
        TitleSource.EmployerTitle => "employer title (H-1B filing)",
        TitleSource.CensusTitle => "Census index title",
        _ => "reported title",
    };

    /// <summary>How much a partial match on this kind of title counts: O*NET's curated titles over free-form ones.</summary>
    public static float Weight(this TitleSource source) => source switch
    {
        TitleSource.RoleTitle or TitleSource.RoleAlternateTitle or TitleSource.OccupationTitle => 1.0f,
        TitleSource.AlternateTitle => 0.97f,
        TitleSource.ReportedTitle => 0.95f,
        // Real titles carry their weight in IndexedTitle.Share (RankingWeights.RealWeight).
        TitleSource.EmployerTitle or TitleSource.CensusTitle => 1f,
        _ => 0.9f,
    };

    /// <summary>Labelled titles from outside O*NET: matched as evidence, never as an exact title.</summary>
    public static bool IsReal(this TitleSource source) => source is TitleSource.EmployerTitle or TitleSource.CensusTitle;

    /// <summary>Among exact matches, which kind wins a tie: an occupation's own title over another's alternate title.</summary>
    public static byte ExactRank(this TitleSource source) => source switch
    {
        TitleSource.RoleTitle or TitleSource.OccupationTitle => 3,
        TitleSource.RoleAlternateTitle or TitleSource.AlternateTitle => 2,
        _ => 1,
    };
}
