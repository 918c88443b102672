using System.Numerics;
using Ladder.Catalog;

namespace Ladder.TitleEval;

/// <summary>
/// What the experiment knows about one labelled query, computed once: the index's ranking (top 10 with scores,
/// and the scores of up to 50 roles for candidates the embedding adds), the query's nearest titles in its context,
/// and the best cosine similarity of each candidate role's titles to the query.
/// </summary>
internal sealed class EmbedQuery
{
    public const int Neighbours = 50;

    public required LabelledTitle Item { get; init; }
    public required List<(Role Role, double Score)> IndexTop { get; init; }
    public required Dictionary<Role, double> IndexScores { get; init; }
    /// <summary>The nearest titles of the context, best first: their roles, shares and cosine similarity.</summary>
    public required List<((Role Role, float Share)[] Labels, float Similarity)> Nearest { get; init; }
    /// <summary>The same from O*NET's (and curated) titles only, without the employer and Census titles.</summary>
    public required List<((Role Role, float Share)[] Labels, float Similarity)> NearestOnet { get; init; }
    /// <summary>Per candidate role (index top 10 and every role of <see cref="Nearest"/>), its titles' best cosine.</summary>
    public required Dictionary<Role, float> BestCosine { get; init; }

    public static EmbedQuery Compute(LabelledTitle item, EmbedContext context, EmbeddingStore store, float[] similarity)
    {
        var query = store.Vector(store.Id(item.Title));
        var vectors = store.Vectors;
        for (int id = 0; id < store.Count; id++)
            similarity[id] = context.Labels[id] is null ? float.NegativeInfinity : Dot(query, vectors.Slice(id * MiniLmEncoder.Dimensions, MiniLmEncoder.Dimensions));

        var nearest = TopIds(similarity, Neighbours, _ => true).Select(id => (context.Labels[id]!, similarity[id])).ToList();
        var onet = TopIds(similarity, Neighbours, id => !context.RealOnly[id]).Select(id => (context.Labels[id]!, similarity[id])).ToList();
        var top = context.Index.Search(item.Title, 10).Matches.Select(m => (m.Role, m.Score)).ToList();
        var scores = context.Index.Search(item.Title, 50).Matches.ToDictionary(m => m.Role, m => m.Score);
        foreach (var (role, score) in top) scores[role] = score;

        var best = new Dictionary<Role, float>();
        foreach (var role in top.Select(t => t.Role).Concat(nearest.Concat(onet).SelectMany(n => n.Item1.Select(l => l.Role))))
        {
            if (best.ContainsKey(role)) continue;
            float max = 0;
            if (context.RoleTexts.TryGetValue(role, out var ids))
                foreach (var id in ids) max = Math.Max(max, similarity[id]);
            best[role] = max;
        }
        return new EmbedQuery { Item = item, IndexTop = top, IndexScores = scores, Nearest = nearest, NearestOnet = onet, BestCosine = best };
    }

    /// <summary>The similarity-weighted vote of the <paramref name="k"/> nearest titles, per role.</summary>
    public Dictionary<Role, double> Votes(int k, bool onetOnly)
    {
        var votes = new Dictionary<Role, double>();
        foreach (var (labels, sim) in (onetOnly ? NearestOnet : Nearest).Take(k))
            foreach (var (role, share) in labels)
                votes[role] = votes.GetValueOrDefault(role) + sim * share;
        return votes;
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    private static int[] TopIds(float[] similarity, int count, Func<int, bool> allowed)
    {
        // A bounded min-heap of the best ids so far.
        var heap = new PriorityQueue<int, float>(count + 1);
        for (int id = 0; id < similarity.Length; id++)
        {
            if (float.IsNegativeInfinity(similarity[id]) || !allowed(id)) continue;
            if (heap.Count < count) heap.Enqueue(id, similarity[id]);
            else if (heap.TryPeek(out _, out var worst) && similarity[id] > worst) heap.EnqueueDequeue(id, similarity[id]);
        }
        var ids = new int[heap.Count];
        for (int i = ids.Length - 1; i >= 0; i--) ids[i] = heap.Dequeue();
        return ids;
    }
}
