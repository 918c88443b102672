using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Web.Html;

namespace Ladder.Web.Pages;

public static partial class GuidePage
{
    /// <summary>The hourly median under an annual one, for work usually paid by the hour; nothing otherwise.</summary>
    private static HtmlString HourlyFact(PayFigure pay) =>
        pay.HourlyDisplay is { } h ? new HtmlString($"<dd class=\"hourly\">{HtmlEncoding.Encode(h)}</dd>") : new HtmlString("");

    /// <summary>A stage's hourly range on its own line under the annual one (a column of its own crowds phones).</summary>
    private static HtmlString HourlyBeside(GuideLevel level) =>
        level.HourlyPayDisplay is { } h ? new HtmlString($"<br><span class=\"hourly\">{HtmlEncoding.Encode(h)}</span>") : new HtmlString("");

    /// <summary>BLS's hourly percentiles: the only pay table where BLS publishes no annual wages, or beside the annual one.</summary>
    private static void HourlyTable(HtmlBuilder html, WageDistribution w, HourlyWages h)
    {
        html.Append($"""
            <h3>National wage distribution{(h.HourlyOnly ? " (hourly)" : ", by the hour")}</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Hourly pay percentiles table"><table class="percentiles">
            <caption>Hourly wages, SOC {w.Soc} {w.SocTitle}. Source: U.S. Bureau of Labor Statistics, OEWS {w.Release}.</caption>
            <thead><tr><th scope="col">10th</th><th scope="col">25th</th><th scope="col">Median</th><th scope="col">75th</th><th scope="col">90th</th><th scope="col">Mean</th></tr></thead>
            <tbody><tr><td class="num">{h.Display.P10}</td><td class="num">{h.Display.P25}</td><td class="num">{h.Display.Median}</td><td class="num">{h.Display.P75}</td><td class="num">{h.Display.P90}</td><td class="num">{h.Display.Mean}</td></tr></tbody>
            </table></div>
            <p class="src">{h.Basis}</p>

            """);
    }
}
