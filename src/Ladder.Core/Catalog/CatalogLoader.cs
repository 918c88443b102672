using System.Globalization;
using Ladder.Occupations;
using Ladder.Storage;
using Microsoft.Data.Sqlite;

namespace Ladder.Catalog;

/// <summary>Reads the whole catalog database in a handful of sequential scans.</summary>
internal static class CatalogLoader
{
    public static LadderCatalog Load(string path)
    {
        if (!File.Exists(path))
            throw new CatalogException($"No catalog database at '{path}'. Run `ladder import` to build it.");
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            db.Open();
            var meta = ReadMeta(db);
            if (!meta.TryGetValue("schema_version", out var version) || version != CatalogSchema.Version.ToString(CultureInfo.InvariantCulture))
                throw new CatalogException($"The catalog database '{path}' was written by another version of Ladder (schema {(version ?? "unknown")}, this build reads schema {CatalogSchema.Version}). Run `ladder import` to rebuild it.");
            // The snapshot written at import is the fast path; the tables are the source of truth.
            var blob = ReadSnapshot(db);
            var content = Content.OccupationContentStore.Read(db);
            var catalog = blob is not null ? CatalogSnapshot.Read(blob, content) : Build(db, meta, content);
            catalog.Outlook = Outlook.OutlookStore.Read(db, meta.GetValueOrDefault("ep_release"), Licences.LicenceStore.Read(db));
            (catalog.Families, catalog.Hazards) = Content.CareerContentStore.Read(db);
            catalog.SetStates(States.StateWageStore.ReadLazy(db, meta.GetValueOrDefault("oews_state_release")));
            catalog.Interests = Interests.InterestStore.Read(db);
            catalog.RealTitles = ReadRealTitles(db);
            catalog.WaysIn = ReadWaysIn(db, meta, catalog);
            return catalog;
        }
        catch (SqliteException ex)
        {
            throw new CatalogException($"Cannot read the catalog database '{path}': {ex.Message}. Run `ladder import` to rebuild it.", ex);
        }
    }

    private static byte[]? ReadSnapshot(SqliteConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT data FROM snapshot WHERE format = $format";
        command.Parameters.AddWithValue("$format", CatalogSchema.Version);
        return command.ExecuteScalar() as byte[];
    }

    /// <summary>Loads the catalog from the normalized tables, ignoring any snapshot.</summary>
    internal static LadderCatalog LoadFromTables(SqliteConnection db) => Build(db, ReadMeta(db), Content.OccupationContentStore.Read(db));

    private static List<RealTitle> ReadRealTitles(SqliteConnection db) =>
        SqliteRows.Query(db, "SELECT source, title, socs FROM real_title ORDER BY source, ord", r => new RealTitle(r.GetString(1), r.GetString(2).Split('|'), (RealTitleSource)r.GetInt32(0)));

    /// <summary>
    /// The ways in the import ranked; null when it ranked none (the engine then ranks them itself).
    /// </summary>
    private static StoredWaysIn? ReadWaysIn(SqliteConnection db, Dictionary<string, string> meta, LadderCatalog catalog) =>
        meta.GetValueOrDefault("ways_in_model") is { } model
            ? new StoredWaysIn(model, SqliteRows.Query(db, "SELECT code, slug, relation FROM way_in ORDER BY code, ord", r =>
            {
                var role = catalog.FindRole(r.GetString(1)) ?? throw new CatalogException($"way_in names '{r.GetString(1)}', which is no role of the catalog. Run `ladder import` to rebuild it.");
                return (r.GetString(0), new WayIn(role, r.GetString(2)));
            }))
            : null;

    private static Dictionary<string, string> ReadMeta(SqliteConnection db)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Query(db, "SELECT key, value FROM meta")) result[r.GetString(0)] = r.GetString(1);
        return result;
    }

    private static LadderCatalog Build(SqliteConnection db, Dictionary<string, string> meta, Content.OccupationContent content)
    {
        var tasks = Group(db, "SELECT code, task_id, text, is_core FROM task ORDER BY code, is_core DESC, rowid",
            r => new TaskStatement(r.GetInt32(1), r.GetString(2), r.GetInt32(3) == 1));
        var technologies = Group(db, "SELECT code, name, category, hot, in_demand FROM technology ORDER BY code, hot DESC, in_demand DESC, rowid",
            r => new Technology(r.GetString(1), r.GetString(2), r.GetInt32(3) == 1, r.GetInt32(4) == 1));
        var tools = Group(db, "SELECT code, name FROM tool ORDER BY code, rowid", r => r.GetString(1));
        var skills = Group(db, "SELECT code, element_id, name, importance, level, level_se, importance_low FROM rating WHERE kind = 'skill' ORDER BY code, importance * level DESC",
            r => new SkillRating(r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(6)) { LevelError = r.IsDBNull(5) ? null : r.GetDouble(5) });
        var knowledge = Group(db, "SELECT code, element_id, name, importance, level, level_se, importance_low FROM rating WHERE kind = 'knowledge' ORDER BY code, importance * level DESC",
            r => new SkillRating(r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(6)) { LevelError = r.IsDBNull(5) ? null : r.GetDouble(5) });
        var alternates = Group(db, "SELECT code, title, short_title FROM alternate_title ORDER BY code, rowid",
            r => new AlternateTitle(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        var reported = Group(db, "SELECT code, title FROM reported_title ORDER BY code, shown_in_my_next_move DESC, rowid", r => r.GetString(1));
        var related = Group(db, "SELECT code, related_code, tier, idx FROM related ORDER BY code, idx",
            r => new RelatedOccupation(OccupationCode.Parse(r.GetString(1)), r.GetString(2), r.GetInt32(3)));
        var education = Group(db, "SELECT e.code, e.category, c.description, e.percent FROM education e JOIN education_category c ON c.category = e.category ORDER BY e.code, e.category",
            r => new EducationShare(r.GetInt32(1), r.GetString(2), r.GetDouble(3)));
        var styles = Group(db, "SELECT code, name, value FROM work_style ORDER BY code, value DESC", r => new Rating(r.GetString(1), r.GetDouble(2)));
        var interests = Group(db, "SELECT code, name, value FROM interest ORDER BY code, value DESC", r => new Rating(r.GetString(1), r.GetDouble(2)));
        var activities = Group(db, "SELECT td.code, d.title, COUNT(*) AS n FROM task_dwa td JOIN dwa d ON d.dwa_id = td.dwa_id GROUP BY td.code, d.dwa_id ORDER BY td.code, n DESC, d.title",
            r => r.GetString(1));

        var current = meta["oews_release"];
        meta.TryGetValue("oews_previous_release", out var previous);
        var wages = new Dictionary<(string Soc, string Release), Wages>();
        foreach (var r in Query(db, "SELECT soc, release, title, hourly_only, employment, employment_marker, p10, p10_marker, p25, p25_marker, median, median_marker, p75, p75_marker, p90, p90_marker, mean, mean_marker, hourly_median, hourly_median_marker, hourly_p10, hourly_p10_marker, hourly_p25, hourly_p25_marker, hourly_p75, hourly_p75_marker, hourly_p90, hourly_p90_marker, hourly_mean, hourly_mean_marker FROM wage"))
        {
            WageValue V(int i) => new(r.IsDBNull(i) ? null : (decimal)r.GetDouble(i), (WageMarker)r.GetInt32(i + 1));
            var w = new Wages
            {
                Soc = r.GetString(0), Release = r.GetString(1), Title = r.GetString(2), HourlyOnly = r.GetInt32(3) == 1,
                Employment = V(4), P10 = V(6), P25 = V(8), Median = V(10), P75 = V(12), P90 = V(14), Mean = V(16), HourlyMedian = V(18),
                HourlyP10 = V(20), HourlyP25 = V(22), HourlyP75 = V(24), HourlyP90 = V(26), HourlyMean = V(28),
            };
            wages[(w.Soc, w.Release)] = w;
        }

        var occupations = new List<Occupation>(1100);
        foreach (var r in Query(db, "SELECT code, title, slug, description, job_zone FROM occupation ORDER BY code"))
        {
            var code = OccupationCode.Parse(r.GetString(0));
            var soc = code.Soc;
            var wageSoc = soc;
            var broad = false;
            // BLS folds some detailed codes into a broad group (29-2011 into 29-2010); that row is the only real figure.
            if (!wages.ContainsKey((soc, current)) && soc[6] != '0' && wages.ContainsKey((soc[..6] + "0", current)))
            {
                wageSoc = soc[..6] + "0";
                broad = true;
            }
            wages.TryGetValue((wageSoc, current), out var now);
            Wages? before = null;
            if (!string.IsNullOrEmpty(previous)) wages.TryGetValue((wageSoc, previous), out before);
            occupations.Add(new Occupation
            {
                Code = code,
                Title = r.GetString(1),
                Slug = r.GetString(2),
                Description = r.GetString(3),
                JobZone = r.IsDBNull(4) ? null : r.GetInt32(4),
                Tasks = tasks.GetValueOrDefault(code.Value) ?? [],
                Technologies = technologies.GetValueOrDefault(code.Value) ?? [],
                Tools = tools.GetValueOrDefault(code.Value) ?? [],
                Skills = skills.GetValueOrDefault(code.Value) ?? [],
                Knowledge = knowledge.GetValueOrDefault(code.Value) ?? [],
                AlternateTitles = alternates.GetValueOrDefault(code.Value) ?? [],
                ReportedTitles = reported.GetValueOrDefault(code.Value) ?? [],
                Related = related.GetValueOrDefault(code.Value) ?? [],
                Education = education.GetValueOrDefault(code.Value) ?? [],
                WorkStyles = styles.GetValueOrDefault(code.Value) ?? [],
                Interests = interests.GetValueOrDefault(code.Value) ?? [],
                WorkActivities = activities.GetValueOrDefault(code.Value) ?? [],
                Wages = now is null && before is null
                    ? OccupationWages.None
                    : new OccupationWages { Current = now, Previous = before, FromParentSoc = code.IsDetail, FromBroadGroup = broad },
            });
        }

        var zones = Query(db, "SELECT zone, name, experience, education, training FROM job_zone ORDER BY zone")
            .Select(r => new JobZoneInfo(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4))).ToList();
        wages.TryGetValue((OccupationCode.AllOccupations, current), out var all);
        var info = new CatalogInfo
        {
            OnetRelease = meta.GetValueOrDefault("onet_release", "O*NET"),
            OnetReleaseDate = meta.GetValueOrDefault("onet_release_date") is { Length: > 0 } date ? date : null,
            OewsRelease = current,
            PreviousOewsRelease = string.IsNullOrEmpty(previous) ? null : previous,
            ImportedAt = DateTimeOffset.Parse(meta.GetValueOrDefault("imported_at", "2000-01-01T00:00:00Z"), CultureInfo.InvariantCulture),
        };
        var curated = Query(db, "SELECT json FROM curated_role ORDER BY slug").Select(r => Content.CuratedRoleStore.Deserialize(r.GetString(0))).ToList();
        return new LadderCatalog(info, occupations, zones, all, curated, content);
    }

    private static Dictionary<string, List<T>> Group<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> map)
    {
        var result = new Dictionary<string, List<T>>(1100, StringComparer.Ordinal);
        List<T>? current = null;
        string? currentCode = null;
        foreach (var r in Query(db, sql))
        {
            var code = r.GetString(0);
            if (code != currentCode)
            {
                currentCode = code;
                if (!result.TryGetValue(code, out current)) result[code] = current = [];
            }
            current!.Add(map(r));
        }
        return result;
    }

    private static IEnumerable<SqliteDataReader> Query(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return reader;
    }
}
