using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Guides;

internal sealed partial class GuideEvidence
{
    // Counted once, on the first guide that needs it: guides are composed in parallel, and a plain `??=` let every
    // thread that got there first count all 57,000 titles again.
    private Dictionary<string, int>? _titleOwners;
    private object? _titleOwnersLock;
    private bool _titleOwnersCounted;

    /// <summary>
    /// The names a guide gives under "Also called", most telling first: the titles workers in the occupation report
    /// (O*NET's sample of reported titles, those My Next Move shows first), then O*NET's alternate titles, those that
    /// name this occupation alone before those several occupations share, then those sharing more words with its own
    /// title ("Registered Health Nurse" for registered nurses), shorter (more general) before longer.
    /// O*NET files alternate titles alphabetically, which says nothing about how people use them.
    /// </summary>
    public IReadOnlyList<string> RankAlsoCalled(Occupation o, int limit)
    {
        var owners = LazyInitializer.EnsureInitialized(ref _titleOwners, ref _titleOwnersCounted, ref _titleOwnersLock, () => CountTitleOwners(_catalog))!;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { o.Title };
        var result = new List<string>(limit);
        foreach (var t in o.ReportedTitles)
            if (result.Count < limit && seen.Add(t)) result.Add(t);
        var own = RoleResolver.Key(o.Title).Split(' ').ToHashSet(StringComparer.Ordinal);
        var alternates = o.AlternateTitles.Select(a => (Title: a.Title, Key: RoleResolver.Key(a.Title)))
            .Select((t, i) => (t.Title, Owners: owners.GetValueOrDefault(t.Key, 1),
                Shared: t.Key.Split(' ').Count(own.Contains), Words: t.Title.Split(' ').Length, Order: i))
            .OrderBy(x => x.Owners).ThenByDescending(x => x.Shared).ThenBy(x => x.Words).ThenBy(x => x.Order);
        foreach (var (title, _, _, _, _) in alternates)
            if (result.Count < limit && seen.Add(title)) result.Add(title);
        return result;
    }

    // How many occupations list each alternate title (by normalized key).
    private static Dictionary<string, int> CountTitleOwners(LadderCatalog catalog)
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var o in catalog.Occupations)
            foreach (var a in o.AlternateTitles)
            {
                var key = RoleResolver.Key(a.Title);
                if (!owners.TryGetValue(key, out var set)) owners[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(o.Code.Value);
            }
        return owners.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
    }
}
