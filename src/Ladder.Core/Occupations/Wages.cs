namespace Ladder.Occupations;

/// <summary>The BLS OEWS national wage distribution of one SOC code in one release.</summary>
public sealed record Wages
{
    public required string Soc { get; init; }
    public required string Title { get; init; }
    /// <summary>Release label such as "May 2025".</summary>
    public required string Release { get; init; }
    public required WageValue Employment { get; init; }
    public required WageValue P10 { get; init; }
    public required WageValue P25 { get; init; }
    public required WageValue Median { get; init; }
    public required WageValue P75 { get; init; }
    public required WageValue P90 { get; init; }
    public required WageValue Mean { get; init; }
    public required WageValue HourlyMedian { get; init; }
    /// <summary>The hourly percentiles and mean BLS publishes beside the annual ones (H_PCT10 … H_MEAN); Missing when the table has none.</summary>
    public WageValue HourlyP10 { get; init; } = WageValue.Missing;
    public WageValue HourlyP25 { get; init; } = WageValue.Missing;
    public WageValue HourlyP75 { get; init; } = WageValue.Missing;
    public WageValue HourlyP90 { get; init; } = WageValue.Missing;
    public WageValue HourlyMean { get; init; } = WageValue.Missing;
    /// <summary>True when BLS publishes only hourly figures for the occupation (ANNUAL flag unset, HOURLY set).</summary>
    public bool HourlyOnly { get; init; }
}

/// <summary>The wages a guide shows for an occupation, and where they came from.</summary>
public sealed record OccupationWages
{
    public required Wages? Current { get; init; }
    public Wages? Previous { get; init; }
    /// <summary>True when an O*NET detail code (e.g. <c>.01</c>) borrows its 6-digit SOC code's wages.</summary>
    public bool FromParentSoc { get; init; }
    /// <summary>True when BLS publishes the occupation only inside a broader group (e.g. 29-2010), whose row is used.</summary>
    public bool FromBroadGroup { get; init; }

    /// <summary>
    /// True when the row pools several occupations: a broad group, or a residual "All Other" group (the occupation's own
    /// or its parent's). Its median can stand, labelled as the group's, but its percentiles are no one occupation's pay
    /// by stage or spread.
    /// </summary>
    public bool Pooled => Current is { } w && (FromBroadGroup || w.Title.Contains("All Other", StringComparison.Ordinal));

    public static OccupationWages None { get; } = new() { Current = null };
}
