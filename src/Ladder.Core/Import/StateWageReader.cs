using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Ladder.States;

namespace Ladder.Import;

/// <summary>
/// Reads BLS OEWS state estimates from <c>state_MYYYY.csv</c> (or its <c>.csv.gz</c>): one row per state and
/// detailed occupation. An empty cell, or one of BLS's markers (<c>*</c>, <c>**</c>, <c>#</c>), is "not published",
/// never 0. Every error names the file, line and column.
/// </summary>
public static partial class StateWageReader
{
    private static readonly string[] Keys = ["AREA", "AREA_TITLE", "OCC_CODE", "OCC_TITLE"];

    public static StateWageTable Read(string path, IProgress<ImportProgress>? progress = null)
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, 0, "no such file. Expected BLS OEWS state estimates as state_MYYYY.csv (or .csv.gz).");
        var name = Path.GetFileName(path);
        var release = ReleaseFromName(name) ?? throw new DataFileException(path, 0, 0,
            "cannot tell the release from the file name; expected a name like state_M2025.csv.");
        var length = new FileInfo(path).Length;
        using var file = new ProgressStream(File.OpenRead(path), length, p => progress?.Report(new ImportProgress(name, p, length)));
        using Stream text = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StateWageTable(release, Parse(text, path));
    }

    /// <summary>"state_M2025.csv" → "May 2025".</summary>
    public static string? ReleaseFromName(string fileName) => StateName().Match(fileName) is { Success: true } m ? "May " + m.Groups[1].Value : null;

    internal static List<StateWageRow> Parse(Stream stream, string fileName)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var cells = new List<string>(16);
        var starts = new List<int>(16);
        int line = 0;
        int[]? index = null;
        var rows = new List<StateWageRow>(36_000);
        var seen = new HashSet<(int, string)>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            string? raw;
            try { raw = reader.ReadLine(); }
            catch (DecoderFallbackException ex) { throw new DataFileException(fileName, line + 1, 1, "the line is not valid UTF-8.", ex); }
            if (raw is null) break;
            line++;
            if (raw.Length == 0) continue;
            Split(raw, cells, starts, fileName, line);
            if (index is null)
            {
                index = Header(cells, starts, fileName, line);
                continue;
            }
            string Cell(int column)
            {
                var i = index[column];
                if (i >= cells.Count)
                    throw new DataFileException(fileName, line, raw.Length + 1, $"the row has {cells.Count} fields and ends before column '{(column < Keys.Length ? Keys[column] : StateWageColumns.Headers[column - Keys.Length])}' (is the file truncated?).");
                return cells[i];
            }
            int Col(int column) => starts[index[column]];

            var area = Cell(0).Trim();
            var state = UsState.FromFips(area) ?? throw new DataFileException(fileName, line, Col(0),
                $"expected the FIPS code of one of the 50 states or DC in 'AREA' but found '{area}'.");
            var areaTitle = Cell(1).Trim();
            if (!string.Equals(areaTitle, state.Name, StringComparison.OrdinalIgnoreCase))
                throw new DataFileException(fileName, line, Col(1), $"'AREA' {area} is {state.Name}, but 'AREA_TITLE' says '{areaTitle}'.");
            var soc = Cell(2).Trim();
            if (soc.Length != 7 || soc[2] != '-' || !soc.Remove(2, 1).All(char.IsAsciiDigit))
                throw new DataFileException(fileName, line, Col(2), $"expected a SOC code like 29-1141 in 'OCC_CODE' but found '{soc}'.");
            if (!seen.Add((state.Index, soc)))
                throw new DataFileException(fileName, line, Col(2), $"{state.Name} ({area}) has a second row for {soc}; each state and occupation appears once.");
            var title = Cell(3).Trim();
            // One title per SOC code, shared by every state's row, stored once.
            if (!titles.TryGetValue(soc, out var shared)) titles[soc] = shared = title;
            var values = new double[StateWageColumns.Count];
            for (int c = 0; c < StateWageColumns.Count; c++)
            {
                var cell = Cell(Keys.Length + c);
                values[c] = ParseValue(cell) ?? throw new DataFileException(fileName, line, Col(Keys.Length + c),
                    $"expected a number, an empty cell or a BLS marker (*, **, #) in '{StateWageColumns.Headers[c]}' but found '{cell}'.");
            }
            rows.Add(new StateWageRow(state, soc, shared, values));
        }
        if (index is null) throw new DataFileException(fileName, 1, 1, "the file is empty; expected a header row.");
        return rows;
    }

    /// <summary>A published number; NaN for "not published" (empty, *, ** or #); null when the cell is neither.</summary>
    internal static double? ParseValue(string cell)
    {
        var s = cell.Trim();
        if (s is "" or "*" or "**" or "#") return double.NaN;
        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) && d >= 0)
            return (double)d;
        return null;
    }

    private static int[] Header(List<string> cells, List<int> starts, string fileName, int line)
    {
        var wanted = Keys.Concat(StateWageColumns.Headers).ToArray();
        var index = new int[wanted.Length];
        for (int w = 0; w < wanted.Length; w++)
        {
            index[w] = cells.FindIndex(c => string.Equals(c.Trim(), wanted[w], StringComparison.OrdinalIgnoreCase));
            if (index[w] < 0)
                throw new DataFileException(fileName, line, 1, $"the header has no '{wanted[w]}' column; expected the BLS OEWS state layout ({string.Join(",", wanted)}).");
        }
        return index;
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields) and records where each field starts (1-based).</summary>
    private static void Split(string line, List<string> cells, List<int> starts, string fileName, int lineNumber)
    {
        cells.Clear();
        starts.Clear();
        var span = line.AsSpan().TrimEnd('\r');
        int i = 0;
        var field = new StringBuilder();
        while (true)
        {
            starts.Add(i + 1);
            field.Clear();
            if (i < span.Length && span[i] == '"')
            {
                int open = i++;
                while (true)
                {
                    if (i >= span.Length) throw new DataFileException(fileName, lineNumber, open + 1, "a quoted field is not closed on its line.");
                    if (span[i] == '"')
                    {
                        if (i + 1 < span.Length && span[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(span[i++]);
                }
                if (i < span.Length && span[i] != ',')
                    throw new DataFileException(fileName, lineNumber, i + 1, "expected a comma after the closing quote.");
            }
            else
            {
                int end = span[i..].IndexOf(',');
                end = end < 0 ? span.Length : i + end;
                field.Append(span[i..end]);
                i = end;
            }
            cells.Add(field.ToString());
            if (i >= span.Length) break;
            i++; // the comma
        }
    }

    [GeneratedRegex(@"state_M(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex StateName();
}
