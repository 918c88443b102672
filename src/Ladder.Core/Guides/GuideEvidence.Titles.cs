using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Guides;

internal sealed partial class GuideEvidence
{
    // Counted once, on the first guide that needs it: guides are composed in parallel, and a plain `??=` let every
    // thread that got there first count all 57,000 titles again. Kept as each occupation's counts in the order of its
    // alternate titles, not as the count of every normalized title: that dictionary held 52,000 new key strings
    // (about 3.5 MB) for as long as the server ran, where these arrays take 0.3 MB.
    private Dictionary<Occupation, int[]>? _titleOwners;
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
        var owners = OwnerCounts(o);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { o.Title };
        var result = new List<string>(limit);
        foreach (var t in o.ReportedTitles)
            if (result.Count < limit && seen.Add(t)) result.Add(t);
        var own = RoleResolver.Key(o.Title).Split(' ').ToHashSet(StringComparer.Ordinal);
        var alternates = o.AlternateTitles.Select(a => (Title: a.Title, Key: RoleResolver.Key(a.Title)))
            .Select((t, i) => (t.Title, Owners: owners[i],
                Shared: t.Key.Split(' ').Count(own.Contains), Words: t.Title.Split(' ').Length, Order: i))
            .OrderBy(x => x.Owners).ThenByDescending(x => x.Shared).ThenBy(x => x.Words).ThenBy(x => x.Order);
        foreach (var (title, _, _, _, _) in alternates)
            if (result.Count < limit && seen.Add(title)) result.Add(title);
        return result;
    }

    /// <summary>For each of <paramref name="o"/>'s alternate titles, in order, how many occupations list it (by normalized key).</summary>
    internal int[] OwnerCounts(Occupation o)
    {
        var byOccupation = LazyInitializer.EnsureInitialized(ref _titleOwners, ref _titleOwnersCounted, ref _titleOwnersLock, () =>
        {
            var owners = CountTitleOwners(_catalog);
            var counts = new Dictionary<Occupation, int[]>(ReferenceEqualityComparer.Instance);
            foreach (var x in _catalog.Occupations) counts.TryAdd(x, PlainOwnerCounts(x, owners));
            return counts;
        })!;
        // An occupation from outside this catalog (none that a guide composes) gets the plain count.
        return byOccupation.TryGetValue(o, out var counts) ? counts : PlainOwnerCounts(o, CountTitleOwners(_catalog));
    }

    /// <summary>The counts read from the whole dictionary, as they were looked up before they were kept per occupation.</summary>
    internal static int[] PlainOwnerCounts(Occupation o, Dictionary<string, int> owners) =>
        o.AlternateTitles.Select(a => owners.GetValueOrDefault(RoleResolver.Key(a.Title), 1)).ToArray();

    // How many occupations list each alternate title (by normalized key).
    internal static Dictionary<string, int> CountTitleOwners(LadderCatalog catalog)
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
