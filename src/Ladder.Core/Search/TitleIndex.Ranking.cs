using System.Globalization;
using System.Text;

namespace Ladder.Search;

public sealed partial class TitleIndex
{
    private const float MinimumTitleSimilarity = 0.08f;
    private const float TypoPenalty = 0.97f;

    /// <summary>
    /// Scores every title sharing a word with the query by IDF-weighted Jaccard similarity (1 exactly when the
    /// normalized word sets are equal), keeps each role's two best titles, and ranks roles.
    /// </summary>
    private List<TitleMatch> Rank(ResolvedQuery query, int limit, string? seniority, bool exactOnly)
    {
        var s = _scratch.Value!;
        s.Reset();
        float queryWeight = 0;
        foreach (var q in query.Terms)
        {
            if (q.Soft) continue;
            var w = _idf[q.Term];
            queryWeight += w;
            for (int i = _postingStart[q.Term], end = _postingStart[q.Term + 1]; i < end; i++)
            {
                var t = _postings[i];
                if (s.Hard[t] == 0) s.Touched.Add(t);
                s.Hard[t] += w;
            }
        }
        foreach (var q in query.Terms)
        {
            if (!q.Soft) continue;
            var w = _idf[q.Term];
            // Posting words only ever help a title the hard words already found.
            for (int i = _postingStart[q.Term], end = _postingStart[q.Term + 1]; i < end; i++)
            {
                var t = _postings[i];
                if (s.Hard[t] > 0) s.Soft[t] += w;
            }
        }

        // Titles far below the best one seen cannot reach the shown results (the floor is 0.3 × the top score),
        // so they skip the per-role bookkeeping, which is most of a query's cost.
        float floor = MinimumTitleSimilarity;
        foreach (var t in s.Touched)
        {
            float hard = s.Hard[t];
            float similarity = (hard + s.Soft[t]) / (queryWeight + _titleWeight[t] - hard);
            if (similarity < floor) continue;
            bool exact = similarity >= 0.9999f;
            if (exactOnly && !exact) continue;
            if (similarity * 0.25f > floor) floor = similarity * 0.25f;
            for (int k = _linkStart[t], end = _linkStart[t + 1]; k < end; k++)
            {
                var role = _linkRole[k];
                float value = exact ? 1f : similarity * _linkWeight[k];
                if (s.Best[role] == 0 && s.Second[role] == 0) s.TouchedRoles.Add(role);
                if (value > s.Best[role])
                {
                    s.Second[role] = s.Best[role];
                    s.Best[role] = value;
                    s.BestLink[role] = k;
                    s.Exact[role] = exact;
                }
                else if (value > s.Second[role])
                {
                    s.Second[role] = value;
                }
            }
        }

        var penalty = MathF.Pow(TypoPenalty, query.Corrections.Count);
        var top = new List<(int Role, float Score)>(limit + 1);
        foreach (var role in s.TouchedRoles)
        {
            // A second fitting title is extra evidence, but an exact match always outranks any overlap.
            float score = s.Exact[role] ? 1f : MathF.Min(0.95f, 0.9f * s.Best[role] + 0.05f * s.Second[role]);
            score *= penalty;
            if (top.Count == limit && Compare((role, score), top[^1]) >= 0) continue;
            int at = top.Count;
            while (at > 0 && Compare((role, score), top[at - 1]) < 0) at--;
            top.Insert(at, (role, score));
            if (top.Count > limit) top.RemoveAt(limit);
        }

        var matches = new List<TitleMatch>(top.Count);
        if (top.Count == 0) return matches;
        var shownFloor = top[0].Score * 0.3f;
        for (int i = 0; i < top.Count; i++)
        {
            var (role, score) = top[i];
            if (score < shownFloor) break;
            matches.Add(new TitleMatch
            {
                Role = _roles[role],
                Score = Math.Round(score, 3),
                Exact = s.Exact[role],
                Matched = Describe(query, s.BestLink[role], s.Exact[role], TieNote(top, i)),
                Seniority = seniority,
            });
        }
        return matches;
    }

    /// <summary>Higher score first; equal scores (to 0.001): curated role first, then more workers (BLS employment).</summary>
    private int Compare((int Role, float Score) a, (int Role, float Score) b)
    {
        int byScore = Quantize(b.Score).CompareTo(Quantize(a.Score));
        if (byScore != 0) return byScore;
        int byCurated = _roles[b.Role].IsCurated.CompareTo(_roles[a.Role].IsCurated);
        if (byCurated != 0) return byCurated;
        int byEmployment = _employment[b.Role].CompareTo(_employment[a.Role]);
        return byEmployment != 0 ? byEmployment : string.CompareOrdinal(_roles[a.Role].Code, _roles[b.Role].Code);
    }

    private static int Quantize(float score) => (int)MathF.Round(score * 1000f);

    private string? TieNote(List<(int Role, float Score)> top, int i)
    {
        int q = Quantize(top[i].Score), tied = 0;
        foreach (var other in top) if (Quantize(other.Score) == q && !_roles[other.Role].IsCurated) tied++;
        if (tied < 2 || _roles[top[i].Role].IsCurated) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"tied with {tied - 1} other{(tied > 2 ? "s" : "")} at {top[i].Score:0.000}; ordered by BLS employment (about {_employment[top[i].Role]:N0} workers)");
    }

    private string Describe(ResolvedQuery query, int link, bool exact, string? tie)
    {
        var title = _linkTitle[link];
        var sb = new StringBuilder();
        sb.Append(exact ? "exact " : "words of ").Append(title.Source.Describe()).Append(" \"").Append(title.Text).Append('"');
        if (!exact)
        {
            int t = _linkOwner[link];
            var shared = new List<string>(query.Terms.Count);
            for (int i = _titleTermStart[t]; i < _titleTermStart[t + 1]; i++)
                foreach (var q in query.Terms) if (q.Term == _titleTerms[i]) shared.Add(q.Surface);
            sb.Append(" (shared: ").AppendJoin(", ", shared).Append(')');
        }
        if (query.Corrections.Count > 0) sb.Append("; typo fixed: ").AppendJoin(", ", query.Corrections);
        if (tie is not null) sb.Append("; ").Append(tie);
        return sb.ToString();
    }
}
