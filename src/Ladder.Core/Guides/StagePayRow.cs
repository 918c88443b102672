using Ladder.Catalog;
using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>
/// Whether an occupation's BLS wage row may give its career stages their pay bands, and how the guide labels that row.
/// A row is the occupation's own, a parent SOC row it shares with the occupation it was split from (banded, but named as
/// that occupation's), a row that pools several occupations, or a parent row whose own occupation climbs a different
/// ladder (a clinical nurse specialist inside Registered Nurses): the last two give no stage a band.
/// </summary>
internal sealed record StagePayRow(Wages? Wages, string? NoBandReason, string? Label, string? NoBandDisplay = null)
{
    /// <summary>True when the stages show bands from <see cref="Wages"/>.</summary>
    public bool Banded => Wages is not null && NoBandReason is null;

    public static StagePayRow For(Occupation occupation, LadderCatalog catalog)
    {
        var w = occupation.Wages.Current;
        if (w is null) return new(null, null, null);
        if (occupation.Wages.Pooled)
            return new(w, $"BLS OEWS publishes wages only for SOC {w.Soc} {w.Title}, which pools several occupations: its percentiles are not this occupation's pay by stage, so the guide shows the group's figures only in the overview, labelled as the group's", null, GuideComposer.PooledStagePay);
        if (!occupation.Wages.FromParentSoc) return new(w, null, null);
        // The parent row is the pay of the O*NET occupation coded .00; it stands for a detail occupation only when both climb
        // the same ladder. Where the .00 occupation is not in the release, the row has no other occupation to be.
        var own = catalog.Families.For(occupation.Code);
        var parentCode = OccupationCode.Parse(w.Soc + ".00");
        var parent = catalog.FindByCode(parentCode.Value) is null ? own : catalog.Families.For(parentCode);
        if (parent.Key != own.Key)
            return new(w, $"BLS OEWS publishes wages only for SOC {w.Soc} {w.Title}, which includes this O*NET occupation but is the pay of an occupation on a different ladder ({parent.Name.ToLowerInvariant()}): its percentiles are not this occupation's pay by stage, so the guide shows them only in the overview, labelled as that occupation's", null, GuideComposer.OtherOccupationStagePay);
        return new(w, null, $"SOC {w.Soc} {w.Title}, the BLS occupation that includes this one (BLS publishes no separate figures for {occupation.Code.Value})");
    }
}
