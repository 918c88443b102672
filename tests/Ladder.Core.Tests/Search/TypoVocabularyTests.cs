using Ladder.Search;

namespace Ladder.Tests.Core.Search;

/// <summary>
/// The typo lookup keeps its neighbourhood as sorted hashes; these check it answers exactly as the plain
/// dictionary-of-strings lookup it replaced, on the shipped index's whole vocabulary.
/// </summary>
public sealed class TypoVocabularyTests(TitleIndexFixture fixture) : IClassFixture<TitleIndexFixture>
{
    private readonly TypoVocabulary _typos = fixture.Index.Typos;

    [Fact]
    public void Corrections_equal_the_plain_lookup_for_every_one_edit_typo_of_the_vocabulary()
    {
        var words = _typos.Words.ToList();
        var plain = new PlainTypos(words);
        var rng = new Random(26);
        int checkedTypos = 0, corrected = 0;
        foreach (var (word, _) in words)
        {
            foreach (var typo in Typos(word, rng))
            {
                var expected = plain.Correct(typo);
                Assert.True(expected == _typos.Correct(typo), $"'{typo}': expected {expected ?? "null"}, got {_typos.Correct(typo) ?? "null"}");
                checkedTypos++;
                if (expected is not null) corrected++;
            }
        }
        Assert.True(words.Count > 5_000, $"only {words.Count} words");
        Assert.True(corrected > checkedTypos / 2, $"{corrected} of {checkedTypos} typos corrected");
    }

    [Theory]
    [InlineData("sofware", "software")]
    [InlineData("registred", "registered")]
    [InlineData("nurese", "nurse")]
    [InlineData("qzxqzxqzx", null)]
    [InlineData("nurs", null)] // shorter than MinimumLength
    public void Corrects_a_misspelt_word_to_an_indexed_one(string typo, string? expected)
    {
        Assert.Equal(expected, _typos.Correct(typo));
    }

    /// <summary>Each of the four kinds of one-letter edit at a random place, and the word itself.</summary>
    private static IEnumerable<string> Typos(string word, Random rng)
    {
        yield return word;
        int i = rng.Next(word.Length);
        char c = (char)('a' + rng.Next(26));
        yield return word.Remove(i, 1);
        yield return word.Insert(i, c.ToString());
        yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
        if (i + 1 < word.Length) yield return string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
    }

    /// <summary>The lookup as it was: every word and each of its one-letter deletions, as strings, to the words' ids.</summary>
    private sealed class PlainTypos
    {
        private readonly string[] _words;
        private readonly int[] _frequency;
        private readonly Dictionary<string, List<int>> _neighbourhood = new(StringComparer.Ordinal);

        public PlainTypos(List<(string Word, int Frequency)> words)
        {
            _words = words.Select(w => w.Word).ToArray();
            _frequency = words.Select(w => w.Frequency).ToArray();
            for (int id = 0; id < _words.Length; id++)
            {
                Add(_words[id], id);
                for (int i = 0; i < _words[id].Length; i++) Add(_words[id].Remove(i, 1), id);
            }
        }

        private void Add(string key, int id)
        {
            if (!_neighbourhood.TryGetValue(key, out var list)) _neighbourhood[key] = list = [];
            if (list.Count == 0 || list[^1] != id) list.Add(id);
        }

        public string? Correct(string word)
        {
            if (word.Length < TypoVocabulary.MinimumLength) return null;
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
                if (id == best || !TypoVocabulary.WithinOneEdit(word, _words[id])) continue;
                if (best < 0 || _frequency[id] > _frequency[best]) best = id;
            }
        }
    }
}
