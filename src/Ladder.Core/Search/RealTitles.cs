using Ladder.Catalog;

namespace Ladder.Search;

/// <summary>
/// Feeds the catalog's labelled real titles (<see cref="LadderCatalog.RealTitles"/>: employer titles from H-1B
/// filings and Census index titles, the tuning halves of the dev sets only; see data/NOTICE and
/// docs/title-search.md) to the index.
/// </summary>
public static class RealTitles
{
    /// <summary>
    /// Adds each of the catalog's titles from <paramref name="source"/> once per occupation its codes name (curated
    /// roles are reached through their occupations), skipping those <paramref name="excluded"/> says.
    /// </summary>
    public static void AddTo(List<IndexedTitle> titles, LadderCatalog catalog, RealTitleSource source, Func<string, bool> excluded,
        RankingWeights? weights = null)
    {
        var bySoc = catalog.Roles.Where(r => !r.IsCurated).ToLookup(r => r.Primary.Code.Soc, StringComparer.Ordinal);
        var byGroup = catalog.Roles.Where(r => !r.IsCurated).ToLookup(r => r.Primary.Code.Soc[..6], StringComparer.Ordinal);
        var w = weights ?? RankingWeights.Default;
        var kind = source == RealTitleSource.Employer ? TitleSource.EmployerTitle : TitleSource.CensusTitle;
        foreach (var title in catalog.RealTitles)
        {
            if (title.Source != source || excluded(title.Text)) continue;
            var roles = title.Socs.SelectMany(soc => soc[6] == '0' ? byGroup[soc[..6]] : bySoc[soc]).Distinct().ToList();
            float share = w.RealWeight / (1f + w.RealShareDecay * (roles.Count - 1));
            foreach (var role in roles) titles.Add(new IndexedTitle(title.Text, role, kind, share));
        }
    }
}
