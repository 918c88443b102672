namespace Ladder.Catalog;

/// <summary>
/// The roles a home page offers first. Ladder keeps no record of what readers search for, so it cannot rank by
/// searches; it ranks by how many people do the work (BLS OEWS employment), spread across the kinds of work: the
/// most-employed occupation of each SOC minor group (registered nurses lead health practitioners, truck drivers lead
/// motor-vehicle operators), largest first, at most <c>perDomain</c> from one domain. Pay plays no part.
/// </summary>
public static class PopularRoles
{
    /// <summary>How the list is chosen, in words a reader can check.</summary>
    public static string Method(CatalogInfo info) =>
        $"How these are chosen: Ladder keeps no record of what readers search for, so these are the jobs the most people do, " +
        $"by BLS OEWS {info.OewsRelease} national employment: the largest occupation in each occupational group, at most two from one field. Pay plays no part.";

    public static IReadOnlyList<Role> ByEmployment(LadderCatalog catalog, int count = 12, int perDomain = 2)
    {
        var leaders = catalog.Roles
            .Where(r => !r.IsCurated && r.Primary.Wages.Current is { Employment.Amount: > 0 } && !r.Primary.Wages.FromBroadGroup
                        // One guide per BLS row (not its O*NET detail codes), and no residual "All Other" groups.
                        && !r.Primary.Code.IsDetail && !r.Title.Contains("All Other", StringComparison.Ordinal))
            .GroupBy(r => r.Primary.Code.Value[..4], StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(Employment).ThenBy(r => r.Slug, StringComparer.Ordinal).First())
            .OrderByDescending(Employment).ThenBy(r => r.Slug, StringComparer.Ordinal);
        var perField = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Role>(count);
        foreach (var role in leaders)
        {
            if (result.Count == count) break;
            var taken = perField.GetValueOrDefault(role.Domain);
            if (taken >= perDomain) continue;
            perField[role.Domain] = taken + 1;
            result.Add(role);
        }
        return result;
    }

    /// <summary>BLS national employment of the role's primary occupation.</summary>
    public static decimal Employment(Role role) => role.Primary.Wages.Current?.Employment.Amount ?? 0;
}
