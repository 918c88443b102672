using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.TitleEval;

/// <summary>
/// O*NET's reported titles as a labelled set, and the index options that hold them out: no engine scored on them may
/// index any title that normalizes to one of them. Shared by title-eval and the embedding experiment (title-embed).
/// </summary>
internal static class ReportedTitles
{
    public static (List<LabelledTitle> Set, TitleIndexOptions HeldOut) HeldOut(LadderCatalog catalog)
    {
        var set = catalog.Occupations
            .SelectMany(o => o.ReportedTitles.Select(t => (Title: t, Soc: o.Code.Soc)))
            .GroupBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LabelledTitle(g.Key, g.Select(r => r.Soc).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        return (set, new TitleIndexOptions { IncludeReportedTitles = false, ExcludedTitles = set.Select(r => r.Title).ToList() });
    }
}
