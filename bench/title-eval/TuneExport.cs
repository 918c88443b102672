using System.IO.Compression;
using System.Text;

namespace Ladder.TitleEval;

/// <summary>
/// The generator of data/titles: writes the tuning part of each dev set (never the report part) as
/// <c>title&lt;TAB&gt;soc|soc</c> lines, sorted, gzipped without a timestamp, so the same input gives the same bytes.
/// Also writes a sample of the report part for the table-driven test.
/// </summary>
internal static class TuneExport
{
    public static void Write(string set, string path)
    {
        var lines = LabelledTitle.ReadTsv(set)
            .Where(i => !DevSplit.IsReport(i.Title))
            .Select(i => i.Title.Trim() + "\t" + string.Join('|', i.Soc.Order(StringComparer.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in lines) writer.WriteLine(line);
        Console.WriteLine($"{path}: {lines.Count} tuning titles from {Path.GetFileName(set)}");
    }

    /// <summary>Every <paramref name="step"/>-th title of the report part, in file order: the test's real titles.</summary>
    public static void WriteReportSample(string set, int step, string path)
    {
        var lines = LabelledTitle.ReadTsv(set)
            .Where(i => DevSplit.IsReport(i.Title))
            .Where((_, n) => n % step == 0)
            .Select(i => i.Title.Trim() + "\t" + string.Join('|', i.Soc.Order(StringComparer.Ordinal)))
            .ToList();
        File.WriteAllLines(path, lines);
        Console.WriteLine($"{path}: {lines.Count} report-only titles from {Path.GetFileName(set)}");
    }
}
