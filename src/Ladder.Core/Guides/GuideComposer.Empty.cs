using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>Says why a section is empty, and for empty shells ("All Other" and military codes) where to look instead.</summary>
    private void ExplainEmpty(Occupation occupation, Guide guide, Dictionary<string, string> notes)
    {
        var shell = occupation.Tasks.Count == 0 && occupation.Skills.Count == 0;
        if (shell)
        {
            var kind = catalog.WorkKindOf(occupation.Code) == Content.WorkKind.Military ? "a military occupation" : occupation.Title.Contains("All Other", StringComparison.Ordinal)
                ? "a residual \"All Other\" category" : "an occupation O*NET has not yet surveyed";
            var closest = Closest(occupation).Take(3).Select(o => o.Title).ToList();
            notes["overview"] = $"This is {kind}: O*NET publishes no tasks, skill ratings or work details for it, so this guide cannot describe the work itself." +
                (closest.Count > 0 ? $" The closest detailed occupations are {JoinTitles(closest)}; their guides describe the work in full." : "");
        }
        if (guide.Tasks.Count == 0) notes["tasks"] = "not enough data: O*NET publishes no task statements for this occupation.";
        if (guide.Skills.Count == 0) notes["skills"] = "not enough data: O*NET has not rated skills or knowledge for this occupation and flags none of its technologies.";
        if (guide.Technologies.Count == 0 && guide.Tools.Count == 0)
            notes["technologies"] = occupation.Technologies.Count > 0
                ? $"O*NET lists only software nearly every employer runs for this occupation ({string.Join(", ", occupation.Technologies.Take(3).Select(t => t.Name))}), none of it particular to this work" +
                    (occupation.Tools.Count > 0 ? "; its physical tools are not shown because they do not define this kind of work." : ".")
                : occupation.Tools.Count > 0 ? "O*NET lists no software for this occupation; its physical tools are not shown because they do not define this kind of work."
                : "not enough data: O*NET lists no technologies or tools for this occupation.";
    }

    /// <summary>
    /// The O*NET occupations filed under the same SOC code (29-1299.01 and .02 for 29-1299.00: the very jobs the
    /// residual category holds), then those of the same SOC broad group, then O*NET's related occupations with published
    /// detail, then detailed occupations nearby in code (29-12xx), then in the SOC minor group (29-1xxx). O*NET's
    /// related list alone sent "Healthcare Diagnosing or Treating Practitioners, All Other" readers to cardiologists,
    /// although its own sub-occupations are naturopaths and orthoptists.
    /// </summary>
    private IEnumerable<Occupation> Closest(Occupation occupation)
    {
        var within = Described(occupation, occupation.Code.Value[..7]);
        // The SOC broad group holds the occupations a residual one is "not listed separately" from: Surgeons, All Other
        // (29-1249) sits with ophthalmologists, orthopaedic and paediatric surgeons (29-124x), not with anesthesiologists.
        var broad = Described(occupation, occupation.Code.Value[..6]);
        var related = occupation.Related.Select(r => catalog.FindByCode(r.Code.Value)).OfType<Occupation>().Where(o => o.Tasks.Count > 0);
        // Wider groups last, so that a broad group of one (Team Assemblers beside Assemblers, All Other) still names three.
        return within.Concat(broad).Concat(related).Concat(Described(occupation, occupation.Code.Value[..5]))
            .Concat(Described(occupation, occupation.Code.Value[..4])).Distinct();
    }

    /// <summary>Other occupations whose code starts with <paramref name="prefix"/> and that O*NET describes (they have tasks).</summary>
    private IEnumerable<Occupation> Described(Occupation occupation, string prefix) =>
        catalog.Occupations.Where(o => o.Code != occupation.Code && o.Code.Value.StartsWith(prefix, StringComparison.Ordinal) && o.Tasks.Count > 0);
}
