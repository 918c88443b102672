using Ladder.Catalog;

namespace Ladder.TitleEval;

/// <summary>
/// How the embedding changes an answer. <c>Knn</c>: the roles ranked by the similarity-weighted vote of the
/// <c>K</c> nearest titles alone. <c>Best</c> / <c>Vote</c>: the index's top 10 plus the vote's top 3 roles, each
/// scored index score (0 when the index does not reach it) + <c>W</c> × the role's best title cosine, or
/// + <c>W</c> × its share of the vote; <c>Both</c>: + <c>W</c> × vote share + <c>W2</c> × best cosine.
/// <c>Index</c>: the index's own top 10. <c>OnetOnly</c>: neighbours from O*NET's and curated titles only.
/// </summary>
internal sealed record EmbedBlend(EmbedBlend.Kind Mode, int K, double W, double W2 = 0, bool OnetOnly = false)
{
    public enum Kind { Index, Knn, Best, Vote, Both }

    public static readonly EmbedBlend Index = new(Kind.Index, 0, 0);

    public override string ToString() => (OnetOnly ? "O*NET neighbours: " : "") + Mode switch
    {
        Kind.Index => "index alone",
        Kind.Knn => $"kNN alone, k {K}",
        Kind.Both => $"index + {W:0.###} x vote share + {W2:0.###} x best cosine (k {K})",
        _ => $"index + {W:0.###} x {(Mode == Kind.Best ? "best cosine" : "vote share")} (k {K})",
    };

    /// <summary>The candidate settings the tuning part chooses among.</summary>
    public static IEnumerable<EmbedBlend> Grid()
    {
        foreach (var mode in new[] { Kind.Best, Kind.Vote })
            foreach (var k in new[] { 5, 10, 20 })
                foreach (var w in new[] { 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0 })
                    yield return new EmbedBlend(mode, k, w);
        foreach (var vote in new[] { 0.1, 0.2, 0.3, 0.5 })
            foreach (var cosine in new[] { 0.25, 0.5, 1.0, 1.5 })
                yield return new EmbedBlend(Kind.Both, 20, vote, cosine);
    }

    /// <summary>The vote settings again with neighbours from O*NET's titles only: is a gain the real titles' labels?</summary>
    public static IEnumerable<EmbedBlend> OnetGrid() =>
        Grid().Where(b => b.Mode != Kind.Best && b.K >= 10).Select(b => b with { OnetOnly = true });

    /// <summary>The SOC codes of the top 5 answers.</summary>
    public List<string> Predict(EmbedQuery q)
    {
        if (Mode == Kind.Index) return q.IndexTop.Take(5).Select(t => t.Role.Code).ToList();
        var votes = q.Votes(K, OnetOnly);
        if (Mode == Kind.Knn) return votes.OrderByDescending(v => v.Value).Take(5).Select(v => v.Key.Code).ToList();

        double total = Math.Max(1e-9, votes.Values.Sum());
        var candidates = q.IndexTop.Select(t => t.Role)
            .Concat(votes.OrderByDescending(v => v.Value).Take(3).Select(v => v.Key))
            .Distinct().ToList();
        // Stable: on equal scores the index's order stands.
        return candidates
            .Select((role, order) => (role, order, score: q.IndexScores.GetValueOrDefault(role) + W * Feature(q, votes, total, role)))
            .OrderByDescending(c => c.score).ThenBy(c => c.order)
            .Take(5).Select(c => c.role.Code).ToList();
    }

    private double Feature(EmbedQuery q, Dictionary<Role, double> votes, double total, Role role) => Mode switch
    {
        Kind.Best => q.BestCosine.GetValueOrDefault(role),
        Kind.Vote => votes.GetValueOrDefault(role) / total,
        _ => votes.GetValueOrDefault(role) / total + W2 / W * q.BestCosine.GetValueOrDefault(role),
    };

    public Accuracy Score(IEnumerable<EmbedQuery> queries)
    {
        var accuracy = new Accuracy();
        foreach (var q in queries) accuracy.Add(q.Item, Predict(q));
        return accuracy;
    }
}
