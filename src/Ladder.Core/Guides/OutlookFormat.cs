using System.Globalization;

namespace Ladder.Guides;

/// <summary>How outlook figures are written on every surface: one decimal for percents, whole people for counts.</summary>
public static class OutlookFormat
{
    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    public static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + "%";
    public static string People(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
    public static string SignedPeople(double value) => (value >= 0 ? "+" : "−") + People(Math.Abs(value));
}
