using Ladder.Interests;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>
    /// O*NET's interest profiles with their high-points, work values, illustrative activities and occupations and the
    /// RIASEC keywords: what the career finder (<c>/discover</c>) reads. Every element is checked against the six areas
    /// and six values, every code against Occupation Data.txt.
    /// </summary>
    private static InterestData ReadInterestMaterial(SourceFiles onet, SqliteConnection db, SqliteTransaction tx, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        var profiles = ReadInterestProfiles(onet, occ, progress);
        var values = ReadWorkValues(onet, occ, progress);
        var basic = ReadBasicInterests(onet, progress);
        var activities = new List<InterestActivity>();
        using (var tsv = Open(onet, "Interests Illustrative Activities.txt", progress, "Element ID", "Element Name", "Interest Type", "Activity"))
            while (tsv.Read())
            {
                var (areas, basicName) = ActivityAreas(tsv, basic);
                activities.Add(new InterestActivity(areas, basicName, tsv.Text(3).Trim()));
            }
        var keywords = new List<RiasecKeyword>();
        using (var tsv = Open(onet, "RIASEC Keywords.txt", progress, "Element ID", "Element Name", "Keyword", "Keyword Type"))
            while (tsv.Read())
            {
                var kind = tsv.Text(3).Trim();
                if (kind is not ("Action" or "Object")) throw tsv.Error(3, $"expected 'Action' or 'Object' but found '{kind}'.");
                keywords.Add(new RiasecKeyword(Area(tsv, 0, 1), tsv.Text(2).Trim(), kind == "Action"));
            }
        var illustrative = new List<(InterestArea, string)>();
        using (var tsv = Open(onet, "Interests Illustrative Occupations.txt", progress, "Element ID", "Element Name", "Interest Type", "O*NET-SOC Code"))
            while (tsv.Read())
            {
                var code = KnownCode(tsv, 3, occ);
                if (tsv.Text(2).Trim() == "General") illustrative.Add((Area(tsv, 0, 1), code));
            }
        var data = new InterestData(profiles, values, activities, keywords, illustrative);
        InterestTables.Write(db, tx, data);
        return data;
    }

    /// <summary>Interests.txt in full: the six OI scores and the three IH high-points (0 = none) of each occupation.</summary>
    private static List<OccupationInterests> ReadInterestProfiles(SourceFiles onet, Dictionary<string, string> occ, IProgress<ImportProgress>? progress) =>
        ReadSixWithHighPoints(onet, "Interests.txt", ("OI", "IH"), InterestArea.All.Select(a => (a.ElementId, a.Name)).ToList(), ["1.B.1.g", "1.B.1.h", "1.B.1.i"], occ, progress)
            .Select(x => new OccupationInterests(x.Code, x.Values, Pick(InterestArea.All, x.High[0]), Pick(InterestArea.All, x.High[1]), Pick(InterestArea.All, x.High[2]))).ToList();

    /// <summary>Work Values.txt in full: the six EX extents and the three VH high-points (0 = none) of each occupation.</summary>
    private static List<OccupationWorkValues> ReadWorkValues(SourceFiles onet, Dictionary<string, string> occ, IProgress<ImportProgress>? progress) =>
        ReadSixWithHighPoints(onet, "Work Values.txt", ("EX", "VH"), WorkValue.All.Select(v => (v.ElementId, v.Name)).ToList(), ["1.B.2.g", "1.B.2.h", "1.B.2.i"], occ, progress)
            .Select(x => new OccupationWorkValues(x.Code, x.Values, x.High.Select(h => Pick(WorkValue.All, h)).OfType<WorkValue>().ToArray())).ToList();

    private static T? Pick<T>(IReadOnlyList<T> all, int? index) where T : class => index is { } i ? all[i] : null;

    /// <summary>
    /// A file of six elements rated 1–7 on one scale plus three high-point elements on another (1–6 naming an element,
    /// 0 none): per occupation, the six values and the 0-based index of each high-point. Every occupation needs all six.
    /// </summary>
    private static List<(string Code, double[] Values, int?[] High)> ReadSixWithHighPoints(SourceFiles onet, string file, (string Value, string High) scales,
        IReadOnlyList<(string Id, string Name)> elements, string[] highIds, Dictionary<string, string> occ, IProgress<ImportProgress>? progress)
    {
        var rows = new Dictionary<string, (double?[] Values, int?[] High, int Line)>(StringComparer.Ordinal);
        using var tsv = Open(onet, file, progress, "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value");
        while (tsv.Read())
        {
            var code = KnownCode(tsv, 0, occ);
            if (!rows.TryGetValue(code, out var row)) rows[code] = row = (new double?[elements.Count], new int?[3], tsv.LineNumber);
            var element = tsv.Text(1).Trim();
            var value = tsv.Double(4);
            var scale = tsv.Text(3).Trim();
            if (scale == scales.Value)
            {
                var i = elements.Select(e => e.Id).ToList().IndexOf(element);
                if (i < 0) throw tsv.Error(1, $"expected one of the elements {string.Join(", ", elements.Select(e => e.Id))} on scale {scale} but found '{element}'.");
                if (elements[i].Name != tsv.Text(2).Trim()) throw tsv.Error(2, $"element {element} is '{elements[i].Name}' in O*NET but the file names it '{tsv.Text(2).Trim()}'.");
                if (value is < 1 or > 7) throw tsv.Error(4, $"expected a score from 1 to 7 but found {value}.");
                row.Values[i] = value;
            }
            else if (scale == scales.High)
            {
                var slot = Array.IndexOf(highIds, element);
                if (slot < 0) throw tsv.Error(1, $"expected a high-point element {string.Join(", ", highIds)} but found '{element}'.");
                if (value is not (0 or 1 or 2 or 3 or 4 or 5 or 6)) throw tsv.Error(4, $"expected a high-point from 0 (none) to 6 but found {value}.");
                row.High[slot] = value == 0 ? null : (int)value - 1;
            }
            else throw tsv.Error(3, $"expected scale '{scales.Value}' or '{scales.High}' but found '{scale}'.");
        }
        var result = new List<(string, double[], int?[])>(rows.Count);
        foreach (var (code, row) in rows)
        {
            if (row.Values.Any(s => s is null))
                throw new DataFileException(tsv.FileName, row.Line, 1, $"occupation '{code}' lacks a {scales.Value} value for {string.Join(", ", elements.Where((_, i) => row.Values[i] is null).Select(e => e.Name))}.");
            result.Add((code, row.Values.Select(s => s!.Value).ToArray(), row.High));
        }
        return result;
    }

    /// <summary>Basic interest name → the RIASEC areas O*NET links it to.</summary>
    private static Dictionary<string, List<InterestArea>> ReadBasicInterests(SourceFiles onet, IProgress<ImportProgress>? progress)
    {
        var result = new Dictionary<string, List<InterestArea>>(StringComparer.Ordinal);
        using var tsv = Open(onet, "Basic Interests to RIASEC.txt", progress, "Basic Interests Element ID", "Basic Interests Element Name", "RIASEC Element ID", "RIASEC Element Name");
        while (tsv.Read())
        {
            var name = tsv.Text(1).Trim();
            if (!result.TryGetValue(name, out var areas)) result[name] = areas = [];
            areas.Add(Area(tsv, 2, 3));
        }
        return result;
    }

    private static (IReadOnlyList<InterestArea> Areas, string? Basic) ActivityAreas(TsvReader tsv, Dictionary<string, List<InterestArea>> basic)
    {
        var type = tsv.Text(2).Trim();
        if (type == "General") return ([Area(tsv, 0, 1)], null);
        if (type != "Basic") throw tsv.Error(2, $"expected 'General' or 'Basic' but found '{type}'.");
        var name = tsv.Text(1).Trim();
        return basic.TryGetValue(name, out var areas) ? (areas, name)
            : throw tsv.Error(1, $"basic interest '{name}' is not in Basic Interests to RIASEC.txt.");
    }

    /// <summary>The RIASEC area of an element ID column, checked against the name column beside it.</summary>
    private static InterestArea Area(TsvReader tsv, int idColumn, int nameColumn)
    {
        var id = tsv.Text(idColumn).Trim();
        var area = InterestArea.ByElementId(id) ?? throw tsv.Error(idColumn, $"expected a RIASEC element 1.B.1.a to 1.B.1.f but found '{id}'.");
        var name = tsv.Text(nameColumn).Trim();
        if (name != area.Name) throw tsv.Error(nameColumn, $"element {id} is '{area.Name}' in O*NET but the file names it '{name}'.");
        return area;
    }
}
