using System.Collections.Frozen;
using Ladder.Catalog;

namespace Ladder.Search;

/// <summary>
/// Free-text job title → ranked roles and occupations. Built once from a catalog, then only read:
/// thread-safe, and a query allocates little beyond its results. See docs/title-search.md for the method.
/// </summary>
public sealed partial class TitleIndex
{
    /// <summary>Longer text is not a job title; it gets an explained empty result.</summary>
    public const int MaxQueryLength = 200;

    private readonly Role[] _roles;
    private readonly long[] _employment;
    /// <summary>log(1 + employment) scaled to [0, 1]: the soft prior for partial matches.</summary>
    private readonly float[] _prior;

    private readonly FrozenDictionary<string, int> _termByStem;
    private readonly float[] _idf;
    private readonly int[] _postingStart;
    private readonly int[] _postings;

    private readonly int[] _titleTermStart;
    private readonly int[] _titleTerms;
    private readonly float[] _titleWeight;
    /// <summary>Per title, the term of its head noun, or -1.</summary>
    private readonly int[] _titleHead;

    private readonly int[] _linkStart;
    private readonly int[] _linkRole;
    private readonly float[] _linkWeight;
    private readonly IndexedTitle[] _linkTitle;
    private readonly int[] _linkOwner;

    private readonly TypoVocabulary _typos;
    internal TypoVocabulary Typos => _typos;
    private readonly TitleClassifier _classifier;
    /// <summary>Per term, the share of the titles holding it where it is the head noun.</summary>
    private readonly float[] _headRate;
    /// <summary>Per role, whether its primary SOC code is an "All Other" catch-all (xx-xx99).</summary>
    private readonly bool[] _catchAll;
    private readonly ThreadLocal<Scratch> _scratch;
    /// <summary>The constants this index was built with and ranks by.</summary>
    private readonly RankingWeights _weights;

    /// <summary>Distinct normalized titles in the index.</summary>
    public int TitleCount => _titleWeight.Length;

    /// <summary>Distinct (title, role) pairs in the index.</summary>
    public int LinkCount => _linkRole.Length;

    /// <summary>Distinct stemmed terms.</summary>
    public int TermCount => _idf.Length;

    /// <summary>Builds the index over every curated role and occupation of <paramref name="catalog"/>.</summary>
    public static TitleIndex Build(LadderCatalog catalog, TitleIndexOptions? options = null) =>
        Build(catalog.Roles, catalog.Occupations, IndexedTitles.Collect(catalog, options), options?.Weights);

    /// <summary>The estimated workers in a role: BLS employment of its SOC code, shared among the O*NET codes under it.</summary>
    public long EstimatedEmployment(Role role) => Array.IndexOf(_roles, role) is var i and >= 0 ? _employment[i] : 0;

    /// <summary>Reusable per-thread buffers, so a query does not allocate arrays the size of the index.</summary>
    private sealed class Scratch(int titles, int roles)
    {
        /// <summary>Per title, the query generation that last scored it: no clearing between queries.</summary>
        public readonly int[] Seen = new int[titles];
        public int Generation;
        public readonly float[] Best = new float[roles];
        public readonly float[] Second = new float[roles];
        public readonly float[] Third = new float[roles];
        public readonly int[] BestLink = new int[roles];
        public readonly bool[] Exact = new bool[roles];
        /// <summary>Per role, the best source of an exact title (TitleSourceText.ExactRank), 0 when none.</summary>
        public readonly byte[] ExactRank = new byte[roles];
        /// <summary>Per role, whether its own title holds every query word (TitleIndex.OwnTitle.cs).</summary>
        public readonly bool[] Holds = new bool[roles];
        public readonly float[] Votes = new float[roles];
        public readonly float[] NearSim = new float[256];
        public readonly int[] NearTitle = new int[256];
        public int NearCount;
        /// <summary>Per role, how well its titles fit the query by the classifier, in [0, 1] (TitleIndex.Learned.cs).</summary>
        public readonly float[] Posterior = new float[roles];
        public int[] HardTerms = new int[16];
        public readonly List<int> TouchedRoles = new(1024);
        public QueryWeight[] Terms = new QueryWeight[16];

        public void Reset()
        {
            if (++Generation == int.MaxValue)
            {
                Array.Clear(Seen);
                Generation = 1;
            }
            foreach (var r in TouchedRoles)
            {
                Best[r] = Second[r] = Third[r] = Posterior[r] = 0;
                Exact[r] = Holds[r] = false;
                Votes[r] = 0;
                ExactRank[r] = 0;
            }
            TouchedRoles.Clear();
            NearCount = 0;
        }
    }

    /// <summary>A query term as the ranking uses it.</summary>
    private struct QueryWeight
    {
        public int Term;
        public float Weight;
        public bool Soft;
        public bool Head;
    }
}
