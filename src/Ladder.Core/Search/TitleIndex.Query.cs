using System.Globalization;

namespace Ladder.Search;

public sealed partial class TitleIndex
{
    /// <summary>A query word resolved to an index term.</summary>
    private readonly record struct QueryTerm(int Term, string Surface, bool Soft, bool Head = false, bool Qualifier = false);

    private sealed class ResolvedQuery
    {
        public List<QueryTerm> Terms { get; } = new(8);
        public List<string> Corrections { get; } = [];
        public List<string> Unknown { get; } = [];
        public bool HasHard => Terms.Exists(t => !t.Soft);
    }

    /// <summary>
    /// Ranks the roles and occupations whose titles fit <paramref name="text"/>. Never throws on bad input:
    /// empty, overlong or noise-only text gives an empty result with a <see cref="TitleSearchResult.Note"/>.
    /// <paramref name="asYouType"/> reads the text as still being typed: a last word no title uses ("data scien")
    /// becomes the most frequent indexed word it starts ("science"), reported and scored like a typo fix.
    /// </summary>
    public TitleSearchResult Search(string? text, int limit = 10, bool asYouType = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Empty(text ?? "", null, "The query is empty: type a job title such as \"data scientist\".");
        if (text.Length > MaxQueryLength)
            return Empty(text, null, string.Create(CultureInfo.InvariantCulture,
                $"The query is {text.Length:N0} characters long; a job title has at most {MaxQueryLength}."));
        limit = Math.Clamp(limit, 1, 100);

        var analysis = TitleAnalyzer.Analyze(text);
        var seniority = analysis.Seniority.Count > 0 ? string.Join(", ", analysis.Seniority) : null;
        // A last word followed by a space is finished, not being typed.
        var query = Resolve(analysis, asYouType && !char.IsWhiteSpace(text[^1]));
        if (!query.HasHard)
        {
            // "Principal" alone is a school principal, not a grade: accept it when it is a whole title.
            if (analysis.Seniority.Count > 0)
            {
                var literalWords = TitleAnalyzer.Analyze(text, keepSeniority: true);
                var literal = Resolve(literalWords);
                if (literalWords.Seniority.Count == 0 && literalWords.Ignored.Count == 0 && literal.HasHard && Rank(literal, limit, null, exactOnly: true) is { Count: > 0 } exact)
                    return new TitleSearchResult { Query = text, Matches = exact };
            }
            var why = query.Unknown.Count > 0
                ? $"No indexed title uses the word{(query.Unknown.Count > 1 ? "s" : "")} {string.Join(", ", query.Unknown.Select(u => $"\"{u}\""))}."
                : seniority is not null
                    ? $"\"{text.Trim()}\" only says how senior the job is ({seniority}), not what it is: add the job, e.g. \"senior accountant\"."
                    : $"\"{text.Trim()}\" has no words that describe a job.";
            return Empty(text, seniority, why);
        }
        var matches = Rank(query, limit, seniority, exactOnly: false);
        string? note = query.Unknown.Count > 0 ? $"Not in any indexed title, so ignored: {string.Join(", ", query.Unknown)}." : null;
        if (matches.Count == 0) note ??= "No indexed title shares enough words with the query.";
        return new TitleSearchResult { Query = text, Matches = matches, Seniority = seniority, Note = note, UnknownWords = query.Unknown.ToList() };
    }

    private static TitleSearchResult Empty(string text, string? seniority, string note) =>
        new() { Query = text, Matches = [], Seniority = seniority, Note = note };

    private ResolvedQuery Resolve(TitleAnalysis analysis, bool completeLast = false)
    {
        var query = new ResolvedQuery();
        for (int i = 0; i < analysis.Words.Count; i++)
        {
            var word = analysis.Words[i];
            if (TryTerm(word.Surface, out var term))
            {
                Add(query, new QueryTerm(term, word.Surface, word.Soft, word.Head, word.Qualifier));
                continue;
            }
            if (word.Soft) continue;
            // Only a word as typed (not an abbreviation's expansion) at the very end is still being written.
            if (completeLast && i == analysis.Words.Count - 1 && word.Original == word.Surface
                && _typos.Complete(word.Surface) is { } completed && TryTerm(completed, out term))
            {
                query.Corrections.Add($"{word.Surface} → {completed}");
                Add(query, new QueryTerm(term, completed, false, word.Head, word.Qualifier));
                continue;
            }
            if (_typos.Correct(word.Surface) is { } corrected && TryTerm(corrected, out term))
            {
                query.Corrections.Add($"{word.Surface} → {corrected}");
                Add(query, new QueryTerm(term, corrected, false, word.Head, word.Qualifier));
                continue;
            }
            if (TrySplit(word.Surface, out var left, out var right))
            {
                Add(query, new QueryTerm(left, word.Surface, false));
                Add(query, new QueryTerm(right, word.Surface, false, word.Head));
                continue;
            }
            query.Unknown.Add(word.Original);
        }
        ReconsiderHead(query);
        return query;
    }

    private static void Add(ResolvedQuery query, QueryTerm term)
    {
        for (int i = 0; i < query.Terms.Count; i++)
        {
            if (query.Terms[i].Term != term.Term) continue;
            // The same stem twice ("engineering engineer"): keep it once, hard and head if either is.
            var had = query.Terms[i];
            query.Terms[i] = had with { Soft = had.Soft && term.Soft, Head = had.Head || term.Head, Qualifier = had.Qualifier && term.Qualifier };
            return;
        }
        query.Terms.Add(term);
    }

    private bool TryTerm(string surface, out int term) => _termByStem.TryGetValue(TitleStemmer.Stem(surface), out term);

    // "bookkeeper" written "bookkeeping clerk" is fine, but "forklift" vs "fork lift" needs a split.
    private bool TrySplit(string word, out int left, out int right)
    {
        left = right = -1;
        if (word.Length < 6) return false;
        for (int i = 3; i <= word.Length - 3; i++)
        {
            if (TryTerm(word[..i], out left) && TryTerm(word[i..], out right)) return true;
        }
        return false;
    }
}
