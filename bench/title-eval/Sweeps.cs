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
        foreach (var f in new[] { 0f, 0.1f, 0.25f, 0.75f })
            yield return ($"real candidate floor {f}", baseline with { RealCandidateFloor = f });
    }
}
