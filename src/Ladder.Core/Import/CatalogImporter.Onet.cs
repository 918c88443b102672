using Ladder.Occupations;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    private static TsvReader Open(SourceFiles onet, string file, IProgress<ImportProgress>? progress, params string[] columns)
    {
        var stream = onet.Open(file, progress, out var display);
        return new TsvReader(stream, display, columns);
    }

    /// <summary>Reads a code column and checks that it names an occupation from Occupation Data.txt.</summary>
    private static string KnownCode(TsvReader tsv, int column, Dictionary<string, string> occupations)
    {
        var code = tsv.Code(column).Value;
        if (!occupations.ContainsKey(code))
            throw tsv.Error(column, $"O*NET-SOC code '{code}' is not in Occupation Data.txt.");
        return code;
    }

    /// <summary>Returns code → slug for every occupation.</summary>
    private static Dictionary<string, string> ReadOccupations(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, IProgress<ImportProgress>? progress)
    {
        using var tsv = Open(onet, "Occupation Data.txt", progress, "O*NET-SOC Code", "Title", "Description");
        using var insert = new BulkInsert(db, tx, "occupation", "code", "title", "slug", "description");
        var result = new Dictionary<string, string>(1100, StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        while (tsv.Read())
        {
            var code = tsv.Code(0).Value;
            var title = tsv.Text(1).Trim();
            if (result.ContainsKey(code)) throw tsv.Error(0, $"occupation '{code}' is listed twice.");
            var slug = Slug.From(title);
            if (!slugs.Add(slug)) slug = Slug.From(title + " " + code);
            slugs.Add(slug);
            insert.Add(code, title, slug, tsv.Text(2).Trim());
            result.Add(code, slug);
        }
        if (result.Count == 0) throw new DataFileException(tsv.FileName, 1, 1, "the file has no occupations.");
        return result;
    }

    private static void ReadAlternateTitles(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress, OnetCounts counts)
    {
        using var tsv = Open(onet, "Alternate Titles.txt", progress, "O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)");
        using var insert = new BulkInsert(db, tx, "alternate_title", "code", "title", "short_title");
        while (tsv.Read())
            insert.Add(KnownCode(tsv, 0, occ), tsv.Text(1).Trim(), tsv.OptionalText(2));
        counts.AlternateTitles = insert.Count;
    }

    private static void ReadReportedTitles(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress, OnetCounts counts)
    {
        using var tsv = Open(onet, "Sample of Reported Titles.txt", progress, "O*NET-SOC Code", "Reported Job Title", "Shown in My Next Move");
        using var insert = new BulkInsert(db, tx, "reported_title", "code", "title", "shown_in_my_next_move");
        while (tsv.Read())
            insert.Add(KnownCode(tsv, 0, occ), tsv.Text(1).Trim(), tsv.YesNo(2) ? 1 : 0);
        counts.ReportedTitles = insert.Count;
    }

    private static void ReadTechnologies(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress, OnetCounts counts)
    {
        using var tsv = Open(onet, "Technology Skills.txt", progress, "O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand");
        using var insert = new BulkInsert(db, tx, "technology", "code", "name", "category", "hot", "in_demand");
        while (tsv.Read())
        {
            var code = KnownCode(tsv, 0, occ);
            tsv.Int(2);
            insert.Add(code, tsv.Text(1).Trim(), tsv.Text(3).Trim(), tsv.YesNo(4) ? 1 : 0, tsv.YesNo(5) ? 1 : 0);
        }
        counts.Technologies = insert.Count;
    }

    private static void ReadTools(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress, OnetCounts counts)
    {
        using var tsv = Open(onet, "Tools Used.txt", progress, "O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title");
        using var insert = new BulkInsert(db, tx, "tool", "code", "name", "category");
        while (tsv.Read())
        {
            var code = KnownCode(tsv, 0, occ);
            tsv.Int(2);
            insert.Add(code, tsv.Text(1).Trim(), tsv.Text(3).Trim());
        }
        counts.Tools = insert.Count;
    }

    private static void ReadTasks(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress, OnetCounts counts)
    {
        using var tsv = Open(onet, "Task Statements.txt", progress, "O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date", "Domain Source");
        using var insert = new BulkInsert(db, tx, "task", "code", "task_id", "text", "is_core");
        while (tsv.Read())
        {
            var code = KnownCode(tsv, 0, occ);
            var type = tsv.OptionalText(3);
            if (type is not null and not "Core" and not "Supplemental")
                throw tsv.Error(3, $"expected 'Core', 'Supplemental' or n/a for 'Task Type' but found '{type}'.");
            insert.Add(code, tsv.Int(1), tsv.Text(2).Trim(), type == "Supplemental" ? 0 : 1);
        }
        counts.Tasks = insert.Count;
    }

    /// <summary>Skills.txt and Knowledge.txt: one IM row and one LV row per element, merged into one rating.</summary>
    private static void ReadRatings(SourceFiles onet, string file, string kind, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress, OnetCounts counts)
    {
        using var tsv = Open(onet, file, progress, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value", "N",
            "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date", "Domain Source");
        using var insert = new BulkInsert(db, tx, "rating", "code", "kind", "element_id", "name", "importance", "level", "level_se", "importance_low");
        var pending = new Dictionary<(string Code, string Element), (string Name, double? Im, double? Lv, double? LvError, double? ImLow, bool Drop)>();
        while (tsv.Read())
        {
            var code = KnownCode(tsv, 0, occ);
            var element = tsv.Text(1).Trim();
            var scale = tsv.Text(3).Trim();
            var value = tsv.Double(4);
            var suppress = tsv.OptionalText(9) == "Y";
            var notRelevant = tsv.OptionalText(10) == "Y";
            var key = (code, element);
            pending.TryGetValue(key, out var entry);
            entry.Name = tsv.Text(2).Trim();
            switch (scale)
            {
                case "IM":
                    if (value is < 1 or > 5) throw tsv.Error(4, $"expected an importance between 1 and 5 but found {value}.");
                    entry.Im = value;
                    // The 95% interval's lower bound; O*NET leaves it empty where it gives no standard error.
                    entry.ImLow = double.TryParse(tsv.OptionalText(7), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var low) ? low : null;
                    break;
                case "LV":
                    if (value is < 0 or > 7) throw tsv.Error(4, $"expected a level between 0 and 7 but found {value}.");
                    entry.Lv = value;
                    // The standard error of the level: a difference smaller than it is not a gap (docs/matching.md).
                    entry.LvError = tsv.OptionalText(6) is { } se && double.TryParse(se, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var error) && error >= 0 ? error : null;
                    break;
                default:
                    throw tsv.Error(3, $"expected scale 'IM' or 'LV' but found '{scale}'.");
            }
            // O*NET flags unreliable estimates; a suppressed or not-relevant level is left out of guides.
            entry.Drop |= suppress || notRelevant;
            pending[key] = entry;
        }
        foreach (var ((code, element), e) in pending)
        {
            if (e.Drop || e.Im is null || e.Lv is null) continue;
            insert.Add(code, kind, element, e.Name, e.Im, e.Lv, e.LvError, e.ImLow ?? e.Im);
        }
        counts.Ratings += insert.Count;
    }

    private static void ReadRelated(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        using var tsv = Open(onet, "Related Occupations.txt", progress, "O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index");
        using var insert = new BulkInsert(db, tx, "related", "code", "related_code", "tier", "idx");
        while (tsv.Read())
        {
            var tier = tsv.Text(2).Trim();
            if (tier is not ("Primary-Short" or "Primary-Long" or "Supplemental"))
                throw tsv.Error(2, $"expected Primary-Short, Primary-Long or Supplemental but found '{tier}'.");
            insert.Add(KnownCode(tsv, 0, occ), KnownCode(tsv, 1, occ), tier, tsv.Int(3));
        }
    }

    private static void ReadJobZones(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        using (var tsv = Open(onet, "Job Zone Reference.txt", progress, "Job Zone", "Name", "Experience", "Education", "Job Training"))
        using (var insert = new BulkInsert(db, tx, "job_zone", "zone", "name", "experience", "education", "training"))
        {
            while (tsv.Read()) insert.Add(tsv.Int(0), tsv.Text(1).Trim(), tsv.Text(2).Trim(), tsv.Text(3).Trim(), tsv.Text(4).Trim());
        }
        using var zones = Open(onet, "Job Zones.txt", progress, "O*NET-SOC Code", "Job Zone");
        using var update = db.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE occupation SET job_zone = $zone WHERE code = $code";
        var zone = update.Parameters.Add("$zone", SqliteType.Integer);
        var code = update.Parameters.Add("$code", SqliteType.Text);
        while (zones.Read())
        {
            code.Value = KnownCode(zones, 0, occ);
            var value = zones.Int(1);
            if (value is < 1 or > 5) throw zones.Error(1, $"expected a job zone from 1 to 5 but found {value}.");
            zone.Value = value;
            update.ExecuteNonQuery();
        }
    }

    private static void ReadEducation(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        using (var tsv = Open(onet, "Education, Training, and Experience Categories.txt", progress, "Element ID", "Element Name", "Scale ID", "Category", "Category Description"))
        using (var insert = new BulkInsert(db, tx, "education_category", "category", "description"))
        {
            while (tsv.Read())
                if (tsv.Text(2).Trim() == "RL") insert.Add(tsv.Int(3), tsv.Text(4).Trim());
        }
        using var data = Open(onet, "Education, Training, and Experience.txt", progress, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Category", "Data Value");
        using var rows = new BulkInsert(db, tx, "education", "code", "category", "percent");
        while (data.Read())
        {
            var code = KnownCode(data, 0, occ);
            if (data.Text(3).Trim() != "RL") continue;
            var percent = data.Double(5);
            if (percent is < 0 or > 100) throw data.Error(5, $"expected a percentage from 0 to 100 but found {percent}.");
            rows.Add(code, data.Int(4), percent);
        }
    }

    private static void ReadWorkStyles(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress) =>
        // WI is the work-importance scale; DR (distinctiveness rank) only orders styles within one occupation.
        ReadScale(onet, "Work Styles.txt", "WI", "work_style", db, tx, occ, progress);

    private static void ReadInterests(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress) =>
        ReadScale(onet, "Interests.txt", "OI", "interest", db, tx, occ, progress);

    /// <summary>Keeps one scale of an element rating file (code, element, scale, value) in a (code, name, value) table.</summary>
    private static void ReadScale(SourceFiles onet, string file, string scale, string table, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        using var tsv = Open(onet, file, progress, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value");
        using var insert = new BulkInsert(db, tx, table, "code", "name", "value");
        while (tsv.Read())
        {
            var code = KnownCode(tsv, 0, occ);
            if (tsv.Text(3).Trim() == scale) insert.Add(code, tsv.Text(2).Trim(), tsv.Double(4));
        }
    }

    private static void ReadWorkActivities(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        using (var tsv = Open(onet, "DWA Reference.txt", progress, "Element ID", "IWA ID", "DWA ID", "DWA Title"))
        using (var insert = new BulkInsert(db, tx, "dwa", "dwa_id", "title"))
        {
            while (tsv.Read())
            {
                var id = tsv.Text(2).Trim();
                if (!known.Add(id)) throw tsv.Error(2, $"DWA '{id}' is listed twice.");
                insert.Add(id, tsv.Text(3).Trim());
            }
        }
        using var links = Open(onet, "Tasks to DWAs.txt", progress, "O*NET-SOC Code", "Task ID", "DWA ID");
        using var rows = new BulkInsert(db, tx, "task_dwa", "code", "task_id", "dwa_id");
        while (links.Read())
        {
            var code = KnownCode(links, 0, occ);
            var dwa = links.Text(2).Trim();
            if (!known.Contains(dwa)) throw links.Error(2, $"DWA '{dwa}' is not in DWA Reference.txt.");
            rows.Add(code, links.Int(1), dwa);
        }
    }
}
