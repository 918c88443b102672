using System.Text;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>The outcome of looking up a role by code, slug or title.</summary>
public abstract record Resolution
{
    /// <summary><paramref name="MatchedOn"/> is "code", "slug", "title" (a role's own or curated title), "alternate title"
    /// (an O*NET alternate title) or "search"; <paramref name="Evidence"/> the title a search matched.</summary>
    public sealed record Found(Role Role, string MatchedOn, string? Evidence = null) : Resolution;
    public sealed record Ambiguous(string Query, IReadOnlyList<Role> Candidates) : Resolution;
    public sealed record NotFound(string Query, IReadOnlyList<Role> Suggestions) : Resolution;
}

/// <summary>
/// Finds a role by O*NET-SOC code, slug, exact title or exact alternate title, in that order:
/// curated titles, then occupation titles, then the 57k alternate titles. Suggests the closest
/// titles when nothing matches.
/// </summary>
public sealed class RoleResolver
{
    private readonly LadderCatalog _catalog;
    private readonly Dictionary<string, List<Role>> _curatedByTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Role>> _occupationTitles = new(StringComparer.Ordinal);
    // Built on first need: most lookups end at a code, slug or title, and a one-shot command should not pay for this.
    private readonly Lazy<Dictionary<string, List<Role>>> _byTitle;
    private readonly Lazy<List<(string Key, Role Role)>> _titles;

    public RoleResolver(LadderCatalog catalog)
    {
        _catalog = catalog;
        foreach (var role in catalog.CuratedRoles)
        {
            Add(_curatedByTitle, role.Title, role);
            foreach (var alt in role.Curated!.AlternateTitles) Add(_curatedByTitle, alt, role);
        }
        foreach (var o in catalog.Occupations) Add(_occupationTitles, o.Title, catalog.FindRole(o.Slug)!);
        _byTitle = new(() =>
        {
            var index = new Dictionary<string, List<Role>>(80_000, StringComparer.Ordinal);
            foreach (var o in catalog.Occupations)
            {
                var role = catalog.FindRole(o.Slug)!;
                Add(index, o.Title, role);
                foreach (var alt in o.AlternateTitles)
                {
                    Add(index, alt.Title, role);
                    if (alt.ShortTitle is not null) Add(index, alt.ShortTitle, role);
                }
            }
            return index;
        });
        _titles = new(() => _curatedByTitle.Concat(_byTitle.Value).SelectMany(kv => kv.Value.Select(r => (kv.Key, r))).ToList());
    }

    private static void Add(Dictionary<string, List<Role>> index, string title, Role role)
    {
        var key = Key(title);
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(role)) list.Add(role);
    }

    public Resolution Resolve(string query)
    {
        var text = query.Trim();
        if (text.Length == 0) return new Resolution.NotFound(query, []);
        if (OccupationCode.TryParse(text, out var code))
        {
            var byCode = _catalog.RoleForCode(code.Value);
            return byCode is not null ? new Resolution.Found(byCode, "code") : new Resolution.NotFound(query, Suggest(text));
        }
        if (_catalog.FindRole(text.ToLowerInvariant()) is { } bySlug) return new Resolution.Found(bySlug, "slug");
        var key = Key(text);
        foreach (var (index, kind) in TitleIndexes())
        {
            if (!index.TryGetValue(key, out var matches)) continue;
            var exact = matches.Where(r => string.Equals(r.Title, text, StringComparison.OrdinalIgnoreCase)).ToList();
            if (exact.Count == 1) return new Resolution.Found(exact[0], "title");
            return matches.Count == 1
                ? new Resolution.Found(matches[0], kind)
                : new Resolution.Ambiguous(query, matches.OrderBy(r => r.Code, StringComparer.Ordinal).ToList());
        }
        return new Resolution.NotFound(query, Suggest(text));
    }

    private IEnumerable<(Dictionary<string, List<Role>> Index, string Kind)> TitleIndexes()
    {
        yield return (_curatedByTitle, "title");
        yield return (_occupationTitles, "title");
        yield return (_byTitle.Value, "alternate title");
    }

    /// <summary>The closest titles by shared words and character bigrams.</summary>
    public IReadOnlyList<Role> Suggest(string text, int limit = 5)
    {
        var key = Key(text);
        var grams = Bigrams(key);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var best = new Dictionary<Role, double>();
        foreach (var (title, role) in _titles.Value)
        {
            var score = Dice(grams, Bigrams(title)) + 0.5 * title.Split(' ').Count(words.Contains) / Math.Max(1, words.Count);
            if (!best.TryGetValue(role, out var old) || score > old) best[role] = score;
        }
        return best.Where(kv => kv.Value > 0.35).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Code, StringComparer.Ordinal).Take(limit).Select(kv => kv.Key).ToList();
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
    public static string Key(string title)
    {
        Span<char> buffer = title.Length <= 256 ? stackalloc char[title.Length + 1] : new char[title.Length + 1];
        int n = 0, wordStart = 0;
        foreach (var raw in title)
        {
            if (char.IsLetterOrDigit(raw))
            {
                buffer[n++] = char.ToLowerInvariant(raw);
                continue;
            }
            EndWord(buffer, ref n, wordStart);
            if (n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' ';
            wordStart = n;
        }
        EndWord(buffer, ref n, wordStart);
        if (n > 0 && buffer[n - 1] == ' ') n--;
        return new string(buffer[..n]);
    }

    private static void EndWord(Span<char> buffer, ref int n, int wordStart)
    {
        var length = n - wordStart;
        if (length > 3 && buffer[n - 1] == 's' && buffer[n - 2] != 's') n--;
    }
}
