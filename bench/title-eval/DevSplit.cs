namespace Ladder.TitleEval;

/// <summary>
/// Splits a dev set into a tuning part and a report-only part, deterministically and independently of the search
/// code (so tuning the analyzer never moves a title across): the key is the title's letter-only words in lower case,
/// seniority and grade words dropped, deduplicated and sorted, so ".NET DEVELOPER II" and "SR .NET DEVELOPER" land
/// in the same part and a near-duplicate cannot leak from tuning into reporting. FNV-1a of the key; odd = report.
/// </summary>
internal static class DevSplit
{
    private static readonly HashSet<string> Grades = new(StringComparer.Ordinal)
    {
        "sr", "senior", "jr", "junior", "lead", "principal", "staff", "i", "ii", "iii", "iv", "v", "vi", "level", "lvl",
        "entry", "mid", "associate", "assoc", "intern", "trainee",
    };

    public static bool IsReport(string title) => (Hash(Key(title)) & 1) == 1;

    /// <summary>Within the tuning part, which of two cross-validation folds a title is in (the hash's next bit).</summary>
    public static int Fold(string title) => (int)((Hash(Key(title)) >> 1) & 1);

    public static string Key(string title)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var current = new System.Text.StringBuilder();
        foreach (var c in title + " ")
        {
            if (char.IsAsciiLetter(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0)
            {
                var word = current.ToString();
                if (!Grades.Contains(word)) words.Add(word);
                current.Clear();
            }
        }
        return string.Join(' ', words);
    }

    private static uint Hash(string key)
    {
        uint h = 2166136261;
        foreach (var c in key)
        {
            h ^= c;
            h *= 16777619;
        }
        return h;
    }
}
