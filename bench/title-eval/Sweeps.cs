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
        yield return ("real 1.1", baseline with { RealWeight = 1.1f });
        yield return ("head mismatch 0.75", baseline with { HeadMismatch = 0.75f });
        yield return ("head mismatch 0.95", baseline with { HeadMismatch = 0.95f });
    }
}
