using System.Collections.Frozen;
using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// Finds skills and technologies in free text by dictionary: every O*NET technology name, skill and knowledge name,
/// curated tool, generated short forms (vendor dropped, acronym, "software" dropped) and the synonym table in
/// <see cref="SkillSynonyms"/>. Everyday words that are also tools ("R", "Go", "Excel", "Spring") count only where
/// the context reads as a tool. Immutable and thread-safe once built.
/// </summary>
public sealed partial class SkillExtractor
{
    private readonly FrozenDictionary<string, Entry[]> _byFirstToken;
    private readonly FrozenSet<string> _knownTokens;
    private readonly FrozenDictionary<string, Entry> _byWholeKey;

    private SkillExtractor(List<Entry> entries)
    {
        _byFirstToken = entries.GroupBy(e => e.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Keys.Length).ThenBy(e => e.Priority).ToArray(), StringComparer.Ordinal);
        _knownTokens = entries.SelectMany(e => e.Keys).ToFrozenSet(StringComparer.Ordinal);
        _byWholeKey = entries.GroupBy(e => string.Join(' ', e.Keys), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(e => e.Priority).First(), StringComparer.Ordinal);
        Canonicals = entries.Select(e => e.Canonical).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every name a hit can carry.</summary>
    public IReadOnlySet<string> Canonicals { get; }

    /// <summary>All hits in <paramref name="text"/>, in text order; one per span.</summary>
    public IReadOnlyList<SkillHit> Extract(string text) => Extract(text, listMode: false);

    /// <summary>
    /// Reads a typed list ("python, sql, excel"): items split at commas, semicolons and new lines; short everyday words
    /// count as tools here because the user listed them. Items that match nothing are returned as unrecognized.
    /// </summary>
    public Extraction ExtractList(string list)
    {
        var hits = new List<SkillHit>();
        var unrecognized = new List<string>();
        int offset = 0;
        foreach (var raw in list.Split([',', ';', '\n', '|']))
        {
            var item = raw.Trim();
            var start = offset + raw.IndexOf(item, StringComparison.Ordinal);
            offset += raw.Length + 1;
            if (item.Length == 0) continue;
            var tokens = TextToken.Tokenize(item);
            var whole = string.Join(' ', tokens.Select(t => t.Key));
            if (_byWholeKey.TryGetValue(whole, out var exact))
            {
                hits.Add(new SkillHit(exact.Canonical, exact.Kind, start, item.Length, item));
                continue;
            }
            var found = Extract(item, listMode: true);
            if (found.Count == 0) unrecognized.Add(item);
            hits.AddRange(found.Select(h => h with { Start = h.Start + start }));
        }
        return new Extraction(hits, unrecognized);
    }

    private List<SkillHit> Extract(string text, bool listMode)
    {
        var tokens = TextToken.Tokenize(text, _knownTokens);
        var hits = new List<SkillHit>();
        for (int i = 0; i < tokens.Count;)
        {
            var match = Match(tokens, i, text, listMode);
            if (match is null) { i++; continue; }
            var (entry, count) = match.Value;
            var first = tokens[i];
            var last = tokens[i + count - 1];
            var canonical = entry.Canonical;
            if (entry.CloudAlternative is { } cloud && NearCloud(tokens, i, count)) canonical = cloud;
            hits.Add(new SkillHit(canonical, entry.Kind, first.Start, last.Start + last.Length - first.Start, text.Substring(first.Start, last.Start + last.Length - first.Start)));
            i += count;
        }
        return hits;
    }

    private (Entry Entry, int Count)? Match(List<TextToken> tokens, int i, string text, bool listMode)
    {
        if (!_byFirstToken.TryGetValue(tokens[i].Key, out var candidates)) return null;
        foreach (var e in candidates)
        {
            if (i + e.Keys.Length > tokens.Count) continue;
            bool ok = true;
            for (int k = 0; k < e.Keys.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.Key == e.Keys[k] && (!e.CaseSensitive || t.Surface == e.Surfaces[k])
                    && (k == 0 || OnlySpaceBetween(text, tokens[i + k - 1], t));
            }
            if (!ok) continue;
            if (e.Ambiguous && !listMode && !ReadsAsTool(tokens, i, e)) continue;
            if (e.Kind != FeatureKind.Technology && !listMode && !ReadsAsSkill(tokens, i, e.Keys.Length)) continue;
            return (e, e.Keys.Length);
        }
        return null;
    }

    private static bool OnlySpaceBetween(string text, TextToken a, TextToken b)
    {
        for (int p = a.Start + a.Length; p < b.Start; p++) if (text[p] != ' ') return false;
        return true;
    }
}
