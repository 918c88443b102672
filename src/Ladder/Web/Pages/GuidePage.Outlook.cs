using Ladder.Web.Html;
using Ladder.Guides;

namespace Ladder.Web.Pages;

public static partial class GuidePage
{
    /// <summary>The growth fact shown next to median pay in the overview, with its chart.</summary>
    private static void GrowthFact(HtmlBuilder html, Guide guide)
    {
        var o = guide.Outlook;
        if (!o.Available || o.ChangePercent is not { } change)
        {
            html.Append($"<div><dt>Projected growth</dt><dd class=\"big\">not available</dd><dd class=\"src\">{o.Source}</dd></div>\n");
            return;
        }
        html.Append($"<div class=\"growth\"><dt>Projected growth {o.Period}</dt><dd class=\"big\">{OutlookFormat.Signed(change)}</dd><dd>{o.Verdict}</dd><dd>");
        GrowthChart.Write(html, o, "growth-chart");
        html.Append($"</dd><dd class=\"src\">{o.Source}, {o.AsOf}</dd></div>\n");
    }

    private static void Outlook(HtmlBuilder html, Guide guide)
    {
        var o = guide.Outlook;
        SectionStart(html, "outlook", "Outlook");
        // Without a projection the verdict is "not available" and the summary already says so and why.
        if (o.Available) html.Append($"<p><strong>{o.Verdict}.</strong> {o.Summary}</p>\n");
        else html.Append($"<p>{o.Summary}</p>\n");
        if (o.Available)
        {
            html.Append($"""
                <dl class="pairs">
                <dt>Projected change {o.Period}</dt><dd>{Signed(o.ChangeJobs)} jobs ({(o.ChangePercent is { } c ? OutlookFormat.Signed(c) : "not available")}), against {(o.AllOccupationsChangePercent is { } a ? OutlookFormat.Signed(a) : "not available")} for all occupations</dd>
                <dt>Employment</dt><dd>{Count(o.Employment2024)} in {o.Period[..4]}, {Count(o.Employment2034)} projected</dd>
                <dt>Openings a year</dt><dd>{o.OpeningsDisplay} on average</dd>
                <dt>Self-employed</dt><dd>{(o.SelfEmployedPercent is { } s ? OutlookFormat.Percent(s) : "not available")}</dd>
                </dl>

                """);
            if (o.ReplacementNote() is { } replacement) html.Append($"<p>{replacement}</p>\n");
            if (o.Note is { } note) html.Append($"<p class=\"note\">{note}</p>\n");
        }
        html.Append($"<p class=\"src\">{o.Method} Source: <a href=\"{o.Url}\" rel=\"noopener\">{o.Source}</a>, published {o.AsOf}.</p>\n");
        SectionEnd(html);
    }

    private static void WayIn(HtmlBuilder html, Ladder.Catalog.CatalogInfo info, Guide guide)
    {
        var e = guide.Entry;
        SectionStart(html, "way-in", "The way in");
        // A broader row's figures say whose they are in the same line as the figure.
        var whose = e.FiguresFor is { } g ? $" (BLS's figure for {g})" : "";
        html.Append($"""
            <dl class="pairs">
            <dt>Typical entry education (BLS)</dt><dd>{e.Education ?? "not available"}{(e.Education is null ? "" : whose)}</dd>
            <dt>Work experience in a related occupation</dt><dd>{e.Experience ?? "not available"}{(e.Experience is null ? "" : whose)}</dd>
            <dt>On-the-job training</dt><dd>{e.Training ?? "not available"}{(e.Training is null ? "" : whose)}</dd>
            </dl>

            """);
        if (e.EducationShares.Count > 0)
        {
            html.Append($"<h3>What workers say is required</h3>\n<ul class=\"bars\">");
            foreach (var s in e.EducationShares.Take(5))
                html.Append($"<li><span class=\"bar-label\">{s.Level}</span><span class=\"hbar\"><span style=\"width:{s.Percent:0.#}%\"></span></span><span class=\"num\">{s.Percent:0}%</span></li>");
            html.Append($"</ul>\n<p class=\"src\">Source: {info.OnetSource}, education survey ({info.OnetAsOf}).</p>\n");
            if (e.EducationSurveyNote is { } surveyNote) html.Append($"<p class=\"note\">{surveyNote}</p>\n");
        }
        html.Append($"<h3>Licences and certifications</h3>\n<p>{guide.Credentials.Summary}</p>\n");
        var items = guide.Credentials.Items.Where(c => c.Kind != "none").ToList();
        if (items.Count > 0)
        {
            html.Append($"<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Credentials table\"><table class=\"credentials\"><thead><tr><th scope=\"col\">Credential</th><th scope=\"col\">Issued by</th><th scope=\"col\">Needed?</th><th scope=\"col\">Typical time</th><th scope=\"col\">Source</th></tr></thead><tbody>\n");
            foreach (var c in items)
                html.Append($"<tr><th scope=\"row\">{c.Name}</th><td>{c.Issuer}</td><td>{c.Status}</td><td>{c.Time}{(c.Note is null ? "" : " " + c.Note)}</td><td><a href=\"{c.Source}\" rel=\"noopener\">source</a>, {c.ReviewedText}</td></tr>\n");
            html.Append($"</tbody></table></div>\n");
        }
        foreach (var c in guide.Credentials.Items.Where(c => c.Kind == "none"))
            html.Append($"<p class=\"src\">Source: <a href=\"{c.Source}\" rel=\"noopener\">{c.Source}</a>, {c.ReviewedText}.</p>\n");
        if (e.Apprenticeship is { } apprenticeship) html.Append($"<h3>The apprenticeship route</h3>\n<p>{apprenticeship}</p>\n");
        html.Append($"<h3>Programmes of study</h3>\n");
        if (e.Programmes.Count == 0) html.Append($"<p class=\"muted\">{e.ProgrammeNote}</p>\n");
        else
        {
            html.Append($"<ul class=\"programmes\">");
            foreach (var p in e.Programmes) html.Append($"<li>{p.Title} <span class=\"muted\">(CIP {p.CipCode})</span></li>");
            html.Append($"</ul>\n<p class=\"src\">{e.Programmes.Count} of the {e.ProgrammesTotal} programmes NCES links to this occupation. {e.ProgrammeRanking}</p>\n");
        }
        SectionEnd(html);
    }

    private static string Signed(double? v) => v is { } d ? OutlookFormat.SignedPeople(d) : "not available";
    private static string Count(double? v) => v is { } d ? OutlookFormat.People(d) : "not available";
}
