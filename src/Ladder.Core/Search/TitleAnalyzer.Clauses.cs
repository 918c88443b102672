using System.Collections.Frozen;

namespace Ladder.Search;

internal static partial class TitleAnalyzer
{
    internal static readonly FrozenSet<string> Exceptions = new[] { "exc", "except", "excluding", "excl" }.ToFrozenSet(StringComparer.Ordinal);
    internal static readonly FrozenSet<string> Unspecified = new[] { "ns", "specified", "unspecified", "listed" }.ToFrozenSet(StringComparer.Ordinal);
    internal static readonly FrozenSet<string> Education = new[]
    {
        "less", "than", "associate", "associates", "bachelor", "bachelors", "master", "masters", "doctoral", "doctorate",
        "professional", "college", "university", "no", "with", "without", "high", "school", "diploma", "some", "and", "or",
        "ged",
    }.ToFrozenSet(StringComparer.Ordinal);
    internal static readonly FrozenSet<string> DegreeTail = new[] { "or", "higher", "above", "required", "preferred", "plus" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Drops clauses that say what a job is not or what schooling it takes, the way coding indexes and postings add
    /// them: "exc auto body" (everything after an "except"), "ns" / "other specified" (not specified), and a closing
    /// "less than associate degree" or "bachelors degree or higher". The dropped words are listed as ignored.
    /// </summary>
    private static void DropClauses(List<string> tokens, List<int> breaks, TitleAnalysis analysis)
    {
        int cut = tokens.Count;
        for (int i = 1; i < tokens.Count; i++)
        {
            if (Exceptions.Contains(tokens[i]))
            {
                cut = i;
                break;
            }
        }
        int degree = tokens.LastIndexOf("degree", cut - 1);
        if (degree > 0)
        {
            int end = degree + 1;
            while (end < cut && DegreeTail.Contains(tokens[end])) end++;
            int start = degree;
            while (start > 1 && Education.Contains(tokens[start - 1])) start--;
            if (end == cut && start < degree) cut = start;
        }
        for (int i = tokens.Count - 1; i >= cut; i--) analysis.Ignored.Add(tokens[i]);
        if (cut < tokens.Count)
        {
            tokens.RemoveRange(cut, tokens.Count - cut);
            breaks.RemoveAll(b => b >= cut);
        }
        for (int i = tokens.Count - 1; i > 0; i--)
        {
            if (!Unspecified.Contains(tokens[i])) continue;
            analysis.Ignored.Add(tokens[i]);
            tokens.RemoveAt(i);
            for (int b = 0; b < breaks.Count; b++) if (breaks[b] > i) breaks[b]--;
        }
    }
}
