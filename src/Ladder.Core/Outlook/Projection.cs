namespace Ladder.Outlook;

/// <summary>
/// One row of the BLS Employment Projections (Table 1.2, with the separation rates of Table 1.10).
/// Employment, change and openings are in thousands, as BLS publishes them; null means BLS printed "—".
/// </summary>
public sealed record Projection
{
    /// <summary>The National Employment Matrix code: a SOC code or a BLS aggregate such as 13-1020.</summary>
    public required string Code { get; init; }
    public required string Title { get; init; }
    /// <summary>"Line item" rows are occupations; "Summary" rows are groups of them.</summary>
    public required bool IsSummary { get; init; }
    public double? Employment2024 { get; init; }
    public double? Employment2034 { get; init; }
    public double? ChangeThousands { get; init; }
    public double? ChangePercent { get; init; }
    public double? SelfEmployedPercent { get; init; }
    public double? OpeningsThousands { get; init; }
    public decimal? MedianWage { get; init; }
    /// <summary>True when BLS top-coded the median: it is at least <see cref="MedianWage"/>.</summary>
    public bool MedianWageAtLeast { get; init; }
    public string? EntryEducation { get; init; }
    public string? Experience { get; init; }
    public string? Training { get; init; }
    /// <summary>Table 1.10: yearly share of workers leaving the labour force, and moving to other occupations (percent).</summary>
    public double? ExitRate { get; init; }
    public double? TransferRate { get; init; }
    /// <summary>The Occupational Outlook Handbook page BLS links the row to, when there is one.</summary>
    public string? HandbookUrl { get; init; }
}

/// <summary>Every row of one Employment Projections release.</summary>
public sealed record ProjectionTable(string Release, string SourceName, IReadOnlyList<Projection> Rows);
