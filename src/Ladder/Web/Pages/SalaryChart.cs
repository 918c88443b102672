using System.Globalization;
using Ladder.Web.Html;
using Ladder.Guides;

namespace Ladder.Web.Pages;

/// <summary>The salary ladder as inline SVG: one bar per level spanning its pay range, the median marked.</summary>
public static partial class SalaryChart
{
    private const int Width = 720, Left = 150, Right = 24, Row = 46, Top = 34;

    public static void Write(HtmlBuilder html, Guide guide, string id)
    {
        var levels = guide.Levels;
        var values = levels.SelectMany(l => new[] { l.PayLow, l.PayHigh }).Append(guide.MedianPay.Amount).OfType<decimal>().ToList();
        if (values.Count == 0)
        {
            html.Append($"<p class=\"notice\">No pay figures are available for this role, so there is no salary chart. {guide.MedianPay.Note}</p>");
            return;
        }
        var min = Math.Floor(values.Min() * 0.9m / 10_000m) * 10_000m;
        var max = Math.Ceiling(values.Max() * 1.05m / 10_000m) * 10_000m;
        if (max <= min) max = min + 10_000m;
        var plot = Width - Left - Right;
        double X(decimal v) => Left + (double)((v - min) / (max - min)) * plot;
        var height = Top + levels.Count * Row + 30;
        var summary = string.Join("; ", levels.Select(l => $"{l.Label}: {l.PayDisplay}"));
        html.Append($"""
            <figure class="chart">
            <svg class="chart-wide" viewBox="0 0 {Width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" preserveAspectRatio="xMinYMin meet">
            <title id="{id}-title">Pay by career level for {guide.Title}</title>
            <desc id="{id}-desc">{summary}. Median: {guide.MedianPay.Display}.</desc>

            """);
        // Gridlines every round step, so the ranges can be read off without the table.
        var step = NiceStep(max - min);
        for (var v = Math.Ceiling(min / step) * step; v <= max; v += step)
        {
            var x = X(v);
            html.Append($"<line class=\"grid\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top - 8}\" y2=\"{height - 26}\"/><text class=\"axis\" x=\"{x:0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{Short(v)}</text>\n");
        }
        for (int i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var y = Top + i * Row;
            html.Append($"<text class=\"label\" x=\"{Left - 12}\" y=\"{y + 20}\" text-anchor=\"end\">{level.Label}</text>\n");
            if (level.PayLow is not { } low)
            {
                html.Append($"<text class=\"na\" x=\"{Left + 6}\" y=\"{y + 20}\">not available</text>\n");
                continue;
            }
            var high = level.PayHigh ?? max;
            var x1 = X(low);
            var w = Math.Max(4, X(high) - x1);
            html.Append($"<rect class=\"bar bar-{i}\" x=\"{x1:0.#}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"24\" rx=\"5\"/>\n");
            // The range label goes inside a wide bar, else beside it on whichever side has room.
            if (w > 150)
                html.Append($"<text class=\"in\" x=\"{x1 + 8:0.#}\" y=\"{y + 21}\">{level.PayDisplay}</text>\n");
            else if (x1 + w + 140 < Width)
                html.Append($"<text class=\"out\" x=\"{x1 + w + 6:0.#}\" y=\"{y + 21}\">{level.PayDisplay}</text>\n");
            else
                html.Append($"<text class=\"out\" x=\"{x1 - 6:0.#}\" y=\"{y + 21}\" text-anchor=\"end\">{level.PayDisplay}</text>\n");
        }
        if (guide.MedianPay.Amount is { } median)
        {
            var mx = X(median);
            html.Append($"""
                <line class="median" x1="{mx:0.#}" x2="{mx:0.#}" y1="{Top - 6}" y2="{Top + levels.Count * Row}"/>
                <text class="median-label" x="{mx:0.#}" y="{Top - 12}" text-anchor="middle">Median {guide.MedianPay.Display}</text>

                """);
        }
        html.Append($"</svg>\n");
        WriteNarrow(html, guide, id, min, max);
        html.Append($"""
            <figcaption>Median: {guide.MedianPay.Source} ({guide.MedianPay.AsOf}). Level ranges: {guide.Levels[0].PaySource}. {guide.LevelMethod}</figcaption>
            </figure>

            """);
    }

    private static decimal NiceStep(decimal span, int maxSteps = 7)
    {
        foreach (var s in new[] { 10_000m, 20_000m, 25_000m, 50_000m, 100_000m })
            if (span / s <= maxSteps) return s;
        return 200_000m;
    }

    private static string Short(decimal v) => "$" + (v / 1000m).ToString("0", CultureInfo.InvariantCulture) + "K";
}
