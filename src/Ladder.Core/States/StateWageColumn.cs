namespace Ladder.States;

/// <summary>The numeric columns of a BLS OEWS state row, in the order <see cref="StateWageTable"/> stores them.</summary>
public enum StateWageColumn
{
    Employment, Mean, P10, P25, Median, P75, P90, HourlyMean, HourlyMedian, JobsPer1000, LocationQuotient,
}

/// <summary>The BLS header of each <see cref="StateWageColumn"/>.</summary>
public static class StateWageColumns
{
    public static readonly string[] Headers =
        ["TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "H_MEAN", "H_MEDIAN", "JOBS_1000", "LOC_QUOTIENT"];

    /// <summary>The catalog database column of each.</summary>
    public static readonly string[] Sql =
        ["employment", "mean", "p10", "p25", "median", "p75", "p90", "hourly_mean", "hourly_median", "jobs_1000", "location_quotient"];

    public const int Count = 11;
}
