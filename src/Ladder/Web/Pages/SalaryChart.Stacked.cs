using Ladder.Guides;
using Ladder.Web.Html;

namespace Ladder.Web.Pages;

/// <summary>
/// The salary chart's layout: each level's name and range on lines of their own above its bar, so no name is cut and
/// no label sits on a bar, and the median drawn only across the bars, never through a label. It is drawn twice: a
/// wide view box for desktops and a narrow one whose text stays legible scaled to a phone; CSS shows one of them.
/// </summary>
public static partial class SalaryChart
{
    private const int Pad = 8, NarrowTop = 34, Line = 19, BarHeight = 18;

    /// <summary>One drawing of the chart: its view box width, CSS classes, line length for names and gridline count.</summary>
    private sealed record Shape(int Width, string SvgClass, string BarClass, int Chars, int MaxSteps, string TitleId);

    private static void WriteStacked(HtmlBuilder html, Guide guide, Scale scale, string id, decimal min, decimal max, Shape shape)
    {
        var levels = guide.Levels;
        var width = shape.Width;
        var plot = width - 2 * Pad;
        double X(decimal v) => Pad + (double)((v - min) / (max - min)) * plot;
        // Each level: its name (wrapped, some are long), its range, then its bar. Rows differ in height, so lay them out first.
        var names = levels.Select(l => Wrap(l.Label, shape.Chars)).ToList();
        var tops = new List<int>();
        var y = NarrowTop;
        foreach (var lines in names)
        {
            tops.Add(y);
            y += lines.Count * Line + Line + BarHeight + 16;
        }
        var plotBottom = y - 10;
        var height = plotBottom + 24;
        html.Append($"""
            <svg class="{shape.SvgClass}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{shape.TitleId} {id}-desc" preserveAspectRatio="xMinYMin meet">
            <title id="{shape.TitleId}">{(scale.Hourly ? "Hourly pay" : "Pay")} by career level for {guide.Title}</title>

            """);
        // Fewer gridlines than the wide chart, so the axis labels have room at phone size.
        var step = NiceStep(max - min, scale, shape.MaxSteps);
        for (var v = Math.Ceiling(min / step) * step; v <= max; v += step)
        {
            var x = X(v);
            var anchor = x < 30 ? "start" : x > width - 30 ? "end" : "middle";
            html.Append($"<text class=\"axis\" x=\"{x:0.#}\" y=\"{height - 6}\" text-anchor=\"{anchor}\">{scale.Short(v)}</text>\n");
        }
        var bars = new List<int>();
        for (int i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var top = tops[i];
            for (int n = 0; n < names[i].Count; n++)
                html.Append($"<text class=\"label\" x=\"{Pad}\" y=\"{top + 15 + n * Line}\">{names[i][n]}</text>\n");
            var rangeY = top + 15 + names[i].Count * Line;
            if (scale.Low(level) is not { } low)
            {
                html.Append($"<text class=\"na\" x=\"{Pad}\" y=\"{rangeY}\">not available</text>\n");
                continue;
            }
            var x1 = X(low);
            var w = Math.Max(4, X(scale.High(level) ?? max) - x1);
            var barTop = rangeY + 8;
            bars.Add(barTop);
            html.Append($"<text class=\"range\" x=\"{Pad}\" y=\"{rangeY}\">{level.PayDisplay}</text>\n");
            html.Append($"<rect class=\"{shape.BarClass} bar-{i}\" x=\"{x1:0.#}\" y=\"{barTop}\" width=\"{w:0.#}\" height=\"{BarHeight}\" rx=\"4\"/>\n");
        }
        if (scale.Median is { } median)
        {
            var mx = X(median);
            // Only across the bars, never through a name or a range.
            foreach (var barTop in bars)
                html.Append($"<line class=\"median\" x1=\"{mx:0.#}\" x2=\"{mx:0.#}\" y1=\"{barTop - 3}\" y2=\"{barTop + BarHeight + 3}\"/>\n");
            var anchor = mx < 90 ? "start" : mx > width - 90 ? "end" : "middle";
            var lx = anchor == "start" ? Math.Max(Pad, mx - 4) : anchor == "end" ? Math.Min(width - Pad, mx + 4) : mx;
            html.Append($"<text class=\"median-label\" x=\"{lx:0.#}\" y=\"{NarrowTop - 10}\" text-anchor=\"{anchor}\">Median {guide.MedianPay.Display}</text>\n");
        }
        html.Append($"</svg>\n");
    }

    /// <summary>Splits a level name into lines of at most <paramref name="width"/> characters, at spaces.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return lines;
    }
}
