using System.Collections.Frozen;
using Ladder.Catalog;

namespace Ladder.Search;

public sealed partial class TitleIndex
{
    /// <summary>The tie-break rank (TitleSourceText.ExactRank) of a role whose own title holds every query word: that
    /// of an exact alternate title, so the classifier's fit and then employment decide between them.</summary>
    private const byte HoldsEveryWordRank = 2;

    /// <summary>
    /// How many words an own title may have beyond the query's: "Heavy and Tractor-Trailer Truck Drivers" names truck
    /// drivers, but "First-Line Supervisors of Air Crew Members" is too particular to stand for "supervisor line crew".
    /// </summary>
    private const int MaxExtraOwnWords = 3;

    /// <summary>Per role, the sorted terms of its own title (occupation or curated role title).</summary>
    private readonly int[][] _ownTerms;
    /// <summary>Per role, the head-noun term of its own title, or -1.</summary>
    private readonly int[] _ownHead;
    /// <summary>Per role, the link of its own title, or -1 (a catch-all's, which never counts).</summary>
    private readonly int[] _ownLink;
    /// <summary>Per term, the roles whose own title holds it.</summary>
    private readonly FrozenDictionary<int, int[]> _ownPostings;

    private static (int[][] Terms, int[] Head, int[] Link, FrozenDictionary<int, int[]> Postings) OwnTitles(
        Role[] roles, FrozenDictionary<string, int> termByStem, int[] linkStart, int[] linkRole, IndexedTitle[] linkTitle, bool[] catchAll)
    {
        var terms = new int[roles.Length][];
        var head = new int[roles.Length];
        var link = new int[roles.Length];
        var postings = new Dictionary<int, List<int>>();
        for (int r = 0; r < roles.Length; r++)
        {
            var own = new List<int>(6);
            head[r] = -1;
            foreach (var word in TitleAnalyzer.Analyze(roles[r].Title).Words)
            {
                if (!termByStem.TryGetValue(TitleStemmer.Stem(word.Surface), out var term) || own.Contains(term)) continue;
                own.Add(term);
                if (word.Head) head[r] = term;
            }
            own.Sort();
            terms[r] = own.ToArray();
            link[r] = -1;
            // A curated title names a specialty ("Embedded Software Engineer"): holding "software engineer" makes it
            // narrower than the query, not a better name for it.
            if (catchAll[r] || roles[r].IsCurated) continue;
            foreach (var term in own)
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(r);
            }
        }
        for (int k = 0; k < linkRole.Length; k++)
        {
            if (linkTitle[k].Source is TitleSource.OccupationTitle && link[linkRole[k]] < 0 && !catchAll[linkRole[k]])
                link[linkRole[k]] = k;
        }
        return (terms, head, link, postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    /// <summary>
    /// "Internal Medicine Physician" is, in O*NET, an alternate title of Pediatric Surgeons only, while General
    /// Internal Medicine Physicians holds every one of its words in its own title; "General Manager" is an alternate
    /// title of food service managers, while General and Operations Managers holds both words. A role whose own title
    /// holds every hard word of a query of two or more, with the same head noun and at most
    /// <see cref="MaxExtraOwnWords"/> more, scores 1 like an exact title when some other role has the query as an
    /// exact title, and ties with an exact alternate title.
    /// </summary>
    private void HoldEveryWord(Scratch s, ReadOnlySpan<QueryWeight> terms, int hardCount, int queryHead)
    {
        if (hardCount < 2) return;
        // Only a conflict with another role's exact title is settled here; without one, overlap ranks as usual.
        bool anyExact = false;
        foreach (var role in s.TouchedRoles) anyExact |= s.Exact[role];
        if (!anyExact) return;
        int[]? shortest = null;
        for (int i = 0; i < terms.Length; i++)
        {
            if (terms[i].Soft) continue;
            if (!_ownPostings.TryGetValue(terms[i].Term, out var roles)) return;
            if (shortest is null || roles.Length < shortest.Length) shortest = roles;
        }
        foreach (var role in shortest!)
        {
            if (s.Exact[role] || _ownLink[role] < 0) continue;
            if (queryHead >= 0 && _ownHead[role] != queryHead) continue;
            bool all = true;
            for (int i = 0; i < terms.Length && all; i++)
                all = terms[i].Soft || Array.BinarySearch(_ownTerms[role], terms[i].Term) >= 0;
            if (!all || _ownTerms[role].Length - hardCount > MaxExtraOwnWords) continue;
            if (s.Best[role] == 0) s.TouchedRoles.Add(role);
            s.Best[role] = 1f;
            s.Exact[role] = true;
            s.ExactRank[role] = HoldsEveryWordRank;
            s.Holds[role] = true;
            s.BestLink[role] = _ownLink[role];
        }
    }
}
