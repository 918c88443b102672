using System.Globalization;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>
/// When a guide shows pay by the hour, and how hourly figures read. BLS publishes hourly percentiles beside the
/// annual ones for most occupations; for a few (actors, dancers, musicians, disc jockeys: five in OEWS May 2025) it
/// publishes only the hourly ones.
/// </summary>
public static class HourlyPay
{
    /// <summary>The hourly top-code BLS applies in OEWS May 2024 and May 2025 (the annual one is $239,200).</summary>
    public const decimal HourlyTopCode = 115.00m;

    /// <summary>True when BLS gives hourly but no annual wages: the guide's pay is in dollars an hour.</summary>
    public static bool IsHourlyOnly(Wages w) =>
        w.HourlyOnly || (!w.Median.HasAmount && w.Median.Marker != WageMarker.TopCoded && w.HourlyMedian.HasAmount);

    /// <summary>
    /// True when the guide shows BLS's hourly figure beside the annual one: the work is listed as usually paid by the hour
    /// (<paramref name="hourlyWork"/>, from content/occupations/pay-basis.yaml, a rule of thumb for where an hourly figure
    /// helps) and BLS publishes one.
    /// </summary>
    public static bool IsUsuallyHourly(Wages w, bool hourlyWork) => hourlyWork && !IsHourlyOnly(w) && w.HourlyMedian.HasAmount;

    /// <summary>"$29.05", "≥ $115.00" or "not available".</summary>
    public static string Display(WageValue v) => v.Marker switch
    {
        WageMarker.None when v.Amount is { } a => Money(a),
        WageMarker.TopCoded => "≥ " + Money(HourlyTopCode),
        _ => "not available",
    };

    /// <summary>"$29.05 an hour", "≥ $115.00 an hour" or "not available".</summary>
    public static string PerHour(WageValue v) => v.HasAmount || v.Marker == WageMarker.TopCoded ? Display(v) + " an hour" : "not available";

    public static string Money(decimal amount) => "$" + amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>"$16.50 – $20.34 an hour", as <c>Guides.PayLadder.Display</c> does for annual ranges.</summary>
    public static string Range(WageValue low, WageValue high)
    {
        if (!low.HasAmount && low.Marker != WageMarker.TopCoded && !high.HasAmount && high.Marker != WageMarker.TopCoded)
            return "not available";
        if (low.Marker == WageMarker.TopCoded) return PerHour(low);
        return $"{Display(low)} – {Display(high)} an hour";
    }

    /// <summary>The hourly percentile a stage maps to (10, 25, 50, 75 or 90).</summary>
    public static WageValue Percentile(Wages w, int p) => p switch
    {
        10 => w.HourlyP10, 25 => w.HourlyP25, 50 => w.HourlyMedian, 75 => w.HourlyP75, 90 => w.HourlyP90,
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Stages map to the 10th, 25th, 50th, 75th or 90th percentile."),
    };

    /// <summary>The BLS hourly distribution as a guide shows it, with the sentence that says where it comes from.</summary>
    public static HourlyWages Distribution(Wages w, bool hourlyWork) => new()
    {
        P10 = w.HourlyP10.Amount, P25 = w.HourlyP25.Amount, Median = w.HourlyMedian.Amount, P75 = w.HourlyP75.Amount, P90 = w.HourlyP90.Amount,
        Mean = w.HourlyMean.Amount,
        Display = new(Display(w.HourlyP10), Display(w.HourlyP25), Display(w.HourlyMedian), Display(w.HourlyP75), Display(w.HourlyP90), Display(w.HourlyMean)),
        HourlyOnly = IsHourlyOnly(w),
        Basis = IsHourlyOnly(w) || !hourlyWork ? HourlyOnlyReason(w) : UsuallyHourlyBasis(w),
    };

    internal static string HourlyOnlyReason(Wages w) =>
        $"BLS publishes only hourly wages for SOC {w.Soc} {w.Title}: these workers are typically paid by the hour and often work fewer " +
        $"than 2,080 hours (a full-time year), so BLS gives no annual figure. Source: U.S. Bureau of Labor Statistics, OEWS {w.Release}.";

    internal static string UsuallyHourlyBasis(Wages w) =>
        $"Hourly wages are BLS's own hourly estimates for SOC {w.Soc} (OEWS {w.Release}), shown because this work is usually paid by the hour. " +
        "BLS's annual figures assume a full-time year of 2,080 hours.";
}

/// <summary>BLS hourly wage percentiles as a guide shows them (dollars an hour).</summary>
public sealed record HourlyWages
{
    public decimal? P10 { get; init; }
    public decimal? P25 { get; init; }
    public decimal? Median { get; init; }
    public decimal? P75 { get; init; }
    public decimal? P90 { get; init; }
    public decimal? Mean { get; init; }
    /// <summary>Each percentile and the mean as readers see them ("$29.05", "≥ $115.00", "not available").</summary>
    public required Percentiles<string> Display { get; init; }
    /// <summary>True when BLS publishes no annual wages for the occupation, so these are its only pay figures.</summary>
    public bool HourlyOnly { get; init; }
    /// <summary>Where the figures come from and why they are shown, in a sentence (interned: a few sentences serve every guide).</summary>
    public required string Basis { get; init => field = string.Intern(value); }
}
