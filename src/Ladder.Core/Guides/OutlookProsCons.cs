namespace Ladder.Guides;

/// <summary>
/// The pros and cons the BLS projections support, added in front of the others: a growing field with many
/// openings is a pro, a declining one a con. Each carries the figures behind it.
/// </summary>
public static class OutlookProsCons
{
    /// <summary>Openings a year above which a field is "hiring a lot" (about one in 200 of the 2024 openings total).</summary>
    public const double ManyOpenings = 10_000;
    private const int MaxItems = 5;

    public static IReadOnlyList<ProCon> Pros(GuideOutlook outlook, IReadOnlyList<ProCon> others)
    {
        if (!Supports(outlook) || outlook.ChangePercent is not { } change) return others;
        ProCon? pro = null;
        var versus = Versus(outlook);
        if (outlook.VerdictKey is "much-faster" or "faster" && outlook.OpeningsPerYear >= ManyOpenings)
            pro = new("Growing, with many openings", $"BLS projects {OutlookFormat.Signed(change)} ({outlook.Verdict.ToLowerInvariant()}){versus} and {About(outlook)} openings a year ({outlook.Source}).");
        else if (outlook.VerdictKey is "much-faster" or "faster")
            pro = new("Growing faster than most fields", $"BLS projects {OutlookFormat.Signed(change)}{versus}, with {About(outlook)} openings a year ({outlook.Source}).");
        else if (outlook.OpeningsPerYear >= ManyOpenings * 5 && outlook.VerdictKey != "decline")
            pro = new("Many openings every year", $"About {outlook.OpeningsDisplay} openings a year, mostly to replace workers who leave ({outlook.Source}).");
        return pro is null ? others : [Qualified(pro, outlook), .. others.Take(MaxItems - 1)];
    }

    public static IReadOnlyList<ProCon> Cons(GuideOutlook outlook, IReadOnlyList<ProCon> others)
    {
        if (!Supports(outlook) || outlook.ChangePercent is not { } change) return others;
        ProCon? con = null;
        if (outlook.VerdictKey == "decline")
            con = new("A declining field", $"BLS projects employment to fall {OutlookFormat.Percent(Math.Abs(change))} over {outlook.Period}{Versus(outlook)}; openings ({About(outlook)} a year) come from replacing workers who leave ({outlook.Source}).");
        else if (outlook.OpeningsPerYear is < 1_000)
            con = new("Few openings", $"BLS projects {(outlook.OpeningsPerYear < 50 ? "" : "only ")}{About(outlook)} openings a year nationally ({outlook.Source}).");
        return con is null ? others : [Qualified(con, outlook), .. others.Take(MaxItems - 1)];
    }

    private static string About(GuideOutlook outlook) => outlook.OpeningsPerYear is { } n ? OutlookFormat.AboutOpenings(n) : "about " + outlook.OpeningsDisplay;

    // A residual "All Other" row pools unrelated jobs: its growth says nothing about any one of them.
    private static bool Supports(GuideOutlook outlook) =>
        outlook.Available && !(outlook.ProjectionTitle?.Contains("all other", StringComparison.OrdinalIgnoreCase) ?? false);

    // Figures from a BLS group that includes the occupation are cited as the group's, never as the occupation's own.
    private static ProCon Qualified(ProCon item, GuideOutlook outlook) =>
        outlook.Note is null || outlook.ProjectionTitle is null ? item
            : item with { Reason = $"{item.Reason} These are the figures for the BLS group {outlook.ProjectionTitle}, which includes this occupation." };

    private static string Versus(GuideOutlook outlook) =>
        outlook.AllOccupationsChangePercent is { } all ? $" against {OutlookFormat.Signed(all)} for all occupations" : "";
}
