using System.Collections.Frozen;
using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Search;

public sealed partial class TitleIndex
{
    private TitleIndex(Role[] roles, long[] employment, float[] prior, FrozenDictionary<string, int> termByStem, float[] idf,
        int[] postingStart, int[] postings, int[] titleTermStart, int[] titleTerms, float[] titleWeight, int[] titleHead,
        int[] linkStart, int[] linkRole, float[] linkWeight, IndexedTitle[] linkTitle, int[] linkOwner, TypoVocabulary typos,
        RankingWeights weights)
    {
        (_roles, _employment, _prior, _termByStem, _idf, _postingStart, _postings) = (roles, employment, prior, termByStem, idf, postingStart, postings);
        (_titleTermStart, _titleTerms, _titleWeight, _titleHead) = (titleTermStart, titleTerms, titleWeight, titleHead);
        (_linkStart, _linkRole, _linkWeight, _linkTitle, _linkOwner, _typos) = (linkStart, linkRole, linkWeight, linkTitle, linkOwner, typos);
        var groups = roles.Select(r => int.Parse(r.Primary.Code.Soc.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // Real titles teach the classifier how people file titles, so they count more there than in the index.
        var w = _weights = weights;
        var boost = w.RealClassifierBoost;
        var classWeight = linkWeight.Select((v, k) => linkTitle[k].Source.IsReal() ? v * boost : v).ToArray();
        _classifier = TitleClassifier.Build(groups, idf.Length, titleTermStart, titleTerms, linkStart, linkRole, classWeight, w);
        _headRate = HeadRates(idf.Length, titleTermStart, titleTerms, titleHead);
        _catchAll = roles.Select(IsCatchAll).ToArray();
        (_ownLink, _ownPostings) = OwnTitles(roles.Length, linkRole, linkTitle, linkOwner, titleTermStart, titleTerms, _catchAll);
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(_titleWeight.Length, _roles.Length));
    }

    /// <summary>
    /// Builds an index over <paramref name="titles"/>, whose roles must all be in <paramref name="roles"/>, ranking by
    /// <paramref name="weights"/> (default: the shipped ones).
    /// </summary>
    public static TitleIndex Build(IReadOnlyList<Role> roles, IReadOnlyList<Occupation> occupations, IReadOnlyList<IndexedTitle> titles,
        RankingWeights? weights = null)
    {
        weights ??= RankingWeights.Default;
        var roleIds = new Dictionary<Role, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < roles.Count; i++) roleIds[roles[i]] = i;

        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaceFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleIds = new Dictionary<string, int>(titles.Count, StringComparer.Ordinal);
        var titleTerms = new List<int[]>(titles.Count);
        var titleHeads = new List<int>(titles.Count);
        // Per normalized title, the roles it names: the best source wins when a role has it twice.
        var links = new List<List<(int Role, IndexedTitle Title)>>(titles.Count);
        var terms = new List<int>(8);

        foreach (var title in titles)
        {
            var analysis = TitleAnalyzer.Analyze(title.Text);
            if (!analysis.HasHardWords) analysis = TitleAnalyzer.Analyze(title.Text, keepSeniority: true);
            if (analysis.Words.Count == 0) continue;
            terms.Clear();
            int head = -1;
            foreach (var word in analysis.Words)
            {
                var stem = TitleStemmer.Stem(word.Surface);
                if (!termIds.TryGetValue(stem, out var id)) termIds[stem] = id = termIds.Count;
                if (word.Head) head = id;
                if (!terms.Contains(id)) terms.Add(id);
                surfaceFrequency[word.Surface] = surfaceFrequency.GetValueOrDefault(word.Surface) + 1;
            }
            terms.Sort();
            var key = string.Join(',', terms);
            if (!titleIds.TryGetValue(key, out var titleId))
            {
                titleIds[key] = titleId = titleTerms.Count;
                titleTerms.Add(terms.ToArray());
                titleHeads.Add(head);
                links.Add([]);
            }
            var roleId = roleIds[title.Role];
            var list = links[titleId];
            var existing = list.FindIndex(l => l.Role == roleId);
            if (existing < 0) list.Add((roleId, title));
            else if (Outranks(title, list[existing].Title)) list[existing] = (roleId, title);
        }

        KeepPlausibleRealLinks(titleTerms, titleHeads, links, weights.RealCandidateFloor);
        int termCount = termIds.Count, titleCount = titleTerms.Count;
        var frequency = new int[termCount];
        foreach (var t in titleTerms) foreach (var term in t) frequency[term]++;
        var idf = new float[termCount];
        for (int i = 0; i < termCount; i++) idf[i] = (float)Math.Log(1.0 + (double)titleCount / frequency[i]);

        var postingStart = new int[termCount + 1];
        for (int i = 0; i < termCount; i++) postingStart[i + 1] = postingStart[i] + frequency[i];
        var postings = new int[postingStart[termCount]];
        var fill = (int[])postingStart.Clone();
        var termStart = new int[titleCount + 1];
        var flatTerms = new int[titleTerms.Sum(t => t.Length)];
        var titleWeight = new float[titleCount];
        for (int t = 0; t < titleCount; t++)
        {
            var own = titleTerms[t];
            termStart[t + 1] = termStart[t] + own.Length;
            own.CopyTo(flatTerms, termStart[t]);
            foreach (var term in own)
            {
                postings[fill[term]++] = t;
                titleWeight[t] += idf[term];
            }
        }
        var linkStart = new int[titleCount + 1];
        for (int t = 0; t < titleCount; t++) linkStart[t + 1] = linkStart[t] + links[t].Count;
        var linkRole = new int[linkStart[titleCount]];
        var linkWeight = new float[linkRole.Length];
        var linkTitle = new IndexedTitle[linkRole.Length];
        var linkOwner = new int[linkRole.Length];
        for (int t = 0, k = 0; t < titleCount; t++)
        {
            foreach (var (role, title) in links[t])
            {
                linkRole[k] = role;
                linkWeight[k] = title.Source.Weight() * title.Share;
                linkOwner[k] = t;
                linkTitle[k++] = title;
            }
        }

        var employment = EstimateEmployment(roles, occupations);
        var maxLog = Math.Log(1 + Math.Max(1, employment.Length == 0 ? 1 : employment.Max()));
        var prior = employment.Select(e => (float)(Math.Log(1 + Math.Max(0, e)) / maxLog)).ToArray();
        return new TitleIndex(roles.ToArray(), employment, prior, termIds.ToFrozenDictionary(StringComparer.Ordinal), idf,
            postingStart, postings, termStart, flatTerms, titleWeight, titleHeads.ToArray(), linkStart, linkRole, linkWeight, linkTitle, linkOwner,
            new TypoVocabulary(surfaceFrequency), weights);
    }

    // SOC files what fits nowhere else under a code ending in 9: xx-xx99 ("Engineers, All Other", and the O*NET
    // specialties that share 15-1299's wages) and, within a broad group, xx-xxx9 ("Cooks, All Other" is 35-2019).
    private static bool IsCatchAll(Role role) =>
        !role.IsCurated && (role.Primary.Code.Soc.EndsWith("99", StringComparison.Ordinal)
            || role.Primary.Title.EndsWith(", All Other", StringComparison.Ordinal));

    // O*NET's own titles first (they can match exactly), then the heavier source.
    private static bool Outranks(IndexedTitle title, IndexedTitle other) =>
        title.Source.IsReal() != other.Source.IsReal() ? other.Source.IsReal() : title.Source.Weight() * title.Share > other.Source.Weight() * other.Share;

    // BLS publishes employment per 6-digit SOC code; O*NET detail codes (15-1299.08) share it, so each gets an equal part.
    private static long[] EstimateEmployment(IReadOnlyList<Role> roles, IReadOnlyList<Occupation> occupations)
    {
        var codesPerSoc = occupations.GroupBy(o => o.Code.Soc).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return roles.Select(r =>
        {
            var primary = r.Primary;
            var employment = primary.Wages.Current?.Employment.Amount ?? 0m;
            return (long)(employment / codesPerSoc.GetValueOrDefault(primary.Code.Soc, 1));
        }).ToArray();
    }
}
