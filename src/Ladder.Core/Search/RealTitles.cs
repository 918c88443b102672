using System.IO.Compression;
using Ladder.Catalog;
using Ladder.Storage;

namespace Ladder.Search;

/// <summary>A job title as people wrote it, with the SOC 2018 codes a third party filed it under.</summary>
/// <param name="Text">The title as written.</param>
/// <param name="Socs">6-digit codes; one ending in 0 (49-2020) is a broad group and names every detailed code in it.</param>
public sealed record RealTitle(string Text, IReadOnlyList<string> Socs);

/// <summary>
/// The labelled real titles Ladder ships in <c>data/titles</c> (see data/NOTICE and docs/title-search.md): employer
/// titles from H-1B filings and Census index titles, the tuning halves of the dev sets only. Each file has lines
/// <c>title&lt;TAB&gt;soc|soc...</c>.
/// </summary>
public static class RealTitles
{
    public static string EmployerFile => Path.Combine(LadderPaths.ShippedData, "titles", "employer-titles.tsv.gz");
    public static string CensusFile => Path.Combine(LadderPaths.ShippedData, "titles", "census-titles.tsv.gz");

    /// <summary>Reads one shipped file; a malformed line fails with its file, line and column.</summary>
    public static List<RealTitle> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var titles = new List<RealTitle>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{path}: line {number}, column 1: expected title<TAB>soc|soc...");
            var socs = line[(tab + 1)..].Split('|');
            int column = tab + 2;
            foreach (var soc in socs)
            {
                if (!IsSoc(soc)) throw new InvalidDataException($"{path}: line {number}, column {column}: \"{soc}\" is not a 6-digit SOC code like 15-1252");
                column += soc.Length + 1;
            }
            titles.Add(new RealTitle(line[..tab], socs));
        }
        return titles;
    }

    private static bool IsSoc(string s) =>
        s.Length == 7 && s[2] == '-' && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && s.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// Adds each title of <paramref name="path"/> once per occupation its codes name (curated roles are reached through
    /// their occupations), skipping those <paramref name="excluded"/> says; a missing file adds nothing.
    /// </summary>
    public static void AddTo(List<IndexedTitle> titles, LadderCatalog catalog, string path, TitleSource source, Func<string, bool> excluded,
        RankingWeights? weights = null)
    {
        if (!File.Exists(path)) return;
        var bySoc = catalog.Roles.Where(r => !r.IsCurated).ToLookup(r => r.Primary.Code.Soc, StringComparer.Ordinal);
        var byGroup = catalog.Roles.Where(r => !r.IsCurated).ToLookup(r => r.Primary.Code.Soc[..6], StringComparer.Ordinal);
        var w = weights ?? RankingWeights.Default;
        foreach (var title in Read(path))
        {
            if (excluded(title.Text)) continue;
            var roles = title.Socs.SelectMany(soc => soc[6] == '0' ? byGroup[soc[..6]] : bySoc[soc]).Distinct().ToList();
            float share = w.RealWeight / (1f + w.RealShareDecay * (roles.Count - 1));
            foreach (var role in roles) titles.Add(new IndexedTitle(title.Text, role, source, share));
        }
    }
}
