using System.Globalization;
using Xunit.Abstractions;

namespace Ladder.Tests.Core.Matching;

/// <summary>
/// Precision, recall and F1 of the skill extractor on the labelled résumé set (tests/data/resumes, see its README),
/// micro-averaged over all files, comparing canonical names as sets.
/// </summary>
public sealed class ResumeExtractionEvaluationTests(MatchingCatalogFixture data, ITestOutputHelper output) : IClassFixture<MatchingCatalogFixture>
{
    /// <summary>The floor below which a change counts as a regression (measured figure minus a small margin).</summary>
    private const double F1Floor = 0.90;

    [Fact]
    public void Extractor_reaches_the_f1_floor_on_the_labelled_resumes()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "testdata", "resumes");
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.tsv")).Where(l => l.Length > 0)
            .Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1].Split('|').ToHashSet(StringComparer.Ordinal));
        Assert.True(expected.Count >= 40, $"expected at least 40 labelled résumés, found {expected.Count}");
        int tp = 0, fp = 0, fn = 0;
        foreach (var (file, gold) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var found = data.Space.Extractor.Extract(File.ReadAllText(Path.Combine(folder, file))).Select(h => h.Canonical).ToHashSet(StringComparer.Ordinal);
            var falsePositives = found.Except(gold).ToList();
            var misses = gold.Except(found).ToList();
            tp += found.Count(gold.Contains);
            fp += falsePositives.Count;
            fn += misses.Count;
            if (falsePositives.Count + misses.Count > 0)
                output.WriteLine($"{file}: extra [{string.Join("; ", falsePositives)}] missed [{string.Join("; ", misses)}]");
        }
        double precision = (double)tp / (tp + fp), recall = (double)tp / (tp + fn), f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files={expected.Count} tp={tp} fp={fp} fn={fn} precision={precision:0.000} recall={recall:0.000} F1={f1:0.000}"));
        Assert.True(f1 >= F1Floor, string.Create(CultureInfo.InvariantCulture, $"F1 {f1:0.000} (P {precision:0.000}, R {recall:0.000}) is below the floor {F1Floor}"));
    }
}
