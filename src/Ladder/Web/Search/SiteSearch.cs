using Ladder.Catalog;

namespace Ladder.Web.Search;

/// <summary>One search result: the role and the title it matched on.</summary>
public sealed record SearchHit(Role Role, string MatchedTitle, double Score);

/// <summary>
/// The site's free-text role search. The title index (abbreviations, typos, seniority noise, ranking)
/// answers whole words; prefix matching over titles answers what someone is still typing ("data sci"),
/// and <see cref="RoleResolver.Suggest"/> fills in near misses.
/// </summary>
public sealed class SiteSearch
{
    public const int MaxQueryLength = 100;

    private readonly RoleResolver _resolver;
    private readonly Ladder.Search.TitleIndex _index;
    private readonly (string Key, string Title, Role Role, bool Primary)[] _titles;

    public SiteSearch(LadderCatalog catalog, RoleResolver resolver, Ladder.Search.TitleIndex index)
    {
        _resolver = resolver;
        _index = index;
        var titles = new List<(string, string, Role, bool)>(catalog.Roles.Count * 8);
        foreach (var role in catalog.Roles)
        {
            titles.Add((Normalize(role.Title), role.Title, role, true));
            foreach (var alt in role.AlternateTitles.Distinct(StringComparer.OrdinalIgnoreCase))
                titles.Add((Normalize(alt), alt, role, false));
        }
        _titles = titles.ToArray();
    }

    public IReadOnlyList<SearchHit> Find(string? query, int limit = 10)
    {
        if (string.IsNullOrWhiteSpace(query) || limit <= 0) return [];
        var key = Normalize(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query);
        if (key.Length == 0) return [];
        var best = new Dictionary<Role, SearchHit>();
        // The index orders its ties by evidence (classifier fit, then employment): "developer" is Software Developers
        // before Database Architects. Equal scores here keep that order rather than falling back to the alphabet.
        var indexOrder = new Dictionary<Role, int>();
        foreach (var match in _index.Search(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query, limit).Matches)
        {
            indexOrder.TryAdd(match.Role, indexOrder.Count);
            // Index scores are in [0, 1]; scaled so an exact index match ranks with an exact title match below.
            var score = match.Score * 3 + (match.Role.IsCurated ? 0.15 : 0);
            // The reader sees the title that matched; the explanation of the evidence is for the API and the CLI.
            best[match.Role] = new SearchHit(match.Role, match.MatchedTitle, score);
        }
        foreach (var (titleKey, title, role, primary) in _titles)
        {
            var score = Score(titleKey, key);
            if (score <= 0) continue;
            // Curated roles are the pages people look for by market title; primary titles beat alternates.
            score += (role.IsCurated ? 0.15 : 0) + (primary ? 0.1 : 0) - titleKey.Length / 1000.0;
            if (!best.TryGetValue(role, out var old) || score > old.Score) best[role] = new SearchHit(role, title, score);
        }
        var hits = best.Values.OrderByDescending(h => Math.Round(h.Score, 6)).ThenBy(h => indexOrder.GetValueOrDefault(h.Role, int.MaxValue))
            .ThenBy(h => h.Role.Title, StringComparer.Ordinal).Take(limit).ToList();
        if (hits.Count < limit)
        {
            foreach (var role in _resolver.Suggest(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query, limit))
            {
                if (hits.Count >= limit) break;
                if (hits.All(h => h.Role != role)) hits.Add(new SearchHit(role, role.Title, 0.1));
            }
        }
        return hits;
    }

    private static double Score(string title, string query)
    {
        if (title == query) return 3;
        if (title.StartsWith(query, StringComparison.Ordinal)) return 2;
        var at = title.IndexOf(query, StringComparison.Ordinal);
        if (at > 0 && title[at - 1] == ' ') return 1.5;
        if (at > 0) return 0.5;
        // Every query word starts a word of the title ("ml eng" finds "ML Engineer").
        var words = query.Split(' ');
        if (words.Length > 1 && words.All(w => title.StartsWith(w, StringComparison.Ordinal) || title.Contains(" " + w, StringComparison.Ordinal)))
            return 1;
        return 0;
    }

    /// <summary>The title key the catalog's resolver uses: lower case, letters and digits only, each word singular.</summary>
    public static string Normalize(string text) => RoleResolver.Key(text);
}
