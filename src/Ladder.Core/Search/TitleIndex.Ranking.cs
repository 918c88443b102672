using System.Globalization;
using System.Text;

namespace Ladder.Search;

public sealed partial class TitleIndex
{
    private const float MinimumTitleSimilarity = 0.08f;
    private const float TypoPenalty = 0.97f;

    /// <summary>
    /// Scores every title sharing a hard word with the query (see docs/title-search.md, "Ranking"), gathers each
    /// role's three best titles as evidence and the nearest titles' vote, and ranks roles. Every such title is
    /// scored, whatever the limit: the vote looks at the titles nearest the query across all roles, so skipping
    /// titles that could not lift a role into the results (the max-score pruning this once did) would make the
    /// answer depend on how many results were asked for.
    /// </summary>
    private List<TitleMatch> Rank(ResolvedQuery query, int limit, string? seniority, bool exactOnly)
    {
        var s = _scratch.Value!;
        s.Reset();
        var w = _weights;

        // Query terms, hard ones by weight, heaviest first; the head noun counts more.
        int n = query.Terms.Count, hardCount = 0, queryHead = -1;
        if (s.Terms.Length < n) s.Terms = new QueryWeight[n * 2];
        var terms = s.Terms;
        float queryWeight = 0;
        for (int i = 0; i < n; i++)
        {
            var q = query.Terms[i];
            float weight = _idf[q.Term];
            if (q.Qualifier) weight *= w.QualifierWeight;
            if (!q.Soft && q.Head)
            {
                weight *= w.HeadWeight;
                queryHead = q.Term;
            }
            terms[i] = new QueryWeight { Term = q.Term, Weight = weight, Soft = q.Soft, Head = q.Head };
            if (!q.Soft)
            {
                queryWeight += weight;
                hardCount++;
            }
        }
        // Insertion sort: hard before soft, then heavier first.
        for (int i = 1; i < n; i++)
        {
            var x = terms[i];
            int j = i - 1;
            while (j >= 0 && Before(x, terms[j])) { terms[j + 1] = terms[j]; j--; }
            terms[j + 1] = x;
        }

        var queryTerms = terms.AsSpan(0, n);
        for (int k = 0; k < hardCount; k++)
        {
            int term = terms[k].Term;
            for (int i = _postingStart[term], end = _postingStart[term + 1]; i < end; i++)
            {
                var t = _postings[i];
                if (s.Seen[t] == s.Generation) continue;
                s.Seen[t] = s.Generation;
                ScoreTitle(s, queryTerms, hardCount, queryWeight, queryHead, t, exactOnly, w);
            }
        }

        var penalty = MathF.Pow(TypoPenalty, query.Corrections.Count);
        if (!exactOnly) HoldEveryWord(s, queryTerms, hardCount, queryHead);
        Vote(s, w);
        Classify(s, queryTerms, hardCount, w);
        var top = new List<(int Role, float Score)>(limit + 1);
        foreach (var role in s.TouchedRoles)
        {
            float score = Blend(s, role, RoleScore(s, role, w) * penalty, w);
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
                Exact = s.Exact[role] && !s.Holds[role],
                HoldsEveryWord = s.Holds[role],
                Matched = s.Holds[role]
                    ? DescribeHolds(s.BestLink[role], TieNote(top, i))
                    : Describe(query, s.BestLink[role], s.Exact[role], TieNote(top, i)),
                MatchedTitle = _linkTitle[s.BestLink[role]] is { Source: not (TitleSource.EmployerTitle or TitleSource.CensusTitle) } t ? t.Text : _roles[role].Title,
                Seniority = seniority,
            });
        }
        return matches;
    }

    private static bool Before(in QueryWeight a, in QueryWeight b) => a.Soft != b.Soft ? !a.Soft : a.Weight > b.Weight;

    /// <summary>Scores one title against the query from its own word list, and adds it to its roles' evidence.</summary>
    private void ScoreTitle(Scratch s, ReadOnlySpan<QueryWeight> terms, int hardCount, float queryWeight, int queryHead, int t, bool exactOnly, RankingWeights w)
    {
        float hard = 0, soft = 0, matchedIdf = 0;
        int hardMatched = 0, unmatched = 0;
        for (int i = _titleTermStart[t], end = _titleTermStart[t + 1]; i < end; i++)
        {
            int term = _titleTerms[i];
            bool found = false;
            for (int j = 0; j < terms.Length; j++)
            {
                if (terms[j].Term != term) continue;
                found = true;
                if (terms[j].Soft) soft += terms[j].Weight;
                else
                {
                    hard += terms[j].Weight;
                    hardMatched++;
                }
                matchedIdf += _idf[term];
                break;
            }
            if (!found) unmatched++;
        }
        bool exact = hardMatched == hardCount && unmatched == 0;
        if (exactOnly && !exact) return;
        float similarity;
        if (exact) similarity = 1f;
        else
        {
            float extra = _titleWeight[t] - matchedIdf;
            similarity = (hard + w.SoftWeight * soft) / (queryWeight + w.ExtraWeight * extra);
            int head = _titleHead[t];
            if (queryHead >= 0 && head >= 0 && head != queryHead) similarity *= w.HeadMismatch;
            if (similarity > 0.99f) similarity = 0.99f;
            if (similarity < MinimumTitleSimilarity) return;
        }
        float partial = exact ? w.RealExactSimilarity : similarity;
        OfferNearest(s, t, partial, Math.Min(w.VoteK, 256));
        for (int k = _linkStart[t], end = _linkStart[t + 1]; k < end; k++)
        {
            var role = _linkRole[k];
            // A real title's label is someone's filing, not O*NET's: even word for word it is strong evidence, not exact.
            var source = _linkTitle[k].Source;
            // "Engineers, All Other" reads as plain "engineer" once its stop words go, but the catch-all holds the
            // engineers listed nowhere else: typing "engineer" is strong evidence for it, not its exact title.
            bool linkExact = exact && !source.IsReal() && !(_catchAll[role] && source == TitleSource.OccupationTitle);
            if (exactOnly && !linkExact) continue;
            float value = linkExact ? 1f : partial * _linkWeight[k];
            if (linkExact && source.ExactRank() > s.ExactRank[role]) s.ExactRank[role] = source.ExactRank();
            if (s.Best[role] == 0) s.TouchedRoles.Add(role);
            if (value > s.Best[role])
            {
                s.Third[role] = s.Second[role];
                s.Second[role] = s.Best[role];
                s.Best[role] = value;
                s.BestLink[role] = k;
                s.Exact[role] = linkExact;
            }
            else if (value > s.Second[role])
            {
                s.Third[role] = s.Second[role];
                s.Second[role] = value;
            }
            else if (value > s.Third[role])
            {
                s.Third[role] = value;
            }
        }
    }

    /// <summary>
    /// An exact title gives 1. Otherwise the role's three best titles combine as independent evidence
    /// (1 - (1 - a)(1 - b·d)(1 - c·d²)), times 0.95 so overlap never reaches an exact match, times the soft employment prior.
    /// </summary>
    private float RoleScore(Scratch s, int role, RankingWeights w)
    {
        if (s.Exact[role]) return 1f;
        float d = w.SecondaryDecay;
        float evidence = 1 - (1 - s.Best[role]) * (1 - s.Second[role] * d) * (1 - s.Third[role] * d * d);
        return 0.95f * evidence * (1 - w.Prior + w.Prior * _prior[role]);
    }

    /// <summary>
    /// Higher score first; equal scores (to 0.001): an exact occupation title before an exact alternate title, that
    /// before an exact short or reported one; then curated role first, then a specific occupation before an
    /// "All Other" one, then the classifier's larger share (in steps of RankingWeights.FitStep points), then more
    /// workers (BLS employment).
    /// </summary>
    private int Compare((int Role, float Score) a, (int Role, float Score) b)
    {
        int byScore = Quantize(b.Score).CompareTo(Quantize(a.Score));
        if (byScore != 0) return byScore;
        int byExact = ExactRankOf(b.Role).CompareTo(ExactRankOf(a.Role));
        if (byExact != 0) return byExact;
        int byCurated = _roles[b.Role].IsCurated.CompareTo(_roles[a.Role].IsCurated);
        if (byCurated != 0) return byCurated;
        int bySpecific = _catchAll[a.Role].CompareTo(_catchAll[b.Role]);
        if (bySpecific != 0) return bySpecific;
        int byClassifier = PosteriorBucket(b.Role).CompareTo(PosteriorBucket(a.Role));
        if (byClassifier != 0) return byClassifier;
        int byEmployment = _employment[b.Role].CompareTo(_employment[a.Role]);
        return byEmployment != 0 ? byEmployment : string.CompareOrdinal(_roles[a.Role].Code, _roles[b.Role].Code);
    }

    private static int Quantize(float score) => (int)MathF.Round(score * 1000f);

    private string? TieNote(List<(int Role, float Score)> top, int i)
    {
        int q = Quantize(top[i].Score), rank = ExactRankOf(top[i].Role), tied = 0;
        var shares = new HashSet<int>();
        bool specificTied = false;
        foreach (var other in top)
        {
            if (Quantize(other.Score) != q || ExactRankOf(other.Role) != rank || _roles[other.Role].IsCurated) continue;
            specificTied |= !_catchAll[other.Role];
            if (_catchAll[other.Role] != _catchAll[top[i].Role]) continue;
            tied++;
            shares.Add(PosteriorBucket(other.Role));
        }
        if (_roles[top[i].Role].IsCurated) return null;
        if (_catchAll[top[i].Role] && specificTied)
            return string.Create(CultureInfo.InvariantCulture, $"tied at {top[i].Score:0.000}; placed after the specific occupations as an \"All Other\" catch-all");
        if (tied < 2) return null;
        var byWords = shares.Count > 1
            ? $"ordered by how titles with these words are labelled (classifier fit {PosteriorPercent(top[i].Role)}%, in steps of {_weights.FitStep} points), then "
            : "ordered ";
        return string.Create(CultureInfo.InvariantCulture,
            $"tied with {tied - 1} other{(tied > 2 ? "s" : "")} at {top[i].Score:0.000}; {byWords}by BLS employment (about {_employment[top[i].Role]:N0} workers)");
    }

    private string DescribeHolds(int link, string? tie)
    {
        var title = _linkTitle[link];
        var text = $"every word in its {title.Source.Describe()} \"{title.Text}\"";
        return tie is null ? text : text + "; " + tie;
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
