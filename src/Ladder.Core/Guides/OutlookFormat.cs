using System.Globalization;

namespace Ladder.Guides;

/// <summary>How outlook figures are written on every surface: one decimal for percents, whole people for counts.</summary>
public static class OutlookFormat
{
    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
    public static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + "%";
    public static string People(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
    public static string SignedPeople(double value) => (value >= 0 ? "+" : "−") + People(Math.Abs(value));

    /// <summary>
    /// BLS publishes openings in thousands to one decimal, so 0.0 means fewer than 50 a year, not none: prosthodontists'
    /// guide read "about 0 openings a year".
    /// </summary>
    public static string Openings(double people) => people < 50 ? "fewer than 50" : People(people);

    /// <summary>"about 1,300" or "fewer than 50", for a sentence.</summary>
    public static string AboutOpenings(double people) => people < 50 ? Openings(people) : "about " + People(people);
}
