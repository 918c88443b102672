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
        yield return ("boost 10", baseline with { RealClassifierBoost = 10 });
        yield return ("boost 10 c 0.4", baseline with { RealClassifierBoost = 10, ClassifierWeight = 0.4f });
    }
}
