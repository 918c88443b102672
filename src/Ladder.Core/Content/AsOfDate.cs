using System.Globalization;

namespace Ladder.Content;

/// <summary>One date format on every guide: "May 2025" (or a bare year), whatever the curated file wrote.</summary>
public static class AsOfDate
{
    private static readonly string[] Formats = ["yyyy-MM", "yyyy-MM-dd", "yyyy/MM", "MM/yyyy", "MMMM yyyy", "MMM yyyy"];

    public static string Normalize(string text)
    {
        var t = text.Trim();
        return DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : t;
    }
}
