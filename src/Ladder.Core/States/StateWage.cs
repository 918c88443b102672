namespace Ladder.States;

/// <summary>
/// One BLS OEWS state estimate: an occupation's employment and wages in one state. Every number is null where BLS
/// published no estimate for that state (too few survey responses, or confidentiality); none is ever 0 for that.
/// </summary>
public sealed record StateWage
{
    public required UsState State { get; init; }
    /// <summary>The 6-digit SOC code of the BLS row.</summary>
    public required string Soc { get; init; }
    public decimal? Employment { get; init; }
    public decimal? Mean { get; init; }
    public decimal? P10 { get; init; }
    public decimal? P25 { get; init; }
    public decimal? Median { get; init; }
    public decimal? P75 { get; init; }
    public decimal? P90 { get; init; }
    public decimal? HourlyMean { get; init; }
    public decimal? HourlyMedian { get; init; }
    /// <summary>Jobs in the occupation per 1,000 jobs in the state.</summary>
    public decimal? JobsPer1000 { get; init; }
    /// <summary>The state's share of jobs in the occupation over the nation's: above 1 means more concentrated than nationally.</summary>
    public decimal? LocationQuotient { get; init; }

    /// <summary>True when BLS publishes any wage for the state (annual or hourly).</summary>
    public bool Published => Median is not null || Mean is not null || HourlyMedian is not null || HourlyMean is not null;

    /// <summary>An occupation BLS does not list in a state at all: suppressed there, every figure unpublished.</summary>
    public static StateWage Suppressed(UsState state, string soc) => new() { State = state, Soc = soc };
}
