using System.Globalization;
using Ladder.Web.Html;
using Ladder.Guides;

namespace Ladder.Web.Pages;

/// <summary>The salary ladder as inline SVG: one bar per level spanning its pay range, the median marked.</summary>
public static partial class SalaryChart
{
    public static void Write(HtmlBuilder html, Guide guide, string id)
    {
        var levels = guide.Levels;
        var values = levels.SelectMany(l => new[] { l.PayLow, l.PayHigh }).Append(guide.MedianPay.Amount).OfType<decimal>().ToList();
        if (values.Count == 0)
        {
            // BLS's hourly-only occupations have figures, in dollars an hour: the tables below show them.
            if (guide.Wages?.Hourly is { HourlyOnly: true })
                html.Append($"<p class=\"notice\">BLS publishes only hourly wages for this occupation, so pay on this page is in dollars an hour.</p>");
            else
                html.Append($"<p class=\"notice\">No pay figures are available for this role, so there is no salary chart. {guide.MedianPay.Note}</p>");
            return;
        }
        var min = Math.Floor(values.Min() * 0.9m / 10_000m) * 10_000m;
        var max = Math.Ceiling(values.Max() * 1.05m / 10_000m) * 10_000m;
        if (max <= min) max = min + 10_000m;
        var summary = string.Join("; ", levels.Select(l => $"{l.Label}: {l.PayDisplay}"));
        html.Append($"<figure class=\"chart\">\n<p class=\"visually-hidden\" id=\"{id}-desc\">{summary}. Median: {guide.MedianPay.Display}.</p>\n");
        WriteStacked(html, guide, id, min, max, new Shape(720, "chart-wide", "bar", Chars: 70, MaxSteps: 7, TitleId: id + "-title"));
        WriteStacked(html, guide, id, min, max, new Shape(340, "chart-narrow", "nbar", Chars: 32, MaxSteps: 3, TitleId: id + "-n-title"));
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
