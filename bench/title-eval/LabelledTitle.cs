namespace Ladder.TitleEval;

/// <summary>A title and the 6-digit SOC codes counted as right for it.</summary>
internal sealed record LabelledTitle(string Title, IReadOnlySet<string> Soc)
{
    /// <summary>Reads <c>title&lt;TAB&gt;soc</c> lines; a SOC may be 6-digit (15-2051) or O*NET (15-2051.01).</summary>
    public static List<LabelledTitle> ReadTsv(string path)
    {
        var set = new List<LabelledTitle>();
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[1].Trim().Length < 7) continue;
            set.Add(new LabelledTitle(cells[0], new HashSet<string>(StringComparer.Ordinal) { cells[1].Trim()[..7] }));
        }
        return set;
    }
}
