using System.Globalization;
using Ladder.Guides;
using Ladder.Matching;
using Ladder.Occupations;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>
/// <c>/compare/{a}/vs/{b}</c>: the engine's <see cref="Comparison"/>, the same facts <c>ladder compare</c> prints,
/// including the transition score both ways.
/// </summary>
public static class ComparePage
{
    public static string Path(string a, string b) => $"compare/{a}/vs/{b}";


    public static HtmlBuilder Render(PageContext ctx, Comparison c, Ladder.States.UsState? state = null)
    {
        var links = ctx.Links;
        var (a, b) = (c.A, c.B);
        var catalog = ctx.Data.Catalog;
        var (payA, payB) = state is not null && catalog.FindRole(a.Role.Slug) is { } ra && catalog.FindRole(b.Role.Slug) is { } rb
            ? (Ladder.Catalog.StatePay.For(catalog, ra, state), Ladder.Catalog.StatePay.For(catalog, rb, state)) : (null, null);
        var info = ctx.Data.Catalog.Info;
        var meta = new PageMeta
        {
            Title = $"{a.Role.Title} vs {b.Role.Title}",
            Description = $"{a.Role.Title} compared with {b.Role.Title}: median pay ({a.MedianPayDisplay} vs {b.MedianPayDisplay}), pay per level, preparation, skills, technologies and the transition score each way.",
            Path = Path(a.Role.Slug, b.Role.Slug),
            Breadcrumbs = [new("Home", links.Home), new(a.Role.Title, links.Career(a.Role.Slug)), new($"Compare with {b.Role.Title}")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"""
                <h1>{a.Role.Title} <span class="vs">vs</span> {b.Role.Title}</h1>
                <p class="lede">Side by side from the same sources. An item is marked <span class="tag shared">Shared</span> when both columns list it.</p>

                """);
            // The static export has no server to answer ?state=, so it offers the choice only when served.
            if (!ctx.IsStatic) StateChooser.Write(html, ctx, links.Compare(a.Role.Slug, b.Role.Slug), state, "Show pay in a state");
            html.Append($"""
                <div class="table-wrap" tabindex="0" role="region" aria-label="Comparison table"><table class="compare">
                <caption class="visually-hidden">{a.Role.Title} compared with {b.Role.Title}</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">Attribute</span></th><th scope="col"><a href="{links.Career(a.Role.Slug)}">{a.Role.Title}</a></th><th scope="col"><a href="{links.Career(b.Role.Slug)}">{b.Role.Title}</a></th></tr></thead>
                <tbody>

                """);
            Row(html, "Domain", a.Role.Domain, b.Role.Domain);
            Row(html, "O*NET-SOC", a.Role.Code, b.Role.Code);
            Row(html, "Median pay", a.MedianPayDisplay, b.MedianPayDisplay, numeric: true);
            if (state is not null)
                Row(html, $"Median pay in {state.Name}", payA?.MedianDisplay ?? "no state figures", payB?.MedianDisplay ?? "no state figures", numeric: true);
            // Stages are matched on the shared scale (junior … lead); each side names its own stage.
            foreach (var name in PayLadder.LevelNames)
            {
                var (la, lb) = (a.Levels.FirstOrDefault(l => l.Level == name), b.Levels.FirstOrDefault(l => l.Level == name));
                if (la is null && lb is null) continue;
                var label = la is not null && lb is not null && la.Label != lb.Label ? $"{la.Label} / {lb.Label}" : (la ?? lb)!.Label;
                html.Append($"<tr><th scope=\"row\">{label} pay</th><td class=\"num\">{la?.Display ?? "no such stage"}<span class=\"src\">{la?.Years ?? ""}</span></td><td class=\"num\">{lb?.Display ?? "no such stage"}<span class=\"src\">{lb?.Years ?? ""}</span></td></tr>\n");
            }
            foreach (var p in Enum.GetValues<WagePercentile>())
                Row(html, Percentiles<string>.Label(p), a.Percentiles?[p].Display ?? "not available", b.Percentiles?[p].Display ?? "not available", numeric: true);
            Row(html, "Employment (U.S.)", a.EmploymentDisplay, b.EmploymentDisplay, numeric: true);
            Row(html, "Job zone", Zone(a.JobZone), Zone(b.JobZone));
            Row(html, "Typical education", a.Education ?? "not available", b.Education ?? "not available");
            html.Append($"<tr><th scope=\"row\">Key skills</th>{List(a.Skills.Select(s => (c.Label(s), s.Shared)), "not rated by O*NET")}{List(b.Skills.Select(s => (c.Label(s), s.Shared)), "not rated by O*NET")}</tr>\n");
            html.Append($"<tr><th scope=\"row\">Top technologies</th>{List(a.Technologies.Select(t => (t.Name, t.Shared)), "none listed")}{List(b.Technologies.Select(t => (t.Name, t.Shared)), "none listed")}</tr>\n");
            html.Append($"""
                </tbody></table></div>
                {StateNote(state, payA, payB)}
                <h2>Moving between them</h2>
                <ul class="plain scores">
                <li>{Move(ctx, a, b)}: <strong class="move-score">{c.AToB.Headline}</strong>. {c.AToB.Because}</li>
                <li>{Move(ctx, b, a)}: <strong class="move-score">{c.BToA.Headline}</strong>. {c.BToA.Because}</li>
                </ul>
                <p class="src">Percentiles and employment: U.S. Bureau of Labor Statistics, OEWS ({a.WageRelease ?? info.OewsRelease}), SOC {a.WageSoc ?? "n/a"} and {b.WageSoc ?? "n/a"}. Pay by level: each guide's Ladder estimate from these percentiles (or a cited curated figure); see each guide for its method. Skills, technologies, job zone and education: {info.OnetSource}, {info.OnetAsOf}. Transition scores: Ladder's similarity of O*NET skills, knowledge, technologies, work activities and interests, less a penalty for level gaps (docs/matching.md).</p>
                <p class="actions"><a class="button" href="{links.Career(a.Role.Slug)}">Read the {a.Role.Title} guide</a> <a class="button secondary" href="{links.Career(b.Role.Slug)}">Read the {b.Role.Title} guide</a></p>

                """);
        });
    }

    /// <summary>"A → B", linked to the transition page where the site has one (a static export has only those its guides link to).</summary>
    internal static HtmlString Move(PageContext ctx, ComparisonSide from, ComparisonSide to)
    {
        var text = new HtmlBuilder(256);
        if (ctx.IsStatic) text.Append($"{from.Role.Title} → {to.Role.Title}");
        else text.Append($"<a href=\"{ctx.Links.Transition(to.Role.Slug, from.Role.Slug)}\">{from.Role.Title} → {to.Role.Title}</a>");
        return new HtmlString(text.ToString());
    }

    private static string Zone(int? zone) => zone is { } z ? $"{z} of 5" : "not rated";

    private static void Row(HtmlBuilder html, string label, string a, string b, bool numeric = false)
    {
        var cls = numeric ? " class=\"num\"" : "";
        html.Append($"<tr><th scope=\"row\">{label}</th><td{new HtmlString(cls)}>{a}</td><td{new HtmlString(cls)}>{b}</td></tr>\n");
    }

    private static HtmlString List(IEnumerable<(string Name, bool Shared)> items, string empty)
    {
        var cell = new HtmlBuilder(1024);
        cell.Append($"<td><ul class=\"plain\">");
        var any = false;
        foreach (var (name, shared) in items)
        {
            any = true;
            if (shared) cell.Append($"<li class=\"shared\">{name} <span class=\"tag shared\">Shared</span></li>");
            else cell.Append($"<li>{name}</li>");
        }
        if (!any) cell.Append($"<li class=\"muted\">{empty}</li>");
        cell.Append($"</ul></td>");
        return new HtmlString(cell.ToString());
    }

    /// <summary>Under the table: the pay change within the chosen state, its source, and any state figure BLS did not publish.</summary>
    private static HtmlString StateNote(Ladder.States.UsState? state, Ladder.Catalog.StatePay? a, Ladder.Catalog.StatePay? b)
    {
        if (state is null) return new HtmlString("");
        var html = new HtmlBuilder(512);
        if (a is not null && b is not null)
            html.Append($"<p class=\"src\">In {state.Name}, {a.SocTitle} to {b.SocTitle}: {new Ladder.Catalog.StatePayChange(a, b).Display} ({new Ladder.Catalog.StatePayChange(a, b).Detail}).</p>");
        foreach (var p in new[] { a, b }.OfType<Ladder.Catalog.StatePay>().Where(p => !p.Published)) html.Append($"<p class=\"note\">{p.Sentence}</p>");
        return new HtmlString(html.ToString());
    }
}
