using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Guides;

namespace Ladder.Web.Pages;

/// <summary><c>/compare/{a}/vs/{b}</c>: two guides side by side, shared skills and technologies marked.</summary>
public static class ComparePage
{
    public static string Path(string a, string b) => $"compare/{a}/vs/{b}";

    public static HtmlBuilder Render(PageContext ctx, Guide a, Guide b)
    {
        var links = ctx.Links;
        var meta = new PageMeta
        {
            Title = $"{a.Title} vs {b.Title}",
            Description = $"{a.Title} compared with {b.Title}: median pay ({a.MedianPay.Display} vs {b.MedianPay.Display}), pay per level, preparation, skills and technologies side by side.",
            Path = Path(a.Slug, b.Slug),
            Breadcrumbs = [new("Home", links.Home), new(a.Title, links.Career(a.Slug)), new($"Compare with {b.Title}")],
        };
        var sharedSkills = Shared(a.Skills.Select(s => s.Name), b.Skills.Select(s => s.Name));
        var sharedTech = Shared(a.Technologies.Select(t => t.Name), b.Technologies.Select(t => t.Name));
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"""
                <h1>{a.Title} <span class="vs">vs</span> {b.Title}</h1>
                <p class="lede">Side by side from the same sources. Items both roles share are marked <span class="tag shared">Shared</span>.</p>
                <div class="table-wrap"><table class="compare">
                <caption class="visually-hidden">{a.Title} compared with {b.Title}</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">Attribute</span></th><th scope="col"><a href="{links.Career(a.Slug)}">{a.Title}</a></th><th scope="col"><a href="{links.Career(b.Slug)}">{b.Title}</a></th></tr></thead>
                <tbody>

                """);
            Row(html, "Domain", a.Domain, b.Domain);
            Row(html, "O*NET-SOC", string.Join(", ", a.Codes), string.Join(", ", b.Codes));
            html.Append($"<tr><th scope=\"row\">Median pay</th>{Pay(a.MedianPay)}{Pay(b.MedianPay)}</tr>\n");
            // Stages are matched on the shared scale (junior … lead); each side names its own stage.
            foreach (var name in PayLadder.LevelNames)
            {
                var (la, lb) = (a.Levels.FirstOrDefault(l => l.Name == name), b.Levels.FirstOrDefault(l => l.Name == name));
                if (la is null && lb is null) continue;
                var label = la is not null && lb is not null && la.Label != lb.Label ? $"{la.Label} / {lb.Label}" : (la ?? lb)!.Label;
                html.Append($"<tr><th scope=\"row\">{label} pay</th><td class=\"num\">{la?.PayDisplay ?? "no such stage"}<span class=\"src\">{la?.Years ?? ""}</span></td><td class=\"num\">{lb?.PayDisplay ?? "no such stage"}<span class=\"src\">{lb?.Years ?? ""}</span></td></tr>\n");
            }
            foreach (var (key, label) in new[] { ("p10", "10th percentile"), ("p25", "25th percentile"), ("median", "BLS median"), ("p75", "75th percentile"), ("p90", "90th percentile") })
                Row(html, label, a.Wages?.Display[key] ?? "not available", b.Wages?.Display[key] ?? "not available", numeric: true);
            Row(html, "Employment (U.S.)", a.Wages?.EmploymentDisplay ?? "not available", b.Wages?.EmploymentDisplay ?? "not available", numeric: true);
            Row(html, "Job zone", Zone(a), Zone(b));
            Row(html, "Education", a.BreakIn.Education, b.BreakIn.Education);
            html.Append($"<tr><th scope=\"row\">Top skills</th>{List(a.Skills.Take(10).Select(s => s.Name), sharedSkills)}{List(b.Skills.Take(10).Select(s => s.Name), sharedSkills)}</tr>\n");
            html.Append($"<tr><th scope=\"row\">Top technologies</th>{List(a.Technologies.Take(12).Select(t => t.Name), sharedTech)}{List(b.Technologies.Take(12).Select(t => t.Name), sharedTech)}</tr>\n");
            html.Append($"""
                </tbody></table></div>
                <p class="src">Percentiles and employment: U.S. Bureau of Labor Statistics, OEWS ({a.Wages?.Release ?? ctx.Data.Catalog.Info.OewsRelease}), SOC {a.Wages?.Soc ?? "n/a"} and {b.Wages?.Soc ?? "n/a"}. Pay by level: {a.LevelMethod} Skills, technologies, job zone and education: {GuideComposer.OnetSource}, {GuideComposer.OnetAsOf}.</p>
                <p class="actions"><a class="button" href="{links.Career(a.Slug)}">Read the {a.Title} guide</a> <a class="button secondary" href="{links.Career(b.Slug)}">Read the {b.Title} guide</a></p>

                """);
        });
    }

    /// <summary>The names in both lists, ignoring case.</summary>
    private static HashSet<string> Shared(IEnumerable<string> a, IEnumerable<string> b)
    {
        var inB = new HashSet<string>(b, StringComparer.OrdinalIgnoreCase);
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in a)
            if (inB.Contains(name)) shared.Add(name);
        return shared;
    }

    private static string Zone(Guide g) => g.BreakIn.JobZone is { } z ? $"{z} of 5: {g.BreakIn.JobZoneSummary}" : g.BreakIn.JobZoneSummary;

    private static void Row(HtmlBuilder html, string label, string a, string b, bool numeric = false)
    {
        var cls = numeric ? " class=\"num\"" : "";
        html.Append($"<tr><th scope=\"row\">{label}</th><td{new HtmlString(cls)}>{a}</td><td{new HtmlString(cls)}>{b}</td></tr>\n");
    }

    private static HtmlString Pay(PayFigure pay)
    {
        var cell = new HtmlBuilder(256);
        cell.Append($"<td class=\"num\"><strong>{pay.Display}</strong><span class=\"src\">{pay.Source}, {pay.AsOf}</span></td>");
        return new HtmlString(cell.ToString());
    }

    private static HtmlString List(IEnumerable<string> names, HashSet<string> shared)
    {
        var cell = new HtmlBuilder(1024);
        cell.Append($"<td><ul class=\"plain\">");
        foreach (var name in names)
        {
            if (shared.Contains(name)) cell.Append($"<li class=\"shared\">{name} <span class=\"tag shared\">Shared</span></li>");
            else cell.Append($"<li>{name}</li>");
        }
        cell.Append($"</ul></td>");
        return new HtmlString(cell.ToString());
    }
}
