using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Guides;

namespace Ladder.Web.Pages;

/// <summary><c>/careers/{slug}</c>: the full guide for one role, every section of <see cref="Guide"/>.</summary>
public static partial class GuidePage
{
    public static string Path(string slug) => "careers/" + slug;

    public static HtmlBuilder Render(PageContext ctx, Guide guide, Ladder.States.UsState? state = null)
    {
        var statePay = state is not null && ctx.Data.Catalog.FindRole(guide.Slug) is { } role ? Ladder.Catalog.StatePay.For(ctx.Data.Catalog, role, state) : null;
        var links = ctx.Links;
        var domain = Ladder.Occupations.Slug.From(guide.Domain);
        var description = $"{guide.Title}: what they do, national median pay ({guide.MedianPay.Display}), pay at four career levels, skills, tools, a learning roadmap and how to break in.";
        var meta = new PageMeta
        {
            Title = $"{guide.Title} career guide",
            Description = description,
            Path = Path(guide.Slug),
            OpenGraphType = "article",
            JsonLd = OccupationJsonLd.Write(guide, ctx.Canonical(Path(guide.Slug))),
            Breadcrumbs = [new("Home", links.Home), new("Domains", links.Domains), new(guide.Domain, links.Domain(domain)), new(guide.Title)],
        };
        return Layout.Render(ctx, meta, html =>
        {
            Overview(html, ctx, guide, statePay, state);
            html.Append($"<div class=\"guide-grid\">\n<nav class=\"toc\" aria-label=\"On this page\"><h2 class=\"toc-title\">On this page</h2><ol>");
            foreach (var (id, title) in Sections) html.Append($"<li><a href=\"#{id}\">{title}</a></li>");
            html.Append($"</ol></nav>\n<div class=\"guide-body\">\n");
            Pay(html, guide);
            StatePaySection(html, ctx, guide, state, statePay);
            Outlook(html, guide);
            WhatTheyDo(html, guide);
            Skills(html, guide);
            Levels(html, guide);
            Roadmap(html, guide);
            WayIn(html, ctx.Data.Catalog.Info, guide);
            BreakIn(html, ctx, guide);
            ProsCons(html, guide);
            Related(html, ctx, guide);
            Apply(html, ctx, guide);
            Sources(html, guide);
            html.Append($"</div>\n</div>\n");
        });
    }

    private static readonly (string Id, string Title)[] Sections =
    [
        ("pay", "Pay by level"), ("state-pay", "Pay in your state"), ("outlook", "Outlook"), ("work", "What they do"), ("skills", "Required skills"), ("levels", "Career levels"),
        ("roadmap", "Learning roadmap"), ("way-in", "The way in"), ("break-in", "How to break in"), ("pros-cons", "Pros and cons"),
        ("related", "Related careers"), ("apply", "Apply"), ("sources", "Sources"),
    ];

    private static void Overview(HtmlBuilder html, PageContext ctx, Guide guide, Ladder.Catalog.StatePay? statePay, Ladder.States.UsState? state)
    {
        var links = ctx.Links;
        var kind = guide.Kind == Ladder.Catalog.RoleKind.Curated ? "Curated role" : "O*NET occupation";
        html.Append($"""
            <header class="guide-head">
            <p class="eyebrow"><a href="{links.Domain(Ladder.Occupations.Slug.From(guide.Domain))}">{guide.Domain}</a> · {kind} · O*NET-SOC {string.Join(", ", guide.Codes)}{(guide.Reviewed is { } reviewed ? " · Reviewed " + reviewed : "")}</p>
            <h1>{guide.Title}</h1>
            <p class="lede">{guide.Summary}</p>
            <dl class="facts">
            <div><dt>National median pay</dt><dd class="big">{guide.MedianPay.Display}</dd>{HourlyFact(guide.MedianPay)}<dd class="src">{guide.MedianPay.Cited()}</dd></div>

            """);
        StateFact(html, state, statePay);
        GrowthFact(html, guide);
        if (guide.Wages is { } w)
            html.Append($"<div><dt>U.S. employment</dt><dd class=\"big\">{w.EmploymentDisplay}</dd><dd class=\"src\">BLS OEWS {w.Release}, SOC {w.Soc}</dd></div>\n");
        // A catalog imported without career families has no ladder; the head says nothing rather than fail.
        if (guide.Levels.Count > 0)
            html.Append($"<div><dt>Career ladder</dt><dd class=\"ladder-line\">{string.Join(" → ", guide.Levels.Select(l => l.Label))}</dd><dd class=\"src\">{guide.Levels[0].Years} to {guide.Levels[^1].Years}</dd></div>\n");
        html.Append($"</dl>\n");
        if (guide.MedianPay.Note is { } note) html.Append($"<p class=\"note\">{note}</p>\n");
        // Without industries the reason is a note about the data, said in the "About this data" footnote, not up here.
        if (guide.Industries.Count > 0)
            html.Append($"<p class=\"industries\"><strong>Industries:</strong> {string.Join(", ", guide.Industries)}</p>\n");
        html.Append($"<p class=\"actions\"><a class=\"button\" href=\"{links.ApplyFor(guide.Slug)}\">Apply for {guide.Title} roles</a> <a class=\"button secondary\" href=\"{links.Page(StatesPage.Path(guide.Slug))}\">Pay by state</a> <a class=\"button secondary\" href=\"#roadmap\">See the roadmap</a></p>\n</header>\n");
    }

    private static void SectionStart(HtmlBuilder html, string id, string title) =>
        html.Append($"<section id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{title}</h2>\n");

    private static void SectionEnd(HtmlBuilder html) => html.Append($"</section>\n");

    private static void Pay(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "pay", "Pay by career level");
        SalaryChart.Write(html, guide, "pay-chart");
        // One source for every level (the usual case) is said once under the table, not four times in it.
        var oneSource = guide.Levels.Select(l => l.PaySource).Distinct().Count() == 1;
        var hourly = guide.Wages?.Hourly;
        var besideAnnual = hourly is { HourlyOnly: false };
        html.Append($"<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Pay by level table\"><table>\n<caption>Pay range and typical experience per level</caption>\n<thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Experience</th><th scope=\"col\" class=\"num\">{(hourly is { HourlyOnly: true } ? "Hourly pay" : besideAnnual ? "Annual pay (hourly)" : "Annual pay")}</th>");
        if (!oneSource) html.Append($"<th scope=\"col\">Source</th>");
        html.Append($"</tr></thead>\n<tbody>\n");
        foreach (var level in guide.Levels)
        {
            html.Append($"<tr><th scope=\"row\">{level.Label}</th><td class=\"years\">{level.Years}</td><td class=\"num\">{level.PayDisplay}{HourlyBeside(level)}</td>");
            if (!oneSource) html.Append($"<td class=\"src\">{level.PaySource}</td>");
            html.Append($"</tr>\n");
        }
        html.Append($"</tbody></table></div>\n");
        if (guide.Wages is { } w)
        {
            if (w.Hourly is { } h) HourlyTable(html, w, h);
            if (w.Hourly is not { HourlyOnly: true })
            html.Append($"""
                <h3>National wage distribution</h3>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Pay percentiles table"><table class="percentiles">
                <caption>Annual wages, SOC {w.Soc} {w.SocTitle}. Source: U.S. Bureau of Labor Statistics, OEWS {w.Release}.</caption>
                <thead><tr><th scope="col">10th</th><th scope="col">25th</th><th scope="col">Median</th><th scope="col">75th</th><th scope="col">90th</th><th scope="col">Mean</th></tr></thead>
                <tbody><tr><td class="num">{w.Display.P10}</td><td class="num">{w.Display.P25}</td><td class="num">{w.Display.Median}</td><td class="num">{w.Display.P75}</td><td class="num">{w.Display.P90}</td><td class="num">{w.Display.Mean}</td></tr></tbody>
                </table></div>

                """);
            if (w.MedianChangePercent is { } change && w.PreviousRelease is { } previous)
                html.Append($"<p class=\"src\">The BLS median changed {(change >= 0 ? "+" : "")}{change:0.0}% since OEWS {previous}: a one-year change between survey estimates, not a trend (BLS pools three years of samples).</p>\n");
            if (w.Note is { } note) html.Append($"<p class=\"note\">{note}</p>\n");
        }
        SectionEnd(html);
    }

    private static void WhatTheyDo(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "work", "What they do");
        if (guide.SectionNotes.TryGetValue("overview", out var shell)) html.Append($"<p class=\"note\">{shell}</p>\n");
        if (guide.Tasks.Count > 0)
        {
            html.Append($"<h3>Typical tasks</h3>\n<ul class=\"tasks\">");
            foreach (var task in guide.Tasks) html.Append($"<li>{task}</li>");
            html.Append($"</ul>\n");
        }
        if (guide.Technologies.Count > 0)
        {
            html.Append($"<h3>Tools and technologies</h3>\n<p class=\"muted\">In order of evidence (O*NET Technology Skills): what employers in this occupation ask for most, marked <span class=\"tag demand\">In demand</span>, then what its related occupations use too, rarer before commoner. <span class=\"tag hot\">Hot</span> marks software mentioned often across all job postings, whatever the job.</p>\n<ul class=\"chips\">");
            foreach (var t in guide.Technologies)
            {
                html.Append($"<li title=\"{t.Category}\">{t.Name}");
                if (t.Hot) html.Append($" <span class=\"tag hot\">Hot</span>");
                if (t.InDemand) html.Append($" <span class=\"tag demand\">In demand</span>");
                html.Append($"</li>");
            }
            html.Append($"</ul>\n");
        }
        if (guide.Tools.Count > 0)
        {
            html.Append($"<h3>Equipment and tools</h3>\n<p>{string.Join(", ", guide.Tools)}</p>\n");
        }
        if (guide.AlternateTitles.Count > 0)
            html.Append($"<h3>Also called</h3>\n<p>{string.Join(" · ", guide.AlternateTitles)}</p>\n<p class=\"muted\">Titles workers report first (O*NET sample of reported titles), then O*NET alternate titles that name this job alone.</p>\n");
        SectionEnd(html);
    }
}
