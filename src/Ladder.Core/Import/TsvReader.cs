using System.Globalization;
using System.Text;

namespace Ladder.Import;

/// <summary>
/// Reads a tab-separated file with a header row and checks every row against the expected columns.
/// Every error names the file, line and column.
/// </summary>
public sealed class TsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string[] _cells;
    private string _line = "";

    public TsvReader(Stream stream, string fileName, IReadOnlyList<string> expectedColumns)
    {
        FileName = fileName;
        _reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var header = ReadRawLine() ?? throw new DataFileException(fileName, 1, 1, "the file is empty; expected a header row.");
        var names = header.Split('\t');
        Columns = names;
        _cells = new string[names.Length];
        for (int i = 0; i < expectedColumns.Count; i++)
        {
            if (i >= names.Length)
                throw new DataFileException(fileName, 1, header.Length + 1, $"header is missing column {i + 1} '{expectedColumns[i]}'.");
            if (!string.Equals(names[i].Trim(), expectedColumns[i], StringComparison.OrdinalIgnoreCase))
                throw new DataFileException(fileName, 1, ColumnOffset(header, i), $"expected header column {i + 1} to be '{expectedColumns[i]}' but found '{names[i]}'.");
        }
        LineNumber = 1;
    }

    public string FileName { get; }
    public IReadOnlyList<string> Columns { get; }
    /// <summary>1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Advances to the next non-empty row; false at end of file.</summary>
    public bool Read()
    {
        while (true)
        {
            string? line;
            try
            {
                line = ReadRawLine();
            }
            catch (DecoderFallbackException ex)
            {
                throw new DataFileException(FileName, LineNumber + 1, 1, "the line is not valid UTF-8.", ex);
            }
            if (line is null) return false;
            LineNumber++;
            if (line.Length == 0) continue;
            _line = line;
            Split(line);
            return true;
        }
    }

    private void Split(string line)
    {
        int col = 0, start = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != '\t') continue;
            if (col >= _cells.Length)
                throw new DataFileException(FileName, LineNumber, start + 1, $"expected {_cells.Length} columns like the header but the row has {line.Split('\t').Length}.");
            _cells[col++] = line.Substring(start, i - start);
            start = i + 1;
        }
        if (col < _cells.Length)
            throw new DataFileException(FileName, LineNumber, line.Length + 1,
                $"expected {_cells.Length} columns but the row has {col}; column {col + 1} '{Columns[col]}' is missing (is the file truncated?).");
    }

    public string Text(int column, bool required = true)
    {
        var value = _cells[column];
        if (required && string.IsNullOrWhiteSpace(value))
            throw Error(column, $"expected a value for '{Columns[column]}' but the cell is empty.");
        return value;
    }

    /// <summary>A text cell where O*NET writes "n/a" for missing.</summary>
    public string? OptionalText(int column)
    {
        var value = _cells[column].Trim();
        return value.Length == 0 || value.Equals("n/a", StringComparison.OrdinalIgnoreCase) ? null : value;
    }

    public int Int(int column)
    {
        var value = _cells[column].Trim();
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
            throw Error(column, $"expected a whole number for '{Columns[column]}' but found '{Shorten(value)}'.");
        return result;
    }

    public double Double(int column)
    {
        var value = _cells[column].Trim();
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) || !double.IsFinite(result))
            throw Error(column, $"expected a number for '{Columns[column]}' but found '{Shorten(value)}'.");
        return result;
    }

    public bool YesNo(int column)
    {
        var value = _cells[column].Trim();
        return value switch
        {
            "Y" => true,
            "N" => false,
            _ => throw Error(column, $"expected Y or N for '{Columns[column]}' but found '{Shorten(value)}'."),
        };
    }

    public Occupations.OccupationCode Code(int column)
    {
        var value = _cells[column];
        if (!Occupations.OccupationCode.TryParse(value, out var code) || value.Length != 10)
            throw Error(column, $"expected an O*NET-SOC code like 15-2051.00 for '{Columns[column]}' but found '{Shorten(value)}'.");
        return code;
    }

    public DataFileException Error(int column, string message) =>
        new(FileName, LineNumber, ColumnOffset(_line, column), message);

    private static int ColumnOffset(string line, int column)
    {
        int offset = 0;
        for (int c = 0; c < column; c++)
        {
            var tab = line.IndexOf('\t', offset);
            if (tab < 0) return line.Length + 1;
            offset = tab + 1;
        }
        return offset + 1;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private string? ReadRawLine()
    {
        var line = _reader.ReadLine();
        return line is not null && line.EndsWith('\r') ? line[..^1] : line;
    }

    public void Dispose() => _reader.Dispose();
}
