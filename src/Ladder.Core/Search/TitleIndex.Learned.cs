namespace Ladder.Search;

public sealed partial class TitleIndex
{
    /// <summary>
    /// The classifier's view of each role the index reached: how well the role's titles fit the query's hard words
    /// (TitleClassifier.Share), 1 for the best possible fit.
    /// </summary>
    private void Classify(Scratch s, ReadOnlySpan<QueryWeight> terms, int hardCount, RankingWeights w)
    {
        if (w.ClassifierWeight <= 0 || hardCount == 0 || s.TouchedRoles.Count == 0) return;
        if (s.HardTerms.Length < hardCount) s.HardTerms = new int[hardCount * 2];
        for (int i = 0; i < hardCount; i++) s.HardTerms[i] = terms[i].Term;
        var hard = s.HardTerms.AsSpan(0, hardCount);
        foreach (var role in s.TouchedRoles) s.Posterior[role] = _classifier.Share(hard, role, w.SizePrior, w.ClassifierTemperature);
    }

    /// <summary>
    /// An exact match keeps 1; a partial match mixes its title evidence with the classifier's share and the nearest
    /// titles' vote (TitleIndex.Vote.cs), and an "All
    /// Other" occupation (SOC xx-xx99), where O*NET files odd titles of many trades, yields to specific ones.
    /// </summary>
    private float Blend(Scratch s, int role, float score, RankingWeights w)
    {
        if (s.Exact[role]) return score;
        var blended = (1 - w.ClassifierWeight - w.VoteWeight) * score + w.ClassifierWeight * s.Posterior[role] + w.VoteWeight * s.Votes[role];
        return _catchAll[role] ? blended * w.CatchAllFactor : blended;
    }

    private int ExactRankOf(int role) => _scratch.Value!.ExactRank[role];

    private int PosteriorPercent(int role) => (int)MathF.Round(_scratch.Value!.Posterior[role] * 100);

    // A tie's fits compare in steps (RankingWeights.FitStep): 28% against 27% says nothing, while 3.5 million
    // general and operations managers against 238,000 food service managers does.
    private int PosteriorBucket(int role) => PosteriorPercent(role) / Math.Max(1, _weights.FitStep);

    private static float[] HeadRates(int termCount, int[] titleTermStart, int[] titleTerms, int[] titleHead)
    {
        var seen = new int[termCount];
        var heads = new int[termCount];
        for (int t = 0; t < titleHead.Length; t++)
        {
            for (int i = titleTermStart[t]; i < titleTermStart[t + 1]; i++) seen[titleTerms[i]]++;
            if (titleHead[t] >= 0) heads[titleHead[t]]++;
        }
        var rate = new float[termCount];
        for (int i = 0; i < termCount; i++) rate[i] = seen[i] == 0 ? 0 : (float)heads[i] / seen[i];
        return rate;
    }

    /// <summary>
    /// Coding indexes and some employers write the noun first ("Assembler motorcycle", "Assistant day care"): when the
    /// last word is rarely a head noun in the indexed titles and the first one usually is, the first is the head.
    /// </summary>
    private void ReconsiderHead(ResolvedQuery query)
    {
        int head = query.Terms.FindIndex(t => t.Head && !t.Soft);
        int first = query.Terms.FindIndex(t => !t.Soft && !t.Qualifier);
        if (head <= 0 || first < 0 || first == head) return;
        if (_headRate[query.Terms[head].Term] >= 0.2f || _headRate[query.Terms[first].Term] < 0.5f) return;
        query.Terms[head] = query.Terms[head] with { Head = false };
        query.Terms[first] = query.Terms[first] with { Head = true };
    }
}
