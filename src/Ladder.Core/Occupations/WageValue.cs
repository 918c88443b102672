using System.Globalization;

namespace Ladder.Occupations;

/// <summary>How BLS marked a wage or employment cell.</summary>
public enum WageMarker
{
    /// <summary>A published number.</summary>
    None = 0,
    /// <summary><c>*</c>: BLS published no wage estimate.</summary>
    NotAvailable = 1,
    /// <summary><c>**</c>: BLS published no employment estimate.</summary>
    NoEmploymentEstimate = 2,
    /// <summary><c>#</c>: at or above the top-code ($239,200 a year, $115.00 an hour).</summary>
    TopCoded = 3,
    /// <summary>No OEWS row exists for the occupation at all.</summary>
    Missing = 4,
}

/// <summary>One BLS cell: a number, or a marker that is never read as zero.</summary>
public readonly record struct WageValue(decimal? Amount, WageMarker Marker)
{
    /// <summary>The annual top-code BLS applies in OEWS May 2024 and May 2025.</summary>
    public const decimal AnnualTopCode = 239_200m;

    public static WageValue Missing { get; } = new(null, WageMarker.Missing);

    public static WageValue Of(decimal amount) => new(amount, WageMarker.None);

    public bool HasAmount => Amount is not null;

    /// <summary>A number usable for arithmetic: the figure, or the top-code as a lower bound.</summary>
    public decimal? LowerBound => Marker == WageMarker.TopCoded ? AnnualTopCode : Amount;

    /// <summary>"$120,230", "≥ $239,200" or "not available".</summary>
    public string ToDisplay() => Marker switch
    {
        WageMarker.None when Amount is { } a => FormatMoney(a),
        WageMarker.TopCoded => "≥ " + FormatMoney(AnnualTopCode),
        _ => "not available",
    };

    public static string FormatMoney(decimal amount) =>
        "$" + Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);

    public override string ToString() => ToDisplay();
}
