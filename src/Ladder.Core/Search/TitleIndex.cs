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

    private readonly FrozenDictionary<string, int> _termByStem;
    private readonly float[] _idf;
    private readonly int[] _postingStart;
    private readonly int[] _postings;

    private readonly int[] _titleTermStart;
    private readonly int[] _titleTerms;
    private readonly float[] _titleWeight;

    private readonly int[] _linkStart;
    private readonly int[] _linkRole;
    private readonly float[] _linkWeight;
    private readonly IndexedTitle[] _linkTitle;
    private readonly int[] _linkOwner;

    private readonly TypoVocabulary _typos;
    private readonly ThreadLocal<Scratch> _scratch;

    /// <summary>Distinct normalized titles in the index.</summary>
    public int TitleCount => _titleWeight.Length;

    /// <summary>Distinct (title, role) pairs in the index.</summary>
    public int LinkCount => _linkRole.Length;

    /// <summary>Distinct stemmed terms.</summary>
    public int TermCount => _idf.Length;

    /// <summary>Builds the index over every curated role and occupation of <paramref name="catalog"/>.</summary>
    public static TitleIndex Build(LadderCatalog catalog, TitleIndexOptions? options = null) =>
        Build(catalog.Roles, catalog.Occupations, IndexedTitles.Collect(catalog, options));

    /// <summary>The estimated workers in a role: BLS employment of its SOC code, shared among the O*NET codes under it.</summary>
    public long EstimatedEmployment(Role role) => Array.IndexOf(_roles, role) is var i and >= 0 ? _employment[i] : 0;

    /// <summary>Reusable per-thread buffers, so a query does not allocate arrays the size of the index.</summary>
    private sealed class Scratch(int titles, int roles)
    {
        public readonly float[] Hard = new float[titles];
        public readonly float[] Soft = new float[titles];
        public readonly List<int> Touched = new(4096);
        public readonly float[] Best = new float[roles];
        public readonly float[] Second = new float[roles];
        public readonly int[] BestLink = new int[roles];
        public readonly bool[] Exact = new bool[roles];
        public readonly List<int> TouchedRoles = new(1024);

        public void Reset()
        {
            foreach (var t in Touched) Hard[t] = Soft[t] = 0;
            Touched.Clear();
            foreach (var r in TouchedRoles)
            {
                Best[r] = Second[r] = 0;
                Exact[r] = false;
            }
            TouchedRoles.Clear();
        }
    }
}
