using System.IO.Compression;
using Ladder.Catalog;

namespace Ladder.Import;

/// <summary>
/// Reads a file of labelled real titles (data/titles, docs/title-search.md): lines <c>title&lt;TAB&gt;soc|soc...</c>,
/// plain or gzipped. A malformed line fails with its file, line and column. A well-formed code that names no
/// occupation is kept: the index simply finds no role for it, as with a code O*NET dropped.
/// </summary>
public static class RealTitleReader
{
    public static List<RealTitle> Read(string path, RealTitleSource source)
    {
        if (!File.Exists(path)) throw new DataFileException(path, 0, 0, "no such file; expected labelled titles, one title<TAB>soc|soc... per line.");
        using var file = File.OpenRead(path);
        using Stream data = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(data);
        var titles = new List<RealTitle>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || string.IsNullOrWhiteSpace(line[..tab]))
                throw new DataFileException(path, number, 1, "expected a title, a tab, then SOC codes separated by '|' (title<TAB>soc|soc...).");
            var socs = line[(tab + 1)..].Split('|');
            int column = tab + 2;
            foreach (var soc in socs)
            {
                if (!IsSoc(soc)) throw new DataFileException(path, number, column, $"\"{soc}\" is not a 6-digit SOC code like 15-1252.");
                column += soc.Length + 1;
            }
            titles.Add(new RealTitle(line[..tab], socs, source));
        }
        return titles;
    }

    private static bool IsSoc(string s) =>
        s.Length == 7 && s[2] == '-' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && s.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;
}
