namespace Ladder.Occupations;

/// <summary>The points of the BLS OEWS annual wage distribution Ladder shows.</summary>
public enum WagePercentile { P10, P25, Median, P75, P90 }

/// <summary>
/// One value per BLS percentile (and the mean), typed instead of keyed by strings. Serialized with the keys the JSON
/// has always used: <c>p10</c>, <c>p25</c>, <c>median</c>, <c>p75</c>, <c>p90</c>, <c>mean</c>.
/// </summary>
public sealed record Percentiles<T>(T P10, T P25, T Median, T P75, T P90, T Mean)
{
    public T this[WagePercentile percentile] => percentile switch
    {
        WagePercentile.P10 => P10,
        WagePercentile.P25 => P25,
        WagePercentile.Median => Median,
        WagePercentile.P75 => P75,
        WagePercentile.P90 => P90,
        _ => throw new ArgumentOutOfRangeException(nameof(percentile)),
    };

    /// <summary>How each percentile is named for readers: "10th percentile", "BLS median"…</summary>
    public static string Label(WagePercentile percentile) => percentile switch
    {
        WagePercentile.P10 => "10th percentile",
        WagePercentile.P25 => "25th percentile",
        WagePercentile.Median => "BLS median",
        WagePercentile.P75 => "75th percentile",
        _ => "90th percentile",
    };
}
