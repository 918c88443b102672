using Ladder.Content;
using Ladder.Licences;
using Ladder.Occupations;
using Ladder.Outlook;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>
    /// Reads the Employment Projections workbook (with the table of its aggregates), the CIP crosswalk and the licence decisions, writes them, and
    /// measures how many occupations each one covers. Any of the three may be left out.
    /// </summary>
    private static OutlookCoverage LoadOutlook(SqliteConnection db, SqliteTransaction tx, ImportOptions options,
        Dictionary<string, string> occupations, IReadOnlyList<CuratedRole> curated, IProgress<ImportProgress>? progress)
    {
        var projections = options.ProjectionsPath is { } ep ? ProjectionsReader.Read(ep, progress) : null;
        var crosswalk = options.CrosswalkPath is { } cip ? CipCrosswalkReader.Read(cip, progress) : null;
        var aggregates = projections is null ? new Dictionary<string, string>()
            : ProjectionAggregatesReader.Read(options.ProjectionAggregatesPath, projections.Rows.ToDictionary(r => r.Code, StringComparer.Ordinal));
        var licences = LicenceBook.Empty;
        if (options.LicencesPath is { } folder)
        {
            if (!Directory.Exists(folder))
                throw new DataFileException(folder, 0, 0, "no such licences folder; expected a folder of licence decision .yaml files.");
            licences = LicenceLoader.LoadFolder(folder, new LicenceContext(occupations,
                curated.Count == 0 ? null : curated.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal), DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        OutlookTables.Write(db, tx, projections, crosswalk, aggregates);
        LicenceTables.Write(db, tx, licences);

        var data = new OutlookData(projections?.Release, projections?.Rows ?? [], crosswalk?.Rows ?? [], licences, aggregates);
        var codes = occupations.Keys.Select(OccupationCode.Parse).ToList();
        var decisions = codes.Select(data.Licences.For).OfType<LicenceDecision>().ToList();
        return new OutlookCoverage
        {
            ProjectionsRelease = projections?.Release,
            ProjectionRows = projections?.Rows.Count(r => !r.IsSummary) ?? 0,
            ProgrammeLinks = crosswalk?.Rows.Count ?? 0,
            WithOutlook = codes.Count(c => data.ProjectionFor(c)?.Projection.ChangePercent is not null),
            WithEntry = codes.Count(c => data.ProjectionFor(c)?.Projection.EntryEducation is not null),
            WithProgrammes = codes.Count(c => data.ProgrammesFor(c).Count > 0),
            Licences = options.LicencesPath is null ? null : new LicenceCoverage(
                decisions.Count,
                LicenceKinds.All.ToDictionary(k => k.Name, k => decisions.Count(d => d.Kind == k.Kind)),
                decisions.Count(d => d.IsChecked),
                curated.Count(r => data.Licences.ForRole(r.Slug) is not null)),
        };
    }
}

/// <summary>How many O*NET occupations each outlook source covers, printed by <c>ladder import</c>.</summary>
public sealed record OutlookCoverage
{
    public string? ProjectionsRelease { get; init; }
    public int ProjectionRows { get; init; }
    public int ProgrammeLinks { get; init; }
    public int WithOutlook { get; init; }
    public int WithEntry { get; init; }
    public int WithProgrammes { get; init; }
    /// <summary>Null when no licences folder was imported.</summary>
    public LicenceCoverage? Licences { get; init; }
}

/// <summary>Occupations decided, by kind (YAML names), how many were checked against their source, and curated roles decided.</summary>
public sealed record LicenceCoverage(int Occupations, IReadOnlyDictionary<string, int> ByKind, int Checked, int CuratedRoles);
