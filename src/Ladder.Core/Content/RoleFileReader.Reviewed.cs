using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

internal sealed partial class RoleFileReader
{
    /// <summary>
    /// The file's own review date. A curated page says when a person last checked it, so the date must be a real
    /// month (yyyy-MM, or a day yyyy-MM-dd) and not one that has not happened yet; it is kept as "yyyy-MM".
    /// </summary>
    private string? ReadReviewed(YamlMappingNode root)
    {
        var node = RoleContentLoader.Find(root, "reviewed");
        if (node is null)
        {
            Error(root, "missing required field 'reviewed': the month a person last checked this file against its sources, like 2026-11.");
            return null;
        }
        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (!DateOnly.TryParseExact(text, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(node, $"'reviewed' must be a month like 2026-11 (or a day like 2026-11-30), not '{text}'.");
            return null;
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (date.Year < 2000 || new DateOnly(date.Year, date.Month, 1) > today)
        {
            Error(node, $"'reviewed' {text} is not a past month: write when the file was last checked.");
            return null;
        }
        return date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
