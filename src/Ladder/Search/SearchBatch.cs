using System.Globalization;
using System.Text;
using Ladder.Search;

namespace Ladder.Cli.Search;

/// <summary>
/// Streams titles through the index, one line in and one TSV line out, holding one line at a time: a line
/// longer than <see cref="MaxLineLength"/> is cut, invalid UTF-8 becomes U+FFFD, control characters become spaces.
/// </summary>
internal static class SearchBatch
{
    public const int MaxLineLength = 4096;

    public readonly record struct Summary(long Lines, long Matched, long Unmatched, long Repaired);

    public static Summary Run(TitleIndex index, Stream input, TextWriter output)
    {
        // The default UTF-8 decoder replaces invalid bytes with U+FFFD instead of throwing.
        using var reader = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var line = new StringBuilder(256);
        long lines = 0, matched = 0, repaired = 0;
        while (ReadLine(reader, line))
        {
            lines++;
            var (title, wasRepaired) = Clean(line);
            if (wasRepaired) repaired++;
            var best = title.Length == 0 ? null : index.Search(title, 1).Best;
            output.Write(title);
            if (best is null)
            {
                output.Write("\t\t\t0\n");
                continue;
            }
            matched++;
            output.Write('\t');
            output.Write(best.Soc);
            output.Write('\t');
            output.Write(best.Title);
            output.Write('\t');
            output.Write(best.Score.ToString("0.000", CultureInfo.InvariantCulture));
            output.Write('\n');
        }
        output.Flush();
        return new Summary(lines, matched, lines - matched, repaired);
    }

    /// <summary>Reads up to the next \n (dropping \r and anything past the length cap); false at the end of input.</summary>
    private static bool ReadLine(StreamReader reader, StringBuilder line)
    {
        line.Clear();
        int c = reader.Read();
        if (c < 0) return false;
        for (; c >= 0 && c != '\n'; c = reader.Read())
        {
            if (line.Length < MaxLineLength) line.Append((char)c);
        }
        return true;
    }

    /// <summary>The first TSV column, trimmed, with control characters as spaces.</summary>
    private static (string Title, bool Repaired) Clean(StringBuilder line)
    {
        var repaired = false;
        var sb = new StringBuilder(Math.Min(line.Length, TitleIndex.MaxQueryLength + 1));
        for (int i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\t') break;
            if (c == '\r' && i == line.Length - 1) break;
            if (c == '\uFFFD') repaired = true;
            if (char.IsControl(c))
            {
                repaired = true;
                c = ' ';
            }
            sb.Append(c);
        }
        return (sb.ToString().Trim(), repaired);
    }
}
