using System.Diagnostics.CodeAnalysis;

namespace Ladder.Occupations;

/// <summary>An O*NET-SOC code such as <c>15-2051.00</c>.</summary>
public readonly record struct OccupationCode : IComparable<OccupationCode>
{
    private OccupationCode(string value) => Value = value;

    /// <summary>
    /// The SOC code BLS gives its all-occupations total row in the OEWS and Employment Projections files: a file-format
    /// marker for the benchmark every guide compares with, not an occupation.
    /// </summary>
    public const string AllOccupations = "00-0000";

    /// <summary>The code as written by O*NET, e.g. <c>15-2051.01</c>.</summary>
    public string Value { get; }

    /// <summary>The 6-digit SOC code that BLS publishes wages under, e.g. <c>15-2051</c>.</summary>
    public string Soc => Value[..7];

    /// <summary>The 2-digit SOC major group, e.g. <c>15</c>.</summary>
    public string MajorGroup => Value[..2];

    /// <summary>True for O*NET detail codes (<c>.01</c> and up) that borrow wages from their SOC code.</summary>
    public bool IsDetail => !Value.EndsWith(".00", StringComparison.Ordinal);

    /// <summary>
    /// A specialised O*NET occupation (.01, .02 …) under a residual SOC code ("All Other", which the SOC ends in 9), such
    /// as Online Merchants under 13-1199: the survey's moves and BLS's employment are counted for the whole residual code.
    /// </summary>
    public bool IsResidualSpecialisation => IsDetail && Value[6] == '9';

    public static bool TryParse([NotNullWhen(true)] string? text, out OccupationCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.Length == 7 && IsSocShape(s)) s += ".00";
        if (s.Length != 10 || !IsSocShape(s.AsSpan(0, 7)) || s[7] != '.' || !char.IsAsciiDigit(s[8]) || !char.IsAsciiDigit(s[9]))
            return false;
        code = new OccupationCode(s);
        return true;
    }

    public static OccupationCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an O*NET-SOC code like 15-2051.00.");

    private static bool IsSocShape(ReadOnlySpan<char> s) =>
        s.Length == 7 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[1]) && s[2] == '-' &&
        char.IsAsciiDigit(s[3]) && char.IsAsciiDigit(s[4]) && char.IsAsciiDigit(s[5]) && char.IsAsciiDigit(s[6]);

    public int CompareTo(OccupationCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? "";
}
