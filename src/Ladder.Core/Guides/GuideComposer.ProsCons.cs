using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    public const int ProsConsShown = 4, ProsConsWanted = 2, TechnologiesShown = 25;

    /// <summary>Pros and cons from every contributor; a thin list is said to be thin rather than padded.</summary>
    private (IReadOnlyList<ProCon> Pros, IReadOnlyList<ProCon> Cons) ProsAndCons(Occupation occupation, CareerFamily family,
        IReadOnlyList<Technology> shownTechnologies, Dictionary<string, string> notes)
    {
        var pros = new List<ProCon>();
        var cons = new List<ProCon>();
        var context = new ProConContext(occupation, catalog, family, shownTechnologies);
        foreach (var contributor in ProConContributors.All) contributor.Contribute(context, pros, cons);
        if (pros.Count < ProsConsWanted) notes["pros"] = Thin(pros.Count, "pro");
        if (cons.Count < ProsConsWanted) notes["cons"] = Thin(cons.Count, "con");
        return (pros.Take(ProsConsShown).ToList(), cons.Take(ProsConsShown).ToList());
    }

    private static string Thin(int count, string kind) => count == 0
        ? $"not enough data: no {kind} clears Ladder's documented thresholds on the BLS and O*NET figures (docs/guide-content.md)."
        : $"not enough data for a second {kind}: no other clears Ladder's documented thresholds on the BLS and O*NET figures (docs/guide-content.md).";
}
