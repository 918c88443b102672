using System.Collections.Frozen;

namespace Ladder.Search;

/// <summary>
/// A light suffix stripper for job-title words: plurals, and the agent/activity endings that make
/// "developer", "development" and "developing" one term. Stems are index keys, never shown.
/// </summary>
internal static class TitleStemmer
{
    // Checked in order; the first suffix that leaves at least four letters wins. "eer" and "cer" block
    // the "er" rule so engineer/officer keep their meaning.
    internal static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("eer", "eer"), ("cer", "cer"), ("ation", "at"), ("ment", ""), ("ing", ""), ("ied", "y"), ("ed", ""),
        ("ive", ""), ("ant", ""), ("er", ""), ("or", ""),
    ];

    // Words whose suffix rule would merge two different jobs: "operator" runs a machine, "operations" is a
    // management field; a "programmer" writes code, a "program manager" runs programs; an "accountant" is not an
    // "account executive"; a "director" is not "direct care"; a "counselor" is not "legal counsel"; a nuclear
    // "reactor" is not the React web framework.
    internal static readonly FrozenDictionary<string, string> Exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["operation"] = "operation", ["operations"] = "operation", ["operational"] = "operation",
        ["programmer"] = "programmer", ["programmers"] = "programmer", ["programming"] = "programmer",
        ["accountant"] = "accountant", ["accountants"] = "accountant", ["accounting"] = "accountant",
        ["director"] = "director", ["directors"] = "director",
        ["counselor"] = "counselor", ["counselors"] = "counselor", ["counsellor"] = "counselor", ["counseling"] = "counselor",
        ["reactor"] = "reactor", ["reactors"] = "reactor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !IsAsciiLetters(word)) return word;
        if (Exceptions.TryGetValue(word, out var fixedStem)) return fixedStem;
        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) ||
                 w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) w = w[..^2];
        else if (w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) w = w[..^1];

        foreach (var (suffix, replacement) in Suffixes)
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length] + replacement;
                break;
            }
        }
        if (w.Length >= 5 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'e' or 'o')) w = w[..^1];
        if (w.Length >= 5 && w[^1] == 'e') w = w[..^1];
        return w;
    }

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word) if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }
}
