namespace Ladder.Storage;

/// <summary>Where Ladder keeps its files, following the XDG base-directory conventions.</summary>
public static class LadderPaths
{
    public const string DatabaseVariable = "LADDER_DB";

    /// <summary>--db, else $LADDER_DB, else $XDG_DATA_HOME/ladder/ladder.db, else ~/.local/share/ladder/ladder.db.</summary>
    public static string CatalogDatabase(string? explicitPath, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(explicitPath);
        var fromEnv = environment(DatabaseVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);
        return Path.Combine(DataHome(environment), "ladder", "ladder.db");
    }

    public static string DataHome(Func<string, string?> environment)
    {
        var xdg = environment("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg)) return xdg;
        var home = environment("HOME");
        if (string.IsNullOrWhiteSpace(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".local", "share");
    }

    /// <summary>The data Ladder ships (gzipped O*NET and BLS files), next to the executable.</summary>
    public static string ShippedData => Path.Combine(AppContext.BaseDirectory, "data");

    public static string ShippedOnet => Path.Combine(ShippedData, "onet");
    public static string ShippedOews => Path.Combine(ShippedData, "bls", "national_M2025_dl.tsv.gz");
    public static string ShippedPreviousOews => Path.Combine(ShippedData, "bls", "national_M2024_dl.tsv.gz");
    public static string ShippedStates => Path.Combine(ShippedData, "bls", "state_M2025.csv.gz");
    public static string ShippedContent => Path.Combine(AppContext.BaseDirectory, "content", "roles");
    public static string ShippedProjections => Path.Combine(ShippedData, "bls", "ep2024", "occupation.xlsx.gz");
    public static string ShippedProjectionAggregates => Path.Combine(ShippedData, "bls", "ep2024", "aggregates.tsv");
    public static string ShippedCrosswalk => Path.Combine(ShippedData, "nces", "CIP2020_SOC2018_Crosswalk.csv.gz");
    public static string ShippedFamilies => Path.Combine(AppContext.BaseDirectory, "content", "families");
    public static string ShippedHazards => Path.Combine(AppContext.BaseDirectory, "content", "hazards");
    public static string ShippedOccupationContent => Path.Combine(AppContext.BaseDirectory, "content", "occupations");
    /// <summary>The labelled real titles (data/NOTICE): employer titles from H-1B filings and Census index titles.</summary>
    public static string ShippedEmployerTitles => Path.Combine(ShippedData, "titles", "employer-titles.tsv.gz");
    public static string ShippedCensusTitles => Path.Combine(ShippedData, "titles", "census-titles.tsv.gz");
    public static string ShippedLicences => Path.Combine(AppContext.BaseDirectory, "content", "licences");
}
