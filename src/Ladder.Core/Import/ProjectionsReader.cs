using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

using Ladder.Outlook;

namespace Ladder.Import;

/// <summary>
/// Reads the BLS Employment Projections workbook (<c>occupation.xlsx</c>, optionally gzipped): Table 1.2 for
/// projections and entry requirements, Table 1.10 for separation rates. Every error names the file, the sheet,
/// the row and the column; "—" stays "not available" and is never read as zero.
/// </summary>
public static partial class ProjectionsReader
{
    public const string MainSheet = "Table 1.2";
    public const string SeparationsSheet = "Table 1.10";

    public static ProjectionTable Read(string path, IProgress<ImportProgress>? progress = null)
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, 0, "no such file. Expected the BLS Employment Projections occupation.xlsx (or a gzipped copy).");
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        using var buffer = new MemoryStream();
        using (var file = new ProgressStream(File.OpenRead(path), length, p => progress?.Report(new ImportProgress(name, p, length))))
        {
            Stream source = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            try { source.CopyTo(buffer); }
            catch (InvalidDataException ex) { throw new DataFileException(path, 0, 0, $"the file is not valid gzip ({ex.Message}).", ex); }
        }
        buffer.Position = 0;
        using var workbook = new XlsxWorkbook(buffer, path);
        var (release, rows) = ReadMain(workbook, path);
        if (workbook.HasSheet(SeparationsSheet)) rows = AddSeparations(workbook, path, release, rows);
        else throw new DataFileException(path, 0, 0, $"the workbook has no sheet '{SeparationsSheet}'; expected the BLS Employment Projections occupation.xlsx layout.");
        return new ProjectionTable(release, path, rows);
    }

    private static (string Release, List<Projection> Rows) ReadMain(XlsxWorkbook workbook, string path)
    {
        var links = workbook.Hyperlinks(MainSheet);
        var sheet = new SheetCursor(path, MainSheet, workbook.Rows(MainSheet));
        var period = sheet.ReadTitle("Table 1.2");
        var baseYear = period.Base;
        var release = period.Label;
        sheet.ReadHeader(
            ("title", $"{baseYear} National Employment Matrix title"), ("code", $"{baseYear} National Employment Matrix code"),
            ("type", "Occupation type"), ("emp0", $"Employment, {baseYear}"), ("emp1", $"Employment, {period.End}"),
            ("changeN", $"Employment change, numeric, {period.Label}"), ("changeP", $"Employment change, percent, {period.Label}"),
            ("self", $"Percent self employed, {baseYear}"), ("openings", $"Occupational openings, {period.Label} annual average"),
            ("wage", "Median annual wage, dollars*"), ("education", "Typical education needed for entry"),
            ("experience", "Work experience in a related occupation"), ("training", "Typical on-the-job training needed*"));
        var ooh = sheet.OptionalColumn("Related Occupational Outlook Handbook*");
        var rows = new List<Projection>(1200);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (sheet.NextDataRow())
        {
            var code = sheet.Code("code");
            if (!seen.Add(code)) throw sheet.Error("code", $"matrix code '{code}' is listed twice.");
            var type = sheet.Text("type");
            if (type is not ("Line item" or "Summary")) throw sheet.Error("type", $"expected 'Line item' or 'Summary' but found '{type}'.");
            var summary = type == "Summary";
            var wage = sheet.Wage("wage");
            rows.Add(new Projection
            {
                Code = code,
                Title = sheet.Text("title").Trim(),
                IsSummary = summary,
                Employment2024 = sheet.Number("emp0"),
                Employment2034 = sheet.Number("emp1"),
                ChangeThousands = sheet.Number("changeN", allowNegative: true),
                ChangePercent = sheet.Number("changeP", allowNegative: true),
                SelfEmployedPercent = sheet.Number("self"),
                OpeningsThousands = sheet.Number("openings"),
                MedianWage = wage.Amount,
                MedianWageAtLeast = wage.AtLeast,
                EntryEducation = sheet.Category("education", EntryVocabulary.Education),
                Experience = sheet.Category("experience", EntryVocabulary.Experience),
                Training = sheet.Category("training", EntryVocabulary.Training),
                HandbookUrl = ooh is { } c && links.TryGetValue(XlsxSheetReader.ColumnName(c) + sheet.Row.ToString(CultureInfo.InvariantCulture), out var url) ? url : null,
            });
        }
        if (!rows.Any(r => r.Code == Occupations.OccupationCode.AllOccupations))
            throw new DataFileException(sheet.Location, 0, 0, "there is no 'Total, all occupations' row (00-0000); the all-occupations average cannot be shown.");
        return (release, rows);
    }

    private static List<Projection> AddSeparations(XlsxWorkbook workbook, string path, string release, List<Projection> rows)
    {
        var sheet = new SheetCursor(path, SeparationsSheet, workbook.Rows(SeparationsSheet));
        var period = sheet.ReadTitle("Table 1.10");
        if (period.Label != release)
            throw new DataFileException(sheet.Location, 1, 1, $"this table is for {period.Label} but {MainSheet} is for {release}.");
        sheet.ReadHeader(("code", "*National Employment Matrix code"),
            ("exit", $"Labor force exit rate, {period.Label} annual average"), ("transfer", $"Occupational transfer rate, {period.Label} annual average"),
            ("openings", $"Occupational openings, {period.Label} annual average"));
        var byCode = rows.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        while (sheet.NextDataRow())
        {
            var code = sheet.Code("code");
            if (!byCode.TryGetValue(code, out var index))
                throw sheet.Error("code", $"matrix code '{code}' is not in {MainSheet}.");
            var openings = sheet.Number("openings");
            if (openings != rows[index].OpeningsThousands)
                throw sheet.Error("openings", $"openings {Show(openings)} differ from the {Show(rows[index].OpeningsThousands)} that {MainSheet} gives for {code}.");
            rows[index] = rows[index] with { ExitRate = sheet.Number("exit"), TransferRate = sheet.Number("transfer") };
        }
        return rows;
    }

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>"Table 1.2 Occupational projections, 2024–2034, ..." → ("2024–34", base 2024, end 2034).</summary>
    internal static ProjectionPeriod? PeriodFromTitle(string title)
    {
        var m = PeriodPattern().Match(title);
        if (!m.Success) return null;
        var start = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var endText = m.Groups[2].Value;
        var end = endText.Length == 2 ? start / 100 * 100 + int.Parse(endText, CultureInfo.InvariantCulture) : int.Parse(endText, CultureInfo.InvariantCulture);
        if (end <= start) return null;
        return new ProjectionPeriod($"{start}–{end % 100:00}", start, end);
    }

    [GeneratedRegex(@"(\d{4})\s*[–-]\s*(\d{4}|\d{2})\b")]
    private static partial Regex PeriodPattern();
}
