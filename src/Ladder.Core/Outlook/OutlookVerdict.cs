namespace Ladder.Outlook;

/// <summary>
/// The Occupational Outlook Handbook's words for a projected change. BLS rounds the change it computes from the
/// unrounded employment figures to a whole percent and names the band; thresholds and the evidence in docs/outlook.md.
/// </summary>
public static class OutlookVerdict
{
    public sealed record Band(string Key, string Phrase, int? AtLeast);

    /// <summary>From fastest to slowest; a whole-percent change falls in the first band whose floor it reaches.</summary>
    public static readonly IReadOnlyList<Band> Bands =
    [
        new("much-faster", "Much faster than average", 7),
        new("faster", "Faster than average", 5),
        new("average", "As fast as average", 3),
        new("slower", "Slower than average", 1),
        new("little-change", "Little or no change", 0),
        new("decline", "Decline", null),
    ];

    /// <summary>The verdict of a projection row, from its employment figures (see <see cref="ChangePercent"/>).</summary>
    public static Band? For(Projection p) => ChangePercent(p) is { } change ? ForChange(change) : null;

    /// <summary>The band of an unrounded percent change.</summary>
    public static Band ForChange(double changePercent)
    {
        var rounded = (int)Math.Round(changePercent, MidpointRounding.AwayFromZero);
        foreach (var band in Bands)
            if (band.AtLeast is not { } floor || rounded >= floor) return band;
        return Bands[^1];
    }

    /// <summary>
    /// The change BLS rounds: computed from 2024 and 2034 employment. Table 1.2 prints employment in thousands and the
    /// percent to one decimal, both rounded from BLS's own figures, so the change from the printed employment is kept
    /// within the printed percent's ±0.05: 1,333.7 → 1,393.5 thousand is +4.48% (Table 1.2: 4.5), "as fast as average",
    /// where re-rounding 4.5 would say "faster". For a small occupation the printed percent is the finer figure.
    /// </summary>
    public static double? ChangePercent(Projection p)
    {
        if (p.ChangePercent is not { } printed) return null;
        if (p.Employment2024 is not { } from || p.Employment2034 is not { } to || from <= 0) return printed;
        return Math.Clamp(100 * (to - from) / from, printed - 0.05, printed + 0.05);
    }

    public const string Method =
        "Verdict in the phrases of the BLS Occupational Outlook Handbook, on the change BLS computes from 2024 and 2034 employment, rounded to a whole percent: " +
        "7% or more much faster than average; 5–6% faster; 3–4% as fast as average; 1–2% slower; 0% little or no change; −1% or less decline.";
}
