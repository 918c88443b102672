using Ladder.Storage;

namespace Ladder.Import;

/// <summary>Where an import reads from and writes to.</summary>
public sealed record ImportOptions
{
    /// <summary>The catalog database to replace.</summary>
    public required string DatabasePath { get; init; }
    /// <summary>An O*NET text release folder, its .zip, or the shipped folder of gzipped copies.</summary>
    public required string OnetPath { get; init; }
    /// <summary>The current OEWS national table (xlsx, zip or tsv).</summary>
    public required string OewsPath { get; init; }
    /// <summary>The previous year's OEWS table, used for year-over-year change; optional.</summary>
    public string? PreviousOewsPath { get; init; }
    /// <summary>BLS OEWS state estimates, <c>state_MYYYY.csv</c> (or .csv.gz), the same release as <see cref="OewsPath"/>; optional.</summary>
    public string? StatesPath { get; init; }
    /// <summary>The folder of curated role YAML files; optional.</summary>
    public string? ContentPath { get; init; }
    /// <summary>The BLS Employment Projections occupation.xlsx (or .xlsx.gz); optional.</summary>
    public string? ProjectionsPath { get; init; }
    /// <summary>
    /// The table of SOC codes Employment Projections publishes only inside an aggregate (data/bls/ep2024/aggregates.tsv),
    /// read with <see cref="ProjectionsPath"/> and checked against it.
    /// </summary>
    public string ProjectionAggregatesPath { get; init; } = LadderPaths.ShippedProjectionAggregates;
    /// <summary>The NCES CIP 2020 → SOC 2018 crosswalk (.csv, .csv.gz or .xlsx); optional.</summary>
    public string? CrosswalkPath { get; init; }
    /// <summary>The folder of career family YAML files (content/families); optional.</summary>
    public string? FamiliesPath { get; init; }
    /// <summary>The folder of each occupation's domain and pay basis (content/occupations); optional (then every domain is "Other" and no guide shows hourly figures beside annual ones).</summary>
    public string? OccupationContentPath { get; init; }
    /// <summary>The folder of hazard YAML files (content/hazards); optional.</summary>
    public string? HazardsPath { get; init; }
    /// <summary>The folder of licence decisions (content/licences); optional, but when given it must decide every occupation and curated role.</summary>
    public string? LicencesPath { get; init; }
    /// <summary>Labelled employer job titles (<c>title&lt;TAB&gt;soc|soc…</c>, .tsv or .tsv.gz) the title index learns from; optional.</summary>
    public string? EmployerTitlesPath { get; init; }
    /// <summary>Labelled Census index titles, the same format; optional.</summary>
    public string? CensusTitlesPath { get; init; }

    /// <summary>Import options that read everything shipped into <paramref name="databasePath"/>.</summary>
    public static ImportOptions Shipped(string databasePath) => new()
    {
        DatabasePath = databasePath,
        OnetPath = LadderPaths.ShippedOnet,
        OewsPath = LadderPaths.ShippedOews,
        PreviousOewsPath = LadderPaths.ShippedPreviousOews,
        StatesPath = LadderPaths.ShippedStates,
        ContentPath = Directory.Exists(LadderPaths.ShippedContent) ? LadderPaths.ShippedContent : null,
        ProjectionsPath = LadderPaths.ShippedProjections,
        CrosswalkPath = LadderPaths.ShippedCrosswalk,
        FamiliesPath = Directory.Exists(LadderPaths.ShippedFamilies) ? LadderPaths.ShippedFamilies : null,
        HazardsPath = Directory.Exists(LadderPaths.ShippedHazards) ? LadderPaths.ShippedHazards : null,
        OccupationContentPath = Directory.Exists(LadderPaths.ShippedOccupationContent) ? LadderPaths.ShippedOccupationContent : null,
        LicencesPath = Directory.Exists(LadderPaths.ShippedLicences) ? LadderPaths.ShippedLicences : null,
        EmployerTitlesPath = File.Exists(LadderPaths.ShippedEmployerTitles) ? LadderPaths.ShippedEmployerTitles : null,
        CensusTitlesPath = File.Exists(LadderPaths.ShippedCensusTitles) ? LadderPaths.ShippedCensusTitles : null,
    };
}

/// <summary>What an import wrote.</summary>
public sealed record ImportSummary
{
    public required string OnetRelease { get; init; }
    public required string OewsRelease { get; init; }
    public string? PreviousOewsRelease { get; init; }
    public required int Occupations { get; init; }
    public required int AlternateTitles { get; init; }
    public required int ReportedTitles { get; init; }
    public required int Technologies { get; init; }
    public required int Tools { get; init; }
    public required int Tasks { get; init; }
    public required int SkillRatings { get; init; }
    public required int WageRows { get; init; }
    public required int OccupationsWithWages { get; init; }
    /// <summary>(state, occupation) rows of BLS state estimates, and how many occupations have any.</summary>
    public int StateWageRows { get; init; }
    public int OccupationsWithStateWages { get; init; }
    public required int CuratedRoles { get; init; }
    /// <summary>Coverage of projections, programmes and credentials.</summary>
    public OutlookCoverage Outlook { get; init; } = new();
    /// <summary>Career families imported (each occupation in exactly one).</summary>
    public int Families { get; init; }
    /// <summary>Occupations with a hazard entry.</summary>
    public int Hazards { get; init; }
    /// <summary>Occupations with an O*NET interest profile, and with O*NET work values (what <c>/discover</c> can rank and filter).</summary>
    public int InterestProfiles { get; init; }
    public int WorkValueProfiles { get; init; }
    /// <summary>Labelled real titles stored for the title index (employer and Census).</summary>
    public int RealTitles { get; init; }
    public required TimeSpan Elapsed { get; init; }
}
