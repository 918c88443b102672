using System.Globalization;
using Ladder.Occupations;
using Ladder.States;

namespace Ladder.Catalog;

/// <summary>
/// A role's pay in one state beside the national figure: what the guide page, <c>ladder guide --state</c>, compare,
/// the transition page and <c>/start</c> all show. Both figures are BLS's for the role's primary occupation, so like
/// is compared with like; where BLS publishes nothing for the state it says so and never shows the national figure
/// in its place.
/// </summary>
public sealed record StatePay
{
    public required UsState State { get; init; }
    /// <summary>The state's row; every figure null where BLS published none.</summary>
    public required StateWage Wage { get; init; }
    /// <summary>The SOC code and BLS title the figures are for (a curated role's primary occupation).</summary>
    public required string Soc { get; init; }
    public required string SocTitle { get; init; }
    /// <summary>"BLS OEWS May 2025, state estimates".</summary>
    public required string Source { get; init; }
    /// <summary>"May 2025".</summary>
    public required string AsOf { get; init; }
    /// <summary>The BLS national median annual wage of the same SOC code; null where BLS publishes none.</summary>
    public decimal? NationalMedian { get; init; }
    public decimal? NationalHourlyMedian { get; init; }
    /// <summary>True when the figures compared are hourly (BLS publishes no annual wage for the occupation).</summary>
    public bool Hourly { get; init; }

    public bool Published => Hourly ? Wage.HourlyMedian is not null : Wage.Median is not null;

    /// <summary>The state median: "$140,270", "$31.25 an hour", or "not published".</summary>
    public string MedianDisplay => Hourly
        ? Wage.HourlyMedian is { } h ? HourlyPay.Money(h) + " an hour" : "not published"
        : Wage.Median is { } m ? WageValue.FormatMoney(m) : "not published";

    public string NationalDisplay => Hourly
        ? NationalHourlyMedian is { } h ? HourlyPay.Money(h) + " an hour" : "not available"
        : NationalMedian is { } m ? WageValue.FormatMoney(m) : "not available";

    /// <summary>The state median over the national one, as a signed percentage; null when either is unpublished.</summary>
    public decimal? PercentOfNational
    {
        get
        {
            var (state, national) = Hourly ? (Wage.HourlyMedian, NationalHourlyMedian) : (Wage.Median, NationalMedian);
            return state is { } s && national is { } n && n > 0 ? Math.Round((s - n) / n * 100, 0, MidpointRounding.AwayFromZero) : null;
        }
    }

    /// <summary>"44% above the national median", "at the national median", or null.</summary>
    public string? VersusNational => PercentOfNational switch
    {
        null => null,
        0 => "about the national median",
        > 0 and var p => $"{p.ToString("0", CultureInfo.InvariantCulture)}% above the national median",
        var p => $"{(-p.Value).ToString("0", CultureInfo.InvariantCulture)}% below the national median",
    };

    /// <summary>One sentence a reader can check: the state figure, the national one, and the source.</summary>
    public string Sentence => Published
        ? $"Median pay in {State.Name}: {MedianDisplay} ({VersusNational ?? "no national median to compare"}; national {NationalDisplay}). Source: {Source}, SOC {Soc}."
        : $"BLS publishes no {(Hourly ? "hourly" : "annual")} median for {SocTitle} in {State.Name} ({Source}): too few survey responses, or withheld for confidentiality. The national median ({NationalDisplay}) is not a stand-in for {State.Name}.";

    /// <summary>The pay a role's primary occupation earns in <paramref name="state"/>; null when the catalog holds no state rows for it.</summary>
    public static StatePay? For(LadderCatalog catalog, Role role, UsState state)
    {
        if (catalog.StatesFor(role) is not { } set) return null;
        var national = role.Primary.Wages.Current;
        var hourly = set.HourlyOnly || national is not null && HourlyPay.IsHourlyOnly(national);
        return new StatePay
        {
            State = state,
            Wage = set[state],
            Soc = set.Soc,
            SocTitle = set.Title,
            Source = catalog.States.Label,
            AsOf = set.Release,
            NationalMedian = national?.Median.Amount,
            NationalHourlyMedian = national?.HourlyMedian.Amount,
            Hourly = hourly,
        };
    }
}
