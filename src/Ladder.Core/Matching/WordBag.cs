using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Ladder.Matching;

/// <summary>
/// Plain-text words for the task-text and title blocks: lower case, letters and digits (a word may carry '+' or '#'
/// after its first letter, as in "c++"), common English stop words dropped and a light plural/-ing stem
/// ("nurses", "nursing" → "nurs"), so that "Nurse" and "nurses" meet.
/// </summary>
internal static class WordBag
{
    private static readonly FrozenSet<string> StopWords = (
        "a an and are as at be been by for from has have in into is it its of on or other such that the their them these " +
        "this those to using use used with within without all any as well per via may including include related etc"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds one to the count of every word of <paramref name="text"/> in <paramref name="counts"/>, by the word's index in
    /// <paramref name="vocabulary"/> (which gains any word it lacks; a string is allocated only then).
    /// </summary>
    public static void Count(string text, Dictionary<string, int> vocabulary, Dictionary<int, int> counts)
    {
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int length = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '+' or '#'))
            {
                if (length < buffer.Length) buffer[length++] = char.ToLowerInvariant(text[i]);
                i++;
            }
            if (length < 2 || StopLookup.Contains(buffer[..length])) continue;
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, Stem(buffer[..length]), out var exists);
            if (!exists) index = vocabulary.Count - 1;
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, index, out _);
            count++;
        }
    }

    /// <summary>
    /// A light suffix stripper: plural "-ies" → "y", "-s" off (not "-ss", "-us", "-is"), then "-ing" or "-ed" off, then a final "e",
    /// so "nurses", "nurse" and "nursing" all give "nurs". Short words are left alone. Works in place on <paramref name="w"/>.
    /// </summary>
    internal static ReadOnlySpan<char> Stem(Span<char> w)
    {
        if (w.Length > 4 && w.EndsWith("ies"))
        {
            w[^3] = 'y';
            return w[..^2];
        }
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) w = w[..^1];
        if (w.Length > 5 && w.EndsWith("ing")) w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed")) w = w[..^2];
        if (w.Length > 3 && w[^1] == 'e') w = w[..^1];
        return w;
    }
}
