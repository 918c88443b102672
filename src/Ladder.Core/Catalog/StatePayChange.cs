using Ladder.Occupations;
using Ladder.States;

namespace Ladder.Catalog;

/// <summary>The change in median pay between two roles within one state, for compare, transitions and <c>/start</c>.</summary>
public sealed record StatePayChange(StatePay From, StatePay To)
{
    /// <summary>To's state median less From's; null when either is unpublished or one is hourly and the other annual.</summary>
    public decimal? Amount => From.Hourly != To.Hourly || SameOccupation ? null
        : From.Hourly ? To.Wage.HourlyMedian - From.Wage.HourlyMedian
        : To.Wage.Median - From.Wage.Median;

    /// <summary>Both roles take their figures from one BLS occupation (a curated role and its primary occupation), so BLS shows no difference.</summary>
    public bool SameOccupation => From.Soc == To.Soc;

    /// <summary>"+$12,340", "−$3.10 an hour", or why there is no figure.</summary>
    public string Display => Amount switch
    {
        { } a when From.Hourly => (a >= 0 ? "+" : "−") + HourlyPay.Money(Math.Abs(a)) + " an hour",
        { } a => (a >= 0 ? "+" : "−") + WageValue.FormatMoney(Math.Abs(a)),
        null when SameOccupation => $"no difference in BLS figures: both are SOC {From.Soc} ({From.SocTitle})",
        null when From.Hourly != To.Hourly => "not comparable (one is paid by the hour only)",
        null => $"not published in {From.State.Name} for {(From.Published ? To.SocTitle : From.SocTitle)}",
    };

    /// <summary>"$80,000 → $92,340 in Texas; BLS OEWS May 2025, state estimates".</summary>
    public string Detail => $"{From.MedianDisplay} → {To.MedianDisplay} in {From.State.Name}; {From.Source}";

    public static StatePayChange? For(Catalog.LadderCatalog catalog, Catalog.Role from, Catalog.Role to, UsState state) =>
        StatePay.For(catalog, from, state) is { } a && StatePay.For(catalog, to, state) is { } b ? new StatePayChange(a, b) : null;
}
