using Ladder.Occupations;
using Ladder.Content;

namespace Ladder.Guides;

/// <summary>
/// Derives pay per career level from the BLS percentiles, by one documented method:
/// junior = 10th–25th percentile, mid = 25th–50th, senior = 50th–75th, lead/principal = 75th–90th.
/// </summary>
public static class PayLadder
{
    public const string Method =
        "Pay by level is a Ladder estimate: the BLS national percentiles are mapped to levels as junior = 10th–25th, " +
        "mid = 25th–50th (median), senior = 50th–75th and lead/principal = 75th–90th percentile. " +
        "Years of experience are a Ladder estimate from the O*NET job zone. Actual pay varies by employer, industry and location.";

    public static IReadOnlyList<CareerLevel> LevelNames => CareerLevels.All;

    /// <summary>Low and high bound of each level, as BLS cells (markers kept).</summary>
    public static (WageValue Low, WageValue High)[] Ranges(Wages w) =>
        [(w.P10, w.P25), (w.P25, w.Median), (w.Median, w.P75), (w.P75, w.P90)];

    public static string Display(WageValue low, WageValue high)
    {
        if (!low.HasAmount && low.Marker != WageMarker.TopCoded && !high.HasAmount && high.Marker != WageMarker.TopCoded)
            return "not available";
        if (low.Marker == WageMarker.TopCoded) return low.ToDisplay();
        return $"{low.ToDisplay()} – {high.ToDisplay()}";
    }

    /// <summary>Typical years of experience per level, from the O*NET job zone (1–5).</summary>
    public static string[] Years(int? jobZone) => jobZone switch
    {
        1 or 2 => ["0–1 years", "1–3 years", "3–6 years", "6+ years"],
        4 => ["0–2 years", "2–5 years", "5–8 years", "8+ years"],
        5 => ["0–3 years", "3–6 years", "6–10 years", "10+ years"],
        _ => ["0–2 years", "2–4 years", "4–8 years", "8+ years"],
    };
}
