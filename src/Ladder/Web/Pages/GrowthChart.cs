using Ladder.Web.Html;
using Ladder.Guides;

namespace Ladder.Web.Pages;

/// <summary>
/// A small inline SVG comparing the occupation's projected change with all occupations: two bars from a
/// shared zero line, so a decline points left.
/// </summary>
public static class GrowthChart
{
    private const int Width = 260, Label = 92, Row = 22, Height = 2 * Row + 10;

    public static void Write(HtmlBuilder html, GuideOutlook outlook, string id)
    {
        if (outlook.ChangePercent is not { } change) return;
        var all = outlook.AllOccupationsChangePercent ?? 0;
        var low = Math.Min(0, Math.Min(change, all));
        var high = Math.Max(0, Math.Max(change, all));
        if (high - low < 1) high = low + 1;
        // Room on the right for the widest value label ("+33.5%") at 11 px in any system font, so it is never cut.
        var plot = Width - Label - 58;
        double X(double v) => Label + (v - low) / (high - low) * plot;
        var zero = X(0);
        html.Append($"""
            <svg class="growth-chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{id}-t" width="{Width}" height="{Height}">
            <title id="{id}-t">Projected change {outlook.Period}: this occupation {OutlookFormat.Signed(change)}, all occupations {OutlookFormat.Signed(all)}</title>

            """);
        Bar(html, 0, "This occupation", change, X, zero, change < 0 ? "growth-bar down" : "growth-bar");
        Bar(html, 1, "All occupations", all, X, zero, "growth-bar all");
        html.Append($"<line class=\"zero\" x1=\"{zero:0.#}\" x2=\"{zero:0.#}\" y1=\"2\" y2=\"{Height - 6}\"/>\n</svg>\n");
    }

    private static void Bar(HtmlBuilder html, int row, string label, double value, Func<double, double> x, double zero, string css)
    {
        var y = 4 + row * Row;
        var end = x(value);
        var left = Math.Min(zero, end);
        var width = Math.Max(1, Math.Abs(end - zero));
        // The value sits right of the bar's right end: for a decline that is the zero line, since left of the bar's end
        // is the row label's column (a -8.9% written there overlapped "This occupation").
        var textX = Math.Max(zero, end) + 4;
        html.Append($"<text class=\"axis\" x=\"0\" y=\"{y + 13}\">{label}</text><rect class=\"{css}\" x=\"{left:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"16\" rx=\"2\"/><text class=\"value\" x=\"{textX:0.#}\" y=\"{y + 13}\" text-anchor=\"start\">{OutlookFormat.Signed(value)}</text>\n");
    }
}
