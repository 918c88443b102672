using Ladder.Content;
using Ladder.Occupations;
using Ladder.Outlook;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>
    /// Reads the Employment Projections workbook, the CIP crosswalk and the curated credentials, writes them, and
    /// measures how many occupations each one covers. Any of the three may be left out.
    /// </summary>
    private static OutlookCoverage LoadOutlook(SqliteConnection db, SqliteTransaction tx, ImportOptions options,
        Dictionary<string, string> occupations, IReadOnlyList<CuratedRole> curated, IProgress<ImportProgress>? progress)
    {
        var curatedSlugs = curated.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var projections = options.ProjectionsPath is { } ep ? ProjectionsReader.Read(ep, progress) : null;
        var crosswalk = options.CrosswalkPath is { } cip ? CipCrosswalkReader.Read(cip, progress) : null;
        var projected = new OutlookData(projections?.Release, projections?.Rows ?? [], [], []);
        IReadOnlyList<CredentialEntry> credentials = [];
        if (options.CredentialsPath is { } folder)
        {
            if (!Directory.Exists(folder))
                throw new DataFileException(folder, 0, 0, "no such credentials folder; expected a folder of curated credential .yaml files.");
            credentials = CredentialLoader.LoadFolder(folder, new CredentialContext(
                occupations.Keys.ToHashSet(StringComparer.Ordinal), curatedSlugs,
                code => projected.ProjectionFor(OccupationCode.Parse(code))?.Projection.HandbookUrl));
        }
        OutlookTables.Write(db, tx, projections, crosswalk, credentials);

        var data = new OutlookData(projections?.Release, projections?.Rows ?? [], crosswalk?.Rows ?? [],
            OutlookStore.Flatten(credentials).Select(x => (x.Key, x.Credential)));
        var codes = occupations.Keys.Select(OccupationCode.Parse).ToList();
        return new OutlookCoverage
        {
            ProjectionsRelease = projections?.Release,
            ProjectionRows = projections?.Rows.Count(r => !r.IsSummary) ?? 0,
            ProgrammeLinks = crosswalk?.Rows.Count ?? 0,
            CredentialEntries = credentials.Count,
            WithOutlook = codes.Count(c => data.ProjectionFor(c)?.Projection.ChangePercent is not null),
            WithEntry = codes.Count(c => data.ProjectionFor(c)?.Projection.EntryEducation is not null),
            WithProgrammes = codes.Count(c => data.ProgrammesFor(c).Count > 0),
            WithCredentials = codes.Count(data.HasCredentials),
            CuratedRolesWithCredentials = curated.Count(r => data.CredentialsForRole(r.Slug) is not null || data.HasCredentials(OccupationCode.Parse(r.SocCodes[0]))),
        };
    }
}

/// <summary>How many O*NET occupations each outlook source covers, printed by <c>ladder import</c>.</summary>
public sealed record OutlookCoverage
{
    public string? ProjectionsRelease { get; init; }
    public int ProjectionRows { get; init; }
    public int ProgrammeLinks { get; init; }
    public int CredentialEntries { get; init; }
    public int WithOutlook { get; init; }
    public int WithEntry { get; init; }
    public int WithProgrammes { get; init; }
    public int WithCredentials { get; init; }
    /// <summary>Curated roles with credentials of their own or through their primary occupation.</summary>
    public int CuratedRolesWithCredentials { get; init; }
}
