using Ladder.Search;

namespace Ladder.TitleEval;

/// <summary>The weightings <c>--sweep</c> compares on the tuning parts; edit to explore.</summary>
internal static class Sweeps
{
    public static IEnumerable<(string Label, RankingWeights Weights)> Candidates()
    {
        var baseline = new RankingWeights();
        yield return ("shipped", baseline);
        yield return ("no classifier", baseline with { ClassifierWeight = 0 });
        foreach (var f in new[] { 0.95f, 0.9f, 0.85f })
            yield return ($"all-other factor {f}", baseline with { CatchAllFactor = f });
    }
}
