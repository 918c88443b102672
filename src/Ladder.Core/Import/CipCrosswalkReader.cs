using System.IO.Compression;
using System.Text;

using Ladder.Outlook;

namespace Ladder.Import;

/// <summary>
/// Reads the NCES CIP 2020 → SOC 2018 crosswalk: the CSV copy of its CIP-SOC sheet (optionally gzipped) or the
/// workbook itself. Errors name the file, line (or sheet row) and column.
/// </summary>
public static class CipCrosswalkReader
{
    private static readonly string[] Header = ["CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title"];
    public const string Sheet = "CIP-SOC";

    public static CipCrosswalk Read(string path, IProgress<ImportProgress>? progress = null)
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, 0, "no such file. Expected the NCES CIP2020_SOC2018_Crosswalk .csv (optionally gzipped) or .xlsx.");
        var name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        using var file = new ProgressStream(File.OpenRead(path), length, p => progress?.Report(new ImportProgress(name, p, length)));
        if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            file.CopyTo(buffer);
            buffer.Position = 0;
            using var workbook = new XlsxWorkbook(buffer, path);
            var location = $"{path}!{Sheet}";
            return Parse(workbook.Rows(Sheet).Select(r => (r.Row, r.Cells, (int[]?)null)), location);
        }
        Stream text = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return Parse(CsvRows(text, path), path);
    }

    private static CipCrosswalk Parse(IEnumerable<(int Row, string[] Cells, int[]? Columns)> rows, string location)
    {
        var result = new List<CipProgramme>(6200);
        var unmatched = 0;
        var seen = new HashSet<(string, string)>();
        bool header = false;
        foreach (var (row, cells, columns) in rows)
        {
            int Col(int i) => columns is null ? i + 1 : i < columns.Length ? columns[i] : columns[^1];
            if (!header)
            {
                for (int i = 0; i < Header.Length; i++)
                    if (i >= cells.Length || !string.Equals(cells[i].Trim(), Header[i], StringComparison.Ordinal))
                        throw new DataFileException(location, row, Col(Math.Min(i, Math.Max(0, cells.Length - 1))),
                            $"expected the header {string.Join(",", Header)}; column {i + 1} is '{(i < cells.Length ? cells[i] : "")}'. Older crosswalks (CIP 2010) are not supported.");
                header = true;
                continue;
            }
            if (cells.All(c => c.Trim().Length == 0)) continue;
            if (cells.Length < Header.Length)
                throw new DataFileException(location, row, Col(cells.Length - 1), $"expected {Header.Length} columns but the row has {cells.Length}.");
            var cip = cells[0].Trim();
            if (!IsCip(cip)) throw new DataFileException(location, row, Col(0), $"expected a CIP code like 11.0701 in 'CIP2020Code' but found '{cip}'.");
            var soc = cells[2].Trim();
            if (soc.Length != 7 || soc[2] != '-' || !soc.Remove(2, 1).All(char.IsAsciiDigit))
                throw new DataFileException(location, row, Col(2), $"expected a SOC code like 15-2051 in 'SOC2018Code' but found '{soc}'.");
            var title = cells[1].Trim().TrimEnd('.');
            if (title.Length == 0) throw new DataFileException(location, row, Col(1), "the programme title is empty.");
            // NCES pairs programmes with no occupation as SOC 99-9999, and occupations with no programme as CIP 99.9999.
            if (soc == "99-9999" || cip == "99.9999") { unmatched++; continue; }
            if (seen.Add((cip, soc))) result.Add(new CipProgramme(cip, title, soc));
        }
        if (!header) throw new DataFileException(location, 1, 1, "the file is empty; expected a header row.");
        return new CipCrosswalk(location, result, unmatched);
    }

    private static bool IsCip(string code) =>
        code.Length == 7 && code[2] == '.' && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[3..].All(char.IsAsciiDigit);

    /// <summary>RFC 4180 rows with the 1-based column where each cell starts.</summary>
    private static IEnumerable<(int Row, string[] Cells, int[]? Columns)> CsvRows(Stream stream, string name)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        int line = 0;
        while (true)
        {
            string? text;
            try { text = reader.ReadLine(); }
            catch (DecoderFallbackException ex) { throw new DataFileException(name, line + 1, 1, "the line is not valid UTF-8.", ex); }
            catch (InvalidDataException ex) { throw new DataFileException(name, line + 1, 1, $"the file is not valid gzip ({ex.Message}).", ex); }
            if (text is null) yield break;
            line++;
            var cells = new List<string>(4);
            var starts = new List<int>(4);
            var cell = new StringBuilder();
            int i = 0;
            while (true)
            {
                starts.Add(i + 1);
                cell.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    int open = i++;
                    while (true)
                    {
                        if (i >= text.Length) throw new DataFileException(name, line, open + 1, "this quoted cell is never closed.");
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                            i++;
                            break;
                        }
                        cell.Append(text[i++]);
                    }
                    if (i < text.Length && text[i] != ',')
                        throw new DataFileException(name, line, i + 1, "unexpected text after a closing quote; expected a comma.");
                }
                else
                {
                    while (i < text.Length && text[i] != ',') cell.Append(text[i++]);
                }
                cells.Add(cell.ToString());
                if (i >= text.Length) break;
                i++; // the comma
            }
            yield return (line, cells.ToArray(), starts.ToArray());
        }
    }
}
