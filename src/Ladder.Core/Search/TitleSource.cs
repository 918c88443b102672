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
        _ => "reported title",
    };

    /// <summary>How much a partial match on this kind of title counts: O*NET's curated titles over free-form ones.</summary>
    public static float Weight(this TitleSource source) => source switch
    {
        TitleSource.RoleTitle or TitleSource.RoleAlternateTitle or TitleSource.OccupationTitle => 1.0f,
        TitleSource.AlternateTitle => 0.97f,
        TitleSource.ReportedTitle => 0.95f,
        _ => 0.9f,
    };
}
