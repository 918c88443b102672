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
    // The neighbourhood as flat arrays rather than a dictionary of strings to lists (8 MB for 85,000 keys): each key is
    // a 64-bit hash of the word or deletion, sorted, with its word ids in _ids[_start[k].._start[k + 1]]. A collision
    // can only add a candidate, which WithinOneEdit still checks (TypoVocabularyTests compares it with the plain lookup).
    private readonly long[] _keys;
    private readonly int[] _start;
    private readonly int[] _ids;

    /// <summary>The words a typo may be corrected to, in ordinal order, and how often each is indexed.</summary>
    internal IEnumerable<(string Word, int Frequency)> Words => _words.Select((w, i) => (w, _frequency[i]));

    public TypoVocabulary(IReadOnlyDictionary<string, int> wordFrequency)
    {
        _words = wordFrequency.Keys.Where(w => w.Length >= MinimumLength - 1).Order(StringComparer.Ordinal).ToArray();
        _frequency = _words.Select(w => wordFrequency[w]).ToArray();
        var pairs = new List<(long Key, int Id)>(_words.Sum(w => w.Length + 1));
        for (int id = 0; id < _words.Length; id++)
        {
            var word = _words[id];
            pairs.Add((Hash(word, -1), id));
            for (int i = 0; i < word.Length; i++) pairs.Add((Hash(word, i), id));
        }
        pairs.Sort();
        var keys = new List<long>(pairs.Count);
        var start = new List<int>(pairs.Count + 1);
        var ids = new List<int>(pairs.Count);
        for (int k = 0; k < pairs.Count; k++)
        {
            if (k > 0 && pairs[k] == pairs[k - 1]) continue; // "letter" less either t is one key
            if (keys.Count == 0 || keys[^1] != pairs[k].Key) { keys.Add(pairs[k].Key); start.Add(ids.Count); }
            ids.Add(pairs[k].Id);
        }
        start.Add(ids.Count);
        (_keys, _start, _ids) = (keys.ToArray(), start.ToArray(), ids.ToArray());
    }

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="word"/>, leaving out the one at <paramref name="skip"/> (none when -1).</summary>
    internal static long Hash(string word, int skip)
    {
        ulong hash = 14695981039346656037;
        for (int i = 0; i < word.Length; i++)
        {
            if (i == skip) continue;
            hash = (hash ^ word[i]) * 1099511628211;
        }
        return (long)hash;
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

    /// <summary>
    /// The most frequent indexed word one edit from <paramref name="word"/>, if any; on a tie the first met, looking up
    /// the word and then its deletions left to right (as the browser's copy in title-search.js does).
    /// </summary>
    public string? Correct(string word)
    {
        if (word.Length < MinimumLength) return null;
        int best = -1;
        Consider(Hash(word, -1), word, ref best);
        for (int i = 0; i < word.Length; i++) Consider(Hash(word, i), word, ref best);
        return best < 0 ? null : _words[best];
    }

    private void Consider(long key, string word, ref int best)
    {
        int k = Array.BinarySearch(_keys, key);
        if (k < 0) return;
        for (int j = _start[k]; j < _start[k + 1]; j++)
        {
            int id = _ids[j];
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
