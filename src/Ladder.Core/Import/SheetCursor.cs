using System.Globalization;
using Ladder.Outlook;

namespace Ladder.Import;

/// <summary>A projection period: "2024–34" runs from base year 2024 to 2034.</summary>
internal sealed record ProjectionPeriod(string Label, int Base, int End);

/// <summary>
/// Walks one sheet of a BLS workbook: a title row, a header row, data rows, then footnotes. Columns are found
/// by their header text, so a layout change is refused by name rather than read into the wrong field.
/// </summary>
internal sealed class SheetCursor(string path, string sheet, IEnumerable<(int Row, string[] Cells)> rows)
{
    private readonly IEnumerator<(int Row, string[] Cells)> _rows = rows.GetEnumerator();
    private readonly Dictionary<string, (int Index, string Header)> _columns = new(StringComparer.Ordinal);
    private string[] _cells = [];
    private string[] _headers = [];
    private bool _done;

    /// <summary>"path!Table 1.2": where errors point.</summary>
    public string Location { get; } = $"{path}!{sheet}";

    public int Row { get; private set; }

    private bool Next()
    {
        if (_done || !_rows.MoveNext()) { _done = true; return false; }
        (Row, _cells) = _rows.Current;
        return true;
    }

    public ProjectionPeriod ReadTitle(string table)
    {
        if (!Next()) throw new DataFileException(Location, 1, 1, "the sheet is empty; expected a title row.");
        var title = _cells.FirstOrDefault() ?? "";
        if (!title.StartsWith(table, StringComparison.Ordinal) || ProjectionsReader.PeriodFromTitle(title) is not { } period)
            throw new DataFileException(Location, Row, 1, $"expected a title like '{table} Occupational projections, 2024–2034, ...' but found '{title}'.");
        return period;
    }

    /// <summary>Finds each named column; a pattern ending in * matches by prefix, one starting with * by suffix.</summary>
    public void ReadHeader(params (string Key, string Pattern)[] wanted)
    {
        if (!Next()) throw new DataFileException(Location, Row + 1, 1, "the sheet ends before its header row.");
        _headers = _cells.Select(Normalize).ToArray();
        foreach (var (key, pattern) in wanted)
        {
            var index = Find(pattern);
            if (index < 0)
                throw new DataFileException(Location, Row, 1,
                    $"the header has no '{pattern.Trim('*')}' column; expected the layout of the BLS Employment Projections occupation.xlsx " +
                    $"({OutlookSources.ProjectionsRelease} release). Older or rearranged workbooks are not supported.");
            _columns[key] = (index, _cells[index]);
        }
    }

    public int? OptionalColumn(string pattern) => Find(pattern) is var i and >= 0 ? i : null;

    private int Find(string pattern)
    {
        var p = Normalize(pattern.Trim('*'));
        for (int i = 0; i < _headers.Length; i++)
        {
            var h = _headers[i];
            var match = pattern.EndsWith('*') ? h.StartsWith(p, StringComparison.OrdinalIgnoreCase)
                : pattern.StartsWith('*') ? h.EndsWith(p, StringComparison.OrdinalIgnoreCase)
                : h.Equals(p, StringComparison.OrdinalIgnoreCase);
            if (match) return i;
        }
        return -1;
    }

    private static string Normalize(string header) =>
        string.Join(' ', header.Replace('-', '–').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Moves to the next data row; data ends at the first row without a matrix code (the footnotes).</summary>
    public bool NextDataRow() => Next() && Raw("code").Trim().Length > 0;

    private string Raw(string key)
    {
        var i = _columns[key].Index;
        return i < _cells.Length ? _cells[i] : "";
    }

    public string Text(string key)
    {
        var value = Raw(key);
        if (value.Trim().Length == 0) throw Error(key, "the cell is empty.");
        return value;
    }

    public string Code(string key)
    {
        var code = Raw(key).Trim();
        if (code.Length != 7 || code[2] != '-' || !code.Remove(2, 1).All(char.IsAsciiDigit))
            throw Error(key, $"expected a SOC-style matrix code like 15-2051 but found '{code}'.");
        return code;
    }

    /// <summary>A figure, or null for BLS's "—". An empty cell is an error: BLS marks missing data explicitly.</summary>
    public double? Number(string key, bool allowNegative = false)
    {
        var raw = Raw(key).Trim();
        if (IsNotAvailable(raw)) return null;
        if (raw.Length == 0) throw Error(key, "the cell is empty; BLS marks missing figures with \"—\".");
        if (!double.TryParse(raw, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Error(key, $"expected a number or \"—\" but found '{raw}'.");
        if (value < 0 && !allowNegative) throw Error(key, $"expected a figure of zero or more but found {raw}.");
        // Excel keeps binary doubles (4.9000000000000004); BLS publishes one decimal.
        return Math.Round(value, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>A wage in dollars; BLS writes top-coded medians as "&gt;=$239,200", kept as a lower bound.</summary>
    public (decimal? Amount, bool AtLeast) Wage(string key)
    {
        var raw = Raw(key).Trim();
        var atLeast = raw.StartsWith(">=", StringComparison.Ordinal) || raw.StartsWith('≥');
        var digits = raw.TrimStart('>', '=', '≥', '$');
        if (atLeast && decimal.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bound))
            return (bound, true);
        return (Number(key) is { } n ? (decimal)n : null, false);
    }

    /// <summary>One of BLS's fixed category names, or null for "—".</summary>
    public string? Category(string key, IReadOnlyList<string> allowed)
    {
        var raw = Raw(key).Trim();
        if (IsNotAvailable(raw)) return null;
        var i = EntryVocabulary.IndexOf(allowed, raw);
        if (i < 0) throw Error(key, $"unknown value '{raw}'; expected one of: {string.Join(", ", allowed)}, or \"—\".");
        return allowed[i];
    }

    private static bool IsNotAvailable(string raw) => raw is "—" or "–" or "-" or "(—)";

    public DataFileException Error(string key, string message)
    {
        var (index, header) = _columns[key];
        return new DataFileException(Location, Row, index + 1, $"column {XlsxSheetReader.ColumnName(index)} ('{header}'): {message}");
    }
}
