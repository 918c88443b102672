using System.Text;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>The outcome of looking up a role by code, slug or title.</summary>
public abstract record Resolution
{
    public sealed record Found(Occupation Occupation, string MatchedOn) : Resolution;
    public sealed record Ambiguous(string Query, IReadOnlyList<Occupation> Candidates) : Resolution;
    public sealed record NotFound(string Query, IReadOnlyList<Occupation> Suggestions) : Resolution;
}

/// <summary>
/// Finds an occupation by O*NET-SOC code, slug, exact title or exact alternate title,
/// and suggests the closest titles when nothing matches.
/// </summary>
public sealed class RoleResolver
{
    private readonly LadderCatalog _catalog;
    private readonly Dictionary<string, List<Occupation>> _byTitle = new(StringComparer.Ordinal);
    private readonly List<(string Key, Occupation Occupation)> _titles = [];

    public RoleResolver(LadderCatalog catalog)
    {
        _catalog = catalog;
        foreach (var o in catalog.Occupations)
        {
            Add(o.Title, o);
            foreach (var alt in o.AlternateTitles)
            {
                Add(alt.Title, o);
                if (alt.ShortTitle is not null) Add(alt.ShortTitle, o);
            }
        }
    }

    private void Add(string title, Occupation occupation)
    {
        var key = Key(title);
        if (key.Length == 0) return;
        if (!_byTitle.TryGetValue(key, out var list)) _byTitle[key] = list = [];
        if (!list.Contains(occupation)) list.Add(occupation);
        _titles.Add((key, occupation));
    }

    public Resolution Resolve(string query)
    {
        var text = query.Trim();
        if (text.Length == 0) return new Resolution.NotFound(query, []);
        if (OccupationCode.TryParse(text, out var code))
        {
            var byCode = _catalog.FindByCode(code.Value);
            return byCode is not null ? new Resolution.Found(byCode, "code") : new Resolution.NotFound(query, Suggest(text));
        }
        if (_catalog.FindBySlug(text.ToLowerInvariant()) is { } bySlug) return new Resolution.Found(bySlug, "slug");
        var exactTitle = _catalog.Occupations.Where(o => string.Equals(o.Title, text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exactTitle.Count == 1) return new Resolution.Found(exactTitle[0], "title");
        if (_byTitle.TryGetValue(Key(text), out var matches))
        {
            return matches.Count == 1
                ? new Resolution.Found(matches[0], "title")
                : new Resolution.Ambiguous(query, matches.OrderBy(o => o.Code).ToList());
        }
        return new Resolution.NotFound(query, Suggest(text));
    }

    /// <summary>The closest titles by shared words and character bigrams.</summary>
    public IReadOnlyList<Occupation> Suggest(string text, int limit = 5)
    {
        var key = Key(text);
        var grams = Bigrams(key);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var best = new Dictionary<Occupation, double>();
        foreach (var (title, occupation) in _titles)
        {
            var score = Dice(grams, Bigrams(title)) + 0.5 * title.Split(' ').Count(words.Contains) / Math.Max(1, words.Count);
            if (!best.TryGetValue(occupation, out var old) || score > old) best[occupation] = score;
        }
        return best.Where(kv => kv.Value > 0.35).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Code).Take(limit).Select(kv => kv.Key).ToList();
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int common = 0;
        foreach (var g in a) if (b.Contains(g)) common++;
        return 2.0 * common / (a.Count + b.Count);
    }

    private static HashSet<string> Bigrams(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < s.Length; i++) set.Add(s.Substring(i, 2));
        return set;
    }

    /// <summary>Lower case, letters and digits only, each word singular.</summary>
    internal static string Key(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var word in title.ToLowerInvariant().Split(static c => !char.IsLetterOrDigit(c)))
        {
            if (word.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word);
        }
        return sb.ToString();
    }
}

file static class SplitExtensions
{
    public static string[] Split(this string s, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || isSeparator(s[i]))
            {
                if (i > start) parts.Add(s[start..i]);
                start = i + 1;
            }
        }
        return parts.ToArray();
    }
}
