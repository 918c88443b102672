namespace Ladder.Search;

/// <summary>
/// Finds the indexed word one edit (insert, delete, substitute or swap neighbours) away from a misspelt one,
/// through a symmetric deletion neighbourhood: every word and every one-letter deletion of it point back to the word.
/// </summary>
internal sealed class TypoVocabulary
{
    public const int MinimumLength = 5;

    private readonly string[] _words;
    private readonly int[] _frequency;
    private readonly Dictionary<string, int[]> _neighbourhood;

    /// <summary>The words a typo may be corrected to, in ordinal order, and how often each is indexed.</summary>
    internal IEnumerable<(string Word, int Frequency)> Words => _words.Select((w, i) => (w, _frequency[i]));

    public TypoVocabulary(IReadOnlyDictionary<string, int> wordFrequency)
    {
        _words = wordFrequency.Keys.Where(w => w.Length >= MinimumLength - 1).Order(StringComparer.Ordinal).ToArray();
        _frequency = _words.Select(w => wordFrequency[w]).ToArray();
        var lists = new Dictionary<string, List<int>>(_words.Length * 8, StringComparer.Ordinal);
        for (int id = 0; id < _words.Length; id++)
        {
            var word = _words[id];
            Add(lists, word, id);
            for (int i = 0; i < word.Length; i++) Add(lists, word.Remove(i, 1), id);
        }
        _neighbourhood = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<int>> lists, string key, int id)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = new List<int>(1);
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }

    /// <summary>Words shorter than this are not completed: two letters say too little.</summary>
    public const int MinimumPrefix = 3;

    /// <summary>
    /// The most frequent indexed word that starts with <paramref name="prefix"/> and is longer (the first in ordinal
    /// order on a tie), if any: what someone still typing "data scien" is on the way to.
    /// </summary>
    public string? Complete(string prefix)
    {
        if (prefix.Length < MinimumPrefix) return null;
        int i = Array.BinarySearch(_words, prefix, StringComparer.Ordinal);
        if (i < 0) i = ~i;
        int best = -1;
        for (; i < _words.Length && _words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (_words[i].Length > prefix.Length && (best < 0 || _frequency[i] > _frequency[best])) best = i;
        }
        return best < 0 ? null : _words[best];
    }

    /// <summary>The most frequent indexed word one edit from <paramref name="word"/>, if any.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength) return null;
        int best = -1;
        Consider(word, word, ref best);
        for (int i = 0; i < word.Length; i++) Consider(word.Remove(i, 1), word, ref best);
        return best < 0 ? null : _words[best];
    }

    private void Consider(string key, string word, ref int best)
    {
        if (!_neighbourhood.TryGetValue(key, out var ids)) return;
        foreach (var id in ids)
        {
            if (id == best || !WithinOneEdit(word, _words[id])) continue;
            if (best < 0 || _frequency[id] > _frequency[best]) best = id;
        }
    }

    /// <summary>Optimal string alignment distance ≤ 1, and not equal.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }
}
