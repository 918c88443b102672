using Ladder.Catalog;
using Ladder.Interests;

namespace Ladder.Discover;

/// <summary>One occupation the career finder lists, with what a reader needs to judge it.</summary>
/// <remarks>
/// <para>Fit: 
/// The correlation of the reader's six scores with the occupation's O*NET interest profile, −1 to 1, rounded half up to
/// two decimals, the figure the list is ordered by (docs/discover.md).
/// </para>
/// <para>SharedAreas: The reader's top areas that are also among the occupation's O*NET interest high-points.</para>
/// <para>Why: Why it fits, in one sentence that holds for this occupation.</para>
/// <para>Licence: The licence or other credential the law requires before the work may be done, "none required", or null when Ladder's credential data and licence list do not say.</para>
/// </remarks>
public sealed record CareerFit(Role Role, OccupationInterests Interests, double Fit, IReadOnlyList<InterestArea> SharedAreas, string Why,
    IReadOnlyList<WorkValue> WorkValueHighPoints, decimal? MedianPay, string MedianPayText, string OutlookKey, string Outlook, double? OutlookChangePercent,
    int? JobZone, string Preparation, string? Licence)
{
    /// <summary>How close the move from the reader's current job is, when they named one.</summary>
    public MoveCloseness? Move { get; init; }

    /// <summary>The fit in words, by the correlation.</summary>
    public string FitWords => Words(Fit);

    public static string Words(double fit) => fit switch
    {
        >= 0.8 => "very strong fit",
        >= 0.6 => "strong fit",
        >= 0.4 => "moderate fit",
        _ => "weak fit",
    };
}

/// <summary>The transition score (docs/matching.md) of the move from the reader's current job to a listed occupation.</summary>
public sealed record MoveCloseness(string FromSlug, string FromTitle, double Score, string Verdict);
