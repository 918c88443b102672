using System.Collections.Frozen;

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

    /// <summary>Per role, the link of its own occupation title, or -1 (curated roles and catch-alls never count). The
    /// title it links holds the terms (sorted) and head noun that <see cref="HoldEveryWord"/> checks.</summary>
    private readonly int[] _ownLink;
    /// <summary>Per term, the roles whose own title holds it.</summary>
    private readonly FrozenDictionary<int, int[]> _ownPostings;

    private static (int[] Link, FrozenDictionary<int, int[]> Postings) OwnTitles(int roleCount, int[] linkRole,
        IndexedTitle[] linkTitle, int[] linkOwner, int[] titleTermStart, int[] titleTerms, bool[] catchAll)
    {
        var link = new int[roleCount];
        Array.Fill(link, -1);
        var postings = new Dictionary<int, List<int>>();
        for (int k = 0; k < linkRole.Length; k++)
        {
            int r = linkRole[k];
            // A curated title names a specialty ("Embedded Software Engineer"): holding "software engineer" makes it
            // narrower than the query, not a better name for it. Curated roles have no occupation title of their own.
            if (linkTitle[k].Source is not TitleSource.OccupationTitle || link[r] >= 0 || catchAll[r]) continue;
            link[r] = k;
            int t = linkOwner[k];
            for (int i = titleTermStart[t]; i < titleTermStart[t + 1]; i++)
            {
                if (!postings.TryGetValue(titleTerms[i], out var list)) postings[titleTerms[i]] = list = [];
                list.Add(r);
            }
        }
        return (link, postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
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
            int t = _linkOwner[_ownLink[role]];
            if (queryHead >= 0 && _titleHead[t] != queryHead) continue;
            var own = _titleTerms.AsSpan(_titleTermStart[t], _titleTermStart[t + 1] - _titleTermStart[t]);
            bool all = true;
            for (int i = 0; i < terms.Length && all; i++)
                all = terms[i].Soft || own.BinarySearch(terms[i].Term) >= 0;
            if (!all || own.Length - hardCount > MaxExtraOwnWords) continue;
            if (s.Best[role] == 0) s.TouchedRoles.Add(role);
            s.Best[role] = 1f;
            s.Exact[role] = true;
            s.ExactRank[role] = HoldsEveryWordRank;
            s.Holds[role] = true;
            s.BestLink[role] = _ownLink[role];
        }
    }
}
