namespace Ladder.Outlook;

/// <summary>
/// The Occupational Outlook Handbook's words for a projected change, applied to the percent rounded to a whole
/// number as the Handbook prints it (thresholds in docs/outlook.md).
/// </summary>
public static class OutlookVerdict
{
    public sealed record Band(string Key, string Phrase, int? AtLeast);

    /// <summary>From fastest to slowest; a change falls in the first band whose floor it reaches.</summary>
    public static readonly IReadOnlyList<Band> Bands =
    [
        new("much-faster", "Much faster than average", 7),
        new("faster", "Faster than average", 5),
        new("average", "As fast as average", 2),
        new("slower", "Slower than average", 1),
        new("little-change", "Little or no change", -1),
        new("decline", "Decline", null),
    ];

    public static Band For(double changePercent)
    {
        var rounded = (int)Math.Round(changePercent, MidpointRounding.AwayFromZero);
        foreach (var band in Bands)
            if (band.AtLeast is not { } floor || rounded >= floor) return band;
        return Bands[^1];
    }

    public const string Method =
        "Verdict in the phrases of the BLS Occupational Outlook Handbook, with bands set around the all-occupations average, on the projected change rounded to a whole percent: " +
        "7% or more much faster than average; 5–6% faster; 2–4% as fast as average; 1% slower; −1% to 0% little or no change; −2% or less decline.";
}
