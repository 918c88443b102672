using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>
/// The normaliser of each occupation's moves out under a fitted model (<see cref="MoveModel.LogPartitions"/>): what
/// lets moves into a role weigh each origin by its size times the model's probability of the move.
/// </summary>
internal static class Partitions
{
    /// <summary><paramref name="model"/> with the normaliser of every rated O*NET occupation of <paramref name="space"/>'s catalog.</summary>
    public static MoveModel Add(SkillSpace space, MoveModel model)
    {
        var features = new double[MoveFeatures.Count];
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var a in space.Profiles.Where(p => !p.Role.IsCurated && p.HasRatings))
        {
            var pool = MoveRanking.BySimilarity(space, a, p => TransitionList.IsMove(a.Role, p.Role), outward: true);
            var scores = pool.Select((x, rank) =>
            {
                // As moves in score it: the neighbour feature neutral.
                MoveFeatures.Compute(model, space.Catalog, a, x.Other, x.Breakdown, rank, null, features);
                return model.Score(features);
            }).ToList();
            if (scores.Count == 0) continue;
            var max = scores.Max();
            result[a.Role.Code] = Math.Round(max + Math.Log(scores.Sum(s => Math.Exp(s - max))), 4);
        }
        return Copy(model, result);
    }

    private static MoveModel Copy(MoveModel m, Dictionary<string, double> logPartitions) =>
        new(m.Mean.ToArray(), m.Scale.ToArray(), m.Weights.ToArray(), m.DestinationPriors, m.DefaultPrior,
            m.GroupPriors.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value), m.Pool, m.Provenance,
            m.NodesBySoc, m.Flows.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value), m.Neighbours, m.Movers)
        {
            LogPartitions = logPartitions,
        };
}
