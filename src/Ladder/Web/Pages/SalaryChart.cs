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
        var scale = Scale.For(guide);
        var values = levels.SelectMany(l => new[] { scale.Low(l), scale.High(l) }).Append(scale.Median).OfType<decimal>().ToList();
        if (values.Count == 0)
        {
            html.Append($"<p class=\"notice\">No pay figures are available for this role, so there is no salary chart. {guide.MedianPay.Note}</p>");
            return;
        }
        var min = Math.Floor(values.Min() * 0.9m / scale.Round) * scale.Round;
        var max = Math.Ceiling(values.Max() * 1.05m / scale.Round) * scale.Round;
        if (max <= min) max = min + scale.Round;
        var summary = string.Join("; ", levels.Select(l => $"{l.Label}: {l.PayDisplay}"));
        html.Append($"<figure class=\"chart\">\n<p class=\"visually-hidden\" id=\"{id}-desc\">{summary}. Median: {guide.MedianPay.Display}.</p>\n");
        WriteStacked(html, guide, scale, id, min, max, new Shape(720, "chart-wide", "bar", Chars: 70, MaxSteps: 7, TitleId: id + "-title"));
        WriteStacked(html, guide, scale, id, min, max, new Shape(340, "chart-narrow", "nbar", Chars: 32, MaxSteps: 3, TitleId: id + "-n-title"));
        html.Append($"""
            <figcaption>Median: {guide.MedianPay.Cited()}. Level ranges: {guide.Levels[0].PaySource}. {guide.LevelMethod}</figcaption>
            </figure>

            """);
    }

    private static decimal NiceStep(decimal span, Scale scale, int maxSteps = 7)
    {
        foreach (var s in scale.Steps)
            if (span / s <= maxSteps) return s;
        return scale.Steps[^1] * 2;
    }

    /// <summary>
    /// What the chart plots: annual dollars (gridlines in $10K steps), or, where BLS publishes only hourly wages,
    /// dollars an hour from the same percentiles (gridlines in $5 steps).
    /// </summary>
    private sealed record Scale(bool Hourly, decimal Round, decimal[] Steps, decimal? Median)
    {
        public static Scale For(Guide guide) => guide.Wages?.Hourly is { HourlyOnly: true }
            ? new(true, 5m, [5m, 10m, 20m, 25m, 50m, 100m], guide.MedianPay.Hourly)
            : new(false, 10_000m, [10_000m, 20_000m, 25_000m, 50_000m, 100_000m], guide.MedianPay.Amount);

        public decimal? Low(GuideLevel l) => Hourly ? l.HourlyLow : l.PayLow;
        public decimal? High(GuideLevel l) => Hourly ? l.HourlyHigh : l.PayHigh;

        /// <summary>An axis label: "$50K" a year, or "$25" an hour.</summary>
        public string Short(decimal v) => Hourly
            ? "$" + v.ToString("0", CultureInfo.InvariantCulture)
            : "$" + (v / 1000m).ToString("0", CultureInfo.InvariantCulture) + "K";
    }
}
