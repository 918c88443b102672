using System.Text.Json;

namespace Ladder.Search;

internal static partial class TitleAnalyzer
{
    /// <summary>
    /// The word tables the analyzer and stemmer read (abbreviations, seniority, posting, stop and clause words, stem
    /// exceptions and suffixes), for a copy of the analyzer running elsewhere: the C# tables stay the only place a
    /// word is listed.
    /// </summary>
    public static void WriteTables(Utf8JsonWriter w)
    {
        w.WriteStartObject("analyzer");
        w.WriteStartObject("abbreviations");
        foreach (var (key, words) in TitleAbbreviations.Table.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(key, string.Join(' ', words));
        w.WriteEndObject();
        w.WriteStartArray("phrases");
        foreach (var ((first, second), (words, seniority)) in TitleAbbreviations.Phrases.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(first);
            w.WriteStringValue(second);
            w.WriteStringValue(string.Join(' ', words));
            w.WriteStringValue(seniority);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        Map(w, "seniority", TitleNoise.Seniority);
        w.WriteStartObject("roman");
        foreach (var (key, value) in TitleNoise.RomanNumerals.OrderBy(kv => kv.Value)) w.WriteNumber(key, value);
        w.WriteEndObject();
        Set(w, "grade", TitleNoise.GradeWords);
        Set(w, "posting", TitleNoise.Posting);
        Set(w, "payUnits", TitleNoise.PayUnits);
        Set(w, "stop", TitleNoise.Stop);
        Set(w, "linking", TitleNoise.Linking);
        Set(w, "mixed", TitleNoise.MixedWords);
        Set(w, "exceptions", Exceptions);
        Set(w, "unspecified", Unspecified);
        Set(w, "education", Education);
        Set(w, "degreeTail", DegreeTail);
        Map(w, "stemExceptions", TitleStemmer.Exceptions);
        w.WriteStartArray("suffixes");
        foreach (var (suffix, replacement) in TitleStemmer.Suffixes)
        {
            w.WriteStartArray();
            w.WriteStringValue(suffix);
            w.WriteStringValue(replacement);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Set(Utf8JsonWriter w, string name, IEnumerable<string> words)
    {
        w.WriteStartArray(name);
        foreach (var word in words.Order(StringComparer.Ordinal)) w.WriteStringValue(word);
        w.WriteEndArray();
    }

    private static void Map(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, string>> map)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(key, value);
        w.WriteEndObject();
    }
}
