namespace Ladder.TitleEval;

/// <summary>
/// A title and the SOC codes counted as right for it. <see cref="Soc"/> holds 6-digit codes (15-2051); a code
/// ending in 0 from the Census set is a broad group (49-2020), so any detailed code sharing its first six
/// characters is a hit (SOC 2018 detailed codes never end in 0).
/// </summary>
internal sealed record LabelledTitle(string Title, IReadOnlySet<string> Soc)
{
    public bool IsHit(string predicted)
    {
        var soc = predicted[..7];
        if (Soc.Contains(soc)) return true;
        foreach (var gold in Soc)
        {
            if (gold[6] == '0' && string.CompareOrdinal(gold, 0, soc, 0, 6) == 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Reads <c>title&lt;TAB&gt;soc</c> lines (a SOC may be 6-digit or O*NET 15-2051.01), or, when the header names
    /// <c>soc2018_candidates</c> (h1b-dev.tsv), the |-separated SOC 2018 candidates of its third column.
    /// </summary>
    public static List<LabelledTitle> ReadTsv(string path)
    {
        var set = new List<LabelledTitle>();
        int column = 1;
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('\t');
            if (set.Count == 0 && cells[0] == "title")
            {
                var candidates = Array.IndexOf(cells, "soc2018_candidates");
                if (candidates > 0) column = candidates;
                continue;
            }
            if (cells.Length <= column) continue;
            var socs = cells[column].Split('|').Select(c => c.Trim()).Where(c => c.Length >= 7).Select(c => c[..7]);
            var gold = new HashSet<string>(socs, StringComparer.Ordinal);
            if (gold.Count == 0) continue;
            set.Add(new LabelledTitle(cells[0], gold));
        }
        return set;
    }
}
