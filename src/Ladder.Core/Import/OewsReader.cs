using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Ladder.Occupations;

namespace Ladder.Import;

/// <summary>The rows of one BLS OEWS national table.</summary>
public sealed record OewsTable(string Release, string SourceName, IReadOnlyList<Wages> Rows);

/// <summary>
/// Reads a BLS OEWS national table from the workbook BLS publishes (<c>national_M2025_dl.xlsx</c>),
/// the <c>oesm25nat.zip</c> that contains it, or a tab-separated copy (optionally gzipped).
/// </summary>
public static partial class OewsReader
{
    private static readonly string[] Required =
        ["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEDIAN", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"];

    public static OewsTable Read(string path, IProgress<ImportProgress>? progress = null)
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, 0, "no such file. Expected a BLS national_MYYYY_dl.xlsx, its oesmYYnat.zip, or a .tsv copy.");
        var name = Path.GetFileName(path);
        var release = ReleaseFromName(name) ?? throw new DataFileException(path, 0, 0,
            "cannot tell the release from the file name; expected a name like national_M2025_dl.xlsx or oesm25nat.zip.");
        var length = new FileInfo(path).Length;
        using var file = new ProgressStream(File.OpenRead(path), length, p => progress?.Report(new ImportProgress(name, p, length)));
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            var entry = zip.Entries.FirstOrDefault(e => e.Name.StartsWith("national_", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                ?? throw new DataFileException(path, 0, 0, "the archive has no national_MYYYY_dl.xlsx inside.");
            using var inner = entry.Open();
            using var buffer = new MemoryStream();
            inner.CopyTo(buffer);
            buffer.Position = 0;
            var display = $"{path}!{entry.FullName}";
            return new OewsTable(release, display, Parse(XlsxRows(buffer, display), display, release));
        }
        if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return new OewsTable(release, path, Parse(XlsxRows(file, path), path, release));
        Stream text = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new OewsTable(release, path, Parse(TsvRows(text, path), path, release));
    }

    /// <summary>"national_M2025_dl.xlsx" or "oesm25nat.zip" → "May 2025".</summary>
    public static string? ReleaseFromName(string fileName)
    {
        var m = NationalName().Match(fileName);
        if (m.Success) return "May " + m.Groups[1].Value;
        m = ZipName().Match(fileName);
        return m.Success ? "May 20" + m.Groups[1].Value : null;
    }

    private static IEnumerable<(int Row, string[] Cells, bool IsXlsx)> XlsxRows(Stream stream, string name) =>
        XlsxSheetReader.ReadRows(stream, name).Select(r => (r.Row, r.Cells, true));

    private static IEnumerable<(int Row, string[] Cells, bool IsXlsx)> TsvRows(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        int line = 0;
        while (true)
        {
            string? text;
            try { text = reader.ReadLine(); }
            catch (DecoderFallbackException ex) { throw new DataFileException(name, line + 1, 1, "the line is not valid UTF-8.", ex); }
            if (text is null) yield break;
            line++;
            if (text.Length == 0) continue;
            yield return (line, text.TrimEnd('\r').Split('\t'), false);
        }
    }

    private static List<Wages> Parse(IEnumerable<(int Row, string[] Cells, bool IsXlsx)> rows, string fileName, string release)
    {
        var result = new List<Wages>(1500);
        Dictionary<string, int>? columns = null;
        int annualCol = -1, hourlyCol = -1;
        foreach (var (row, cells, isXlsx) in rows)
        {
            if (columns is null)
            {
                columns = new(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < cells.Length; i++) columns.TryAdd(cells[i].Trim(), i);
                foreach (var required in Required)
                    if (!columns.ContainsKey(required))
                        throw new DataFileException(fileName, row, 1, $"the header has no '{required}' column; expected the BLS OEWS national layout.");
                annualCol = columns.GetValueOrDefault("ANNUAL", -1);
                hourlyCol = columns.GetValueOrDefault("HOURLY", -1);
                continue;
            }
            string Cell(string column)
            {
                var i = columns[column];
                if (i >= cells.Length)
                    throw new DataFileException(fileName, row, Column(i, cells, isXlsx), $"the row ends before column '{column}' (is the file truncated?).");
                return cells[i];
            }
            WageValue Value(string column)
            {
                var raw = Cell(column);
                try
                {
                    return ParseCell(raw);
                }
                catch (FormatException)
                {
                    throw new DataFileException(fileName, row, Column(columns[column], cells, isXlsx),
                        $"expected a number or a BLS marker (*, **, #) in '{column}' but found '{raw}'.");
                }
            }
            // The hourly percentiles are read when the table has them; an older or trimmed copy without them still imports.
            WageValue Optional(string column) => columns.ContainsKey(column) ? Value(column) : WageValue.Missing;
            var soc = Cell("OCC_CODE").Trim();
            if (soc.Length != 7 || soc[2] != '-' || !soc.Remove(2, 1).All(char.IsAsciiDigit))
                throw new DataFileException(fileName, row, Column(columns["OCC_CODE"], cells, isXlsx), $"expected a SOC code like 15-2051 in 'OCC_CODE' but found '{soc}'.");
            result.Add(new Wages
            {
                Soc = soc,
                Title = Cell("OCC_TITLE").Trim(),
                Release = release,
                Employment = Value("TOT_EMP"),
                P10 = Value("A_PCT10"),
                P25 = Value("A_PCT25"),
                Median = Value("A_MEDIAN"),
                P75 = Value("A_PCT75"),
                P90 = Value("A_PCT90"),
                Mean = Value("A_MEAN"),
                HourlyMedian = Value("H_MEDIAN"),
                HourlyP10 = Optional("H_PCT10"),
                HourlyP25 = Optional("H_PCT25"),
                HourlyP75 = Optional("H_PCT75"),
                HourlyP90 = Optional("H_PCT90"),
                HourlyMean = Optional("H_MEAN"),
                HourlyOnly = hourlyCol >= 0 && hourlyCol < cells.Length && IsTrue(cells[hourlyCol])
                             && !(annualCol >= 0 && annualCol < cells.Length && IsTrue(cells[annualCol])),
            });
        }
        if (columns is null) throw new DataFileException(fileName, 1, 1, "the table is empty; expected a header row.");
        return result;
    }

    private static bool IsTrue(string cell) => cell.Trim() is "TRUE" or "1" or "true";

    private static int Column(int index, string[] cells, bool isXlsx)
    {
        if (isXlsx) return index + 1;
        int offset = 1;
        for (int i = 0; i < index && i < cells.Length; i++) offset += cells[i].Length + 1;
        return offset;
    }

    /// <summary>Parses one OEWS cell. BLS markers are kept distinct and never read as zero.</summary>
    public static WageValue ParseCell(string raw)
    {
        var s = raw.Trim();
        switch (s)
        {
            case "*": return new WageValue(null, WageMarker.NotAvailable);
            case "**": return new WageValue(null, WageMarker.NoEmploymentEstimate);
            case "#": return new WageValue(null, WageMarker.TopCoded);
            case "": return new WageValue(null, WageMarker.NotAvailable);
        }
        if (decimal.TryParse(s, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 0)
            return WageValue.Of(value);
        // xlsx stores some numbers in exponent form.
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && double.IsFinite(d) && d < 1e15)
            return WageValue.Of((decimal)d);
        throw new FormatException(s);
    }

    [GeneratedRegex(@"national_M(\d{4})_dl", RegexOptions.IgnoreCase)]
    private static partial Regex NationalName();

    [GeneratedRegex(@"oesm(\d{2})nat", RegexOptions.IgnoreCase)]
    private static partial Regex ZipName();
}
