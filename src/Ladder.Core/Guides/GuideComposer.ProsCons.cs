using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    public const int ProsConsShown = 4, ProsConsWanted = 2, TechnologiesShown = 25;

    /// <summary>Pros and cons from every contributor, then the outlook's (docs/outlook.md) in front.</summary>
    private (IReadOnlyList<ProCon> Pros, IReadOnlyList<ProCon> Cons) ProsAndCons(Occupation occupation, CareerFamily family,
        IReadOnlyList<Technology> shownTechnologies, GuideOutlook outlook, Dictionary<string, string> notes)
    {
        var pros = new List<ProCon>();
        var cons = new List<ProCon>();
        var context = new ProConContext(occupation, catalog, family, shownTechnologies);
        foreach (var contributor in ProConContributors.All) contributor.Contribute(context, pros, cons);
        var allPros = OutlookProsCons.Pros(outlook, pros.Take(ProsConsShown).ToList());
        var allCons = OutlookProsCons.Cons(outlook, cons.Take(ProsConsShown).ToList());
        // A thin list is said to be thin rather than padded; the note counts the list the reader sees, outlook items included,
        // so a guide never shows one con above "no con clears the thresholds".
        if (allPros.Count < ProsConsWanted) notes["pros"] = Thin(allPros.Count, "pro");
        if (allCons.Count < ProsConsWanted) notes["cons"] = Thin(allCons.Count, "con");
        return (allPros, allCons);
    }

    private static string Thin(int count, string kind) => count == 0
        ? $"not enough data: no {kind} clears Ladder's documented thresholds on the BLS and O*NET figures (docs/guide-content.md)."
        : $"not enough data for a second {kind}: no other clears Ladder's documented thresholds on the BLS and O*NET figures (docs/guide-content.md).";
}
