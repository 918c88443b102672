using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    public const int ProsConsShown = 4, ProsConsWanted = 2;

    /// <summary>Pros and cons from every contributor; a thin list is said to be thin rather than padded.</summary>
    private (IReadOnlyList<ProCon> Pros, IReadOnlyList<ProCon> Cons) ProsAndCons(Occupation occupation, CareerFamily family, GuideEvidence evidence,
        Dictionary<string, string> notes)
    {
        var pros = new List<ProCon>();
        var cons = new List<ProCon>();
        var context = new ProConContext(occupation, catalog, family);
        foreach (var contributor in ProConContributors.All) contributor.Contribute(context, pros, cons);
        if (pros.Count < ProsConsWanted)
            notes["pros"] = $"not enough data for more: the BLS and O*NET figures support {pros.Count} pro{(pros.Count == 1 ? "" : "s")} at Ladder's documented thresholds.";
        if (cons.Count < ProsConsWanted)
            notes["cons"] = $"not enough data for more: the BLS and O*NET figures support {cons.Count} con{(cons.Count == 1 ? "" : "s")} at Ladder's documented thresholds.";
        return (pros.Take(ProsConsShown).ToList(), cons.Take(ProsConsShown).ToList());
    }
}
