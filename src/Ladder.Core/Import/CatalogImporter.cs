using System.Diagnostics;
using Ladder.Content;
using Ladder.Storage;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>
/// Builds the catalog database from O*NET, BLS OEWS and curated content. Every row is validated, the
/// whole database is written to a new file, and only a complete database is swapped in.
/// </summary>
public static partial class CatalogImporter
{
    public static ImportSummary Import(ImportOptions options, IProgress<ImportProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var target = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + $".importing-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            ImportSummary summary;
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
            {
                connection.Open();
                Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192;");
                Execute(connection, CatalogSchema.Sql);
                Execute(connection, Outlook.OutlookStore.Sql);
                Execute(connection, Content.CareerContentStore.Sql);
                Execute(connection, Content.OccupationContentStore.Sql);
                Execute(connection, States.StateWageStore.Sql);
                Execute(connection, Interests.InterestStore.Sql);
                Execute(connection, Licences.LicenceStore.Sql);
                using var tx = connection.BeginTransaction();
                summary = Load(connection, tx, options, progress);
                Execute(connection, CatalogSchema.IndexSql, tx);
                tx.Commit();
                WriteSnapshot(connection);
                WriteWaysIn(connection, temp);
                Execute(connection, "ANALYZE;");
            }
            FlushToDisk(temp);
            // Rename is atomic on one file system: readers see the old database or the new one, never a mix.
            File.Move(temp, target, overwrite: true);
            return summary with { Elapsed = clock.Elapsed };
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static ImportSummary Load(SqliteConnection db, SqliteTransaction tx, ImportOptions options, IProgress<ImportProgress>? progress)
    {
        using var onet = SourceFiles.Open(options.OnetPath);
        var (onetRelease, onetReleaseDate) = ReadOnetRelease(onet);
        var occupations = ReadOccupations(onet, db, tx, progress);
        var counts = new OnetCounts();
        ReadAlternateTitles(onet, db, tx, occupations, progress, counts);
        ReadReportedTitles(onet, db, tx, occupations, progress, counts);
        ReadTechnologies(onet, db, tx, occupations, progress, counts);
        ReadTools(onet, db, tx, occupations, progress, counts);
        ReadTasks(onet, db, tx, occupations, progress, counts);
        ReadRatings(onet, "Skills.txt", "skill", db, tx, occupations, progress, counts);
        ReadRatings(onet, "Knowledge.txt", "knowledge", db, tx, occupations, progress, counts);
        ReadRelated(onet, db, tx, occupations, progress);
        ReadJobZones(onet, db, tx, occupations, progress);
        ReadEducation(onet, db, tx, occupations, progress);
        ReadWorkStyles(onet, db, tx, occupations, progress);
        ReadInterests(onet, db, tx, occupations, progress);
        var interests = ReadInterestMaterial(onet, db, tx, occupations, progress);
        ReadWorkActivities(onet, db, tx, occupations, progress);

        var current = OewsReader.Read(options.OewsPath, progress);
        var wageRows = WriteWages(db, tx, current);
        string? previousRelease = null;
        if (options.PreviousOewsPath is not null)
        {
            var previous = OewsReader.Read(options.PreviousOewsPath, progress);
            if (previous.Release == current.Release)
                throw new DataFileException(options.PreviousOewsPath, 0, 0, $"this is the same release ({current.Release}) as the current wage table; expected an earlier year.");
            wageRows += WriteWages(db, tx, previous);
            previousRelease = previous.Release;
        }
        var states = LoadStates(db, tx, options, current.Release, progress);
        var socsWithWages = current.Rows.Where(r => r.Median.Marker != Occupations.WageMarker.NotAvailable || r.P10.HasAmount).Select(r => r.Soc).ToHashSet();
        var withWages = occupations.Keys.Count(code => socsWithWages.Contains(code[..7]));

        // Families are read before the roles, which may name one (content/README.md, `family`).
        var careerFamilies = LoadFamilies(db, tx, options);
        LoadOccupationContent(db, tx, options);
        var curated = 0;
        IReadOnlyList<CuratedRole> curatedRoles = [];
        if (options.ContentPath is not null)
        {
            if (!Directory.Exists(options.ContentPath))
                throw new DataFileException(options.ContentPath, 0, 0, "no such content folder; expected a folder of curated role .yaml files.");
            var roles = RoleContentLoader.LoadFolder(options.ContentPath, new ContentContext(
                occupations.Keys.ToHashSet(StringComparer.Ordinal), occupations.Values.ToHashSet(StringComparer.Ordinal), onetRelease, careerFamilies));
            curated = CuratedRoleStore.Write(db, tx, roles);
            curatedRoles = roles;
        }
        var outlook = LoadOutlook(db, tx, options, occupations, curatedRoles, progress);
        var (families, hazards) = LoadCareerContent(db, tx, options, careerFamilies);
        var realTitles = LoadRealTitles(db, tx, options);

        WriteMeta(db, tx, new Dictionary<string, string>
        {
            ["schema_version"] = CatalogSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["onet_release"] = onetRelease,
            ["onet_release_date"] = onetReleaseDate ?? "",
            ["oews_release"] = current.Release,
            ["oews_previous_release"] = previousRelease ?? "",
            ["ep_release"] = outlook.ProjectionsRelease ?? "",
            ["oews_state_release"] = states.Release ?? "",
            ["imported_at"] = DateTimeOffset.UtcNow.ToString("O"),
        });

        return new ImportSummary
        {
            OnetRelease = onetRelease,
            OewsRelease = current.Release,
            PreviousOewsRelease = previousRelease,
            Occupations = occupations.Count,
            AlternateTitles = counts.AlternateTitles,
            ReportedTitles = counts.ReportedTitles,
            Technologies = counts.Technologies,
            Tools = counts.Tools,
            Tasks = counts.Tasks,
            SkillRatings = counts.Ratings,
            WageRows = wageRows,
            OccupationsWithWages = withWages,
            StateWageRows = states.Count,
            OccupationsWithStateWages = occupations.Keys.Count(code => states.For(Occupations.OccupationCode.Parse(code)) is not null),
            CuratedRoles = curated,
            Outlook = outlook,
            Families = families,
            Hazards = hazards,
            InterestProfiles = interests.Profiles.Count,
            WorkValueProfiles = interests.WorkValueCodes.Count(),
            RealTitles = realTitles,
            Elapsed = TimeSpan.Zero,
        };
    }

    /// <summary>Reads and writes the BLS state estimates, which must be the same release as the national table.</summary>
    private static States.StateWageTable LoadStates(SqliteConnection db, SqliteTransaction tx, ImportOptions options, string nationalRelease, IProgress<ImportProgress>? progress)
    {
        if (options.StatesPath is not { } path) return States.StateWageTable.Empty;
        var table = StateWageReader.Read(path, progress);
        if (table.Release != nationalRelease)
            throw new DataFileException(path, 0, 0, $"these are the {table.Release} state estimates but the national table is {nationalRelease}; a guide compares the two, so give the same release (or leave --oews-states out).");
        StateWageTables.Write(db, tx, table);
        return table;
    }

    /// <summary>Loads the finished tables once and stores the binary image that start-up reads.</summary>
    private static void WriteSnapshot(SqliteConnection db)
    {
        var catalog = Catalog.CatalogLoader.LoadFromTables(db);
        using var tx = db.BeginTransaction();
        using (var insert = new BulkInsert(db, tx, "snapshot", "format", "data"))
            insert.Add(CatalogSchema.Version, Catalog.CatalogSnapshot.Write(catalog));
        tx.Commit();
    }

    private static void WriteMeta(SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> values)
    {
        using var insert = new BulkInsert(db, tx, "meta", "key", "value");
        foreach (var (key, value) in values) insert.Add(key, value);
    }

    private static int WriteWages(SqliteConnection db, SqliteTransaction tx, OewsTable table)
    {
        using var insert = new BulkInsert(db, tx, "wage", "soc", "release", "title", "o_group", "hourly_only",
            "employment", "employment_marker", "p10", "p10_marker", "p25", "p25_marker", "median", "median_marker",
            "p75", "p75_marker", "p90", "p90_marker", "mean", "mean_marker", "hourly_median", "hourly_median_marker",
            "hourly_p10", "hourly_p10_marker", "hourly_p25", "hourly_p25_marker", "hourly_p75", "hourly_p75_marker",
            "hourly_p90", "hourly_p90_marker", "hourly_mean", "hourly_mean_marker");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in table.Rows)
        {
            // Some SOC codes appear at two aggregation levels; the first (most detailed) row wins.
            if (!seen.Add(w.Soc)) continue;
            insert.Add(w.Soc, w.Release, w.Title, "", w.HourlyOnly ? 1 : 0,
                w.Employment.Amount, (int)w.Employment.Marker, w.P10.Amount, (int)w.P10.Marker, w.P25.Amount, (int)w.P25.Marker,
                w.Median.Amount, (int)w.Median.Marker, w.P75.Amount, (int)w.P75.Marker, w.P90.Amount, (int)w.P90.Marker,
                w.Mean.Amount, (int)w.Mean.Marker, w.HourlyMedian.Amount, (int)w.HourlyMedian.Marker,
                w.HourlyP10.Amount, (int)w.HourlyP10.Marker, w.HourlyP25.Amount, (int)w.HourlyP25.Marker, w.HourlyP75.Amount, (int)w.HourlyP75.Marker,
                w.HourlyP90.Amount, (int)w.HourlyP90.Marker, w.HourlyMean.Amount, (int)w.HourlyMean.Marker);
        }
        return insert.Count;
    }

    /// <summary>
    /// The release name and date from the first two lines of the release's Read Me ("O*NET 30.2 Database",
    /// "February 2026 Release"); else the name from a db_30_2_text folder or archive name, with no date.
    /// </summary>
    private static (string Release, string? Date) ReadOnetRelease(SourceFiles onet)
    {
        if (onet.Contains("Read Me.txt"))
        {
            using var stream = onet.Open("Read Me.txt", null, out _);
            using var reader = new StreamReader(stream);
            var first = reader.ReadLine()?.Trim();
            if (!string.IsNullOrEmpty(first) && first.StartsWith("O*NET", StringComparison.Ordinal))
            {
                var second = reader.ReadLine()?.Trim();
                var date = second is not null && second.EndsWith(" Release", StringComparison.Ordinal) ? second[..^" Release".Length].Trim() : null;
                return (first.Replace(" Database", "", StringComparison.Ordinal), string.IsNullOrEmpty(date) ? null : date);
            }
        }
        var name = Path.GetFileNameWithoutExtension(onet.Location.TrimEnd('/', '\\'));
        var m = System.Text.RegularExpressions.Regex.Match(name, @"db_(\d+)_(\d+)");
        return (m.Success ? $"O*NET {m.Groups[1].Value}.{m.Groups[2].Value}" : "O*NET (unknown release)", null);
    }

    internal static void Execute(SqliteConnection db, string sql, SqliteTransaction? tx = null)
    {
        using var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        stream.Flush(flushToDisk: true);
    }

    private sealed class OnetCounts
    {
        public int AlternateTitles, ReportedTitles, Technologies, Tools, Tasks, Ratings;
    }
}
