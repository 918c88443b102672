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
    public sealed record NotFound(string Query) : Resolution;
}

/// <summary>
/// Finds a role by O*NET-SOC code, slug, exact title or exact alternate title, in that order:
/// curated titles, then occupation titles, then the 57k alternate titles. Exact lookups only: what comes close is the
/// title index's to say (<c>LadderEngine.Resolve</c>).
/// </summary>
public sealed class RoleResolver
{
    private readonly LadderCatalog _catalog;
    private readonly Dictionary<string, List<Role>> _curatedByTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Role>> _occupationTitles = new(StringComparer.Ordinal);
    // Built on first need: most lookups end at a code, slug or title, and a one-shot command should not pay for this.
    private readonly Lazy<Dictionary<string, List<Role>>> _byTitle;

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
        if (text.Length == 0) return new Resolution.NotFound(query);
        if (OccupationCode.TryParse(text, out var code))
        {
            var byCode = _catalog.RoleForCode(code.Value);
            return byCode is not null ? new Resolution.Found(byCode, "code") : new Resolution.NotFound(query);
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
        return new Resolution.NotFound(query);
    }

    private IEnumerable<(Dictionary<string, List<Role>> Index, string Kind)> TitleIndexes()
    {
        yield return (_curatedByTitle, "title");
        yield return (_occupationTitles, "title");
        yield return (_byTitle.Value, "alternate title");
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
