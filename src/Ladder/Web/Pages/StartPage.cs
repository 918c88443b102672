using System.Globalization;
using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Matching;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>
/// <c>/start?role=…</c>: "start from your job". Names the job a reader does now and lists the moves their skills fit
/// best, each leading to its transition page and a skill-gap check. With <c>to=…</c> as well, the served route goes
/// straight to that transition page instead.
/// </summary>
public static class StartPage
{
    public const string Path = "start";
    private const int Moves = 10;

    /// <summary>The home page's entry: the job you do now (and, optionally, the one you want), or the gap check.</summary>
    public static void Entry(HtmlBuilder html, PageContext ctx)
    {
        html.Append($"<section class=\"start\" aria-labelledby=\"start-h\">\n<h2 id=\"start-h\">Start from your job</h2>\n");
        if (ctx.IsStatic)
        {
            html.Append($"<p>Open the guide for the job you want: its “How to break in” section lists the jobs people move from, and each links to the move from there. The list of moves from your own job, and the <a href=\"{ctx.Links.Gap}\">skill gap check</a>, run on the Ladder server.</p>\n</section>\n");
            return;
        }
        html.Append($"<p>Name the job you do now. Ladder lists the jobs your skills fit best and what each move takes, or shows one move if you also name the job you want.</p>\n");
        Form(html, ctx, null, null);
        html.Append($"<p>Want to check your own skills or résumé against a job? <a href=\"{ctx.Links.Gap}\">Check your skill gap</a>.</p>\n</section>\n");
    }

    private static void Form(HtmlBuilder html, PageContext ctx, string? role, string? to, Ladder.States.UsState? state = null)
    {
        html.Append($"""
        <form class="stack start-form" action="{ctx.Links.Page(Path)}" method="get">
        <div class="field"><label for="start-role">Your job now <span class="req">(required)</span></label>
        <input id="start-role" name="role" type="text" required maxlength="{LadderEngine.MaxQueryLength}" value="{role}" placeholder="e.g. cashier, truck driver, teacher" autocomplete="off"></div>
        <div class="field"><label for="start-to">The job you want <span class="muted">(optional)</span></label>
        <input id="start-to" name="to" type="text" maxlength="{LadderEngine.MaxQueryLength}" value="{to}" placeholder="e.g. electrician" autocomplete="off"></div>

        """);
        html.Append($"<div class=\"field\"><label for=\"start-state\">Pay in your state <span class=\"muted\">(optional)</span></label> <select id=\"start-state\" name=\"state\"><option value=\"\">National figures only</option>");
        foreach (var s in Ladder.States.UsState.All)
        {
            if (s == state) html.Append($"<option value=\"{s.Code}\" selected>{s.Name}</option>");
            else html.Append($"<option value=\"{s.Code}\">{s.Name}</option>");
        }
        html.Append($"</select></div>\n<button type=\"submit\">Show my next moves</button>\n</form>\n");
    }

    /// <summary>The page for a typed starting job: its best moves, or which role was meant, or that none matched.</summary>
    public static HtmlBuilder Render(PageContext ctx, string? typed, Resolution? resolution, string? to, Ladder.States.UsState? state = null)
    {
        var from = (resolution as Resolution.Found)?.Role;
        var meta = new PageMeta
        {
            Title = from is null ? "Start from your job" : $"Moves from {from.Title}",
            Description = "The jobs your current job's skills fit best, what each move takes, and a skill-gap check.",
            Path = Path,
            NoIndex = true,
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Start from your job")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            switch (resolution)
            {
                case Resolution.Found:
                    // Served with both jobs named, the route has already gone to the move; here the wanted job did not resolve.
                    if (!string.IsNullOrWhiteSpace(to))
                        html.Append($"<p class=\"notice\" role=\"status\">“{to}” did not match one job, so here are your best moves instead. <a href=\"{ctx.Links.SearchFor(to)}\">Search for “{to}”</a>.</p>\n");
                    MovesFrom(html, ctx, from!, state);
                    break;
                case Resolution.Ambiguous a:
                    html.Append($"<h1>Start from your job</h1>\n<p class=\"lede\">“{typed}” could be several jobs. Which one do you do?</p>\n<ul class=\"role-list\">\n");
                    foreach (var role in a.Candidates.Take(8))
                        html.Append($"<li><a href=\"{StartLink(ctx, role.Slug, to)}\">{role.Title}</a><span class=\"meta\">{role.Domain}</span></li>\n");
                    html.Append($"</ul>\n");
                    break;
                default:
                    html.Append($"<h1>Start from your job</h1>\n");
                    if (!string.IsNullOrWhiteSpace(typed))
                        html.Append($"<p class=\"error\" role=\"alert\">No job matches “{typed}”. Try another name for it, such as the title on your payslip.</p>\n");
                    break;
            }
            html.Append($"<h2>{(from is null ? "Your job" : "Start from another job")}</h2>\n");
            Form(html, ctx, from is null ? typed : null, to, state);
        });
    }

    private static string StartLink(PageContext ctx, string slug, string? to) =>
        ctx.Links.Page(Path) + "?role=" + Uri.EscapeDataString(slug) + (string.IsNullOrWhiteSpace(to) ? "" : "&to=" + Uri.EscapeDataString(to));

    private static void MovesFrom(HtmlBuilder html, PageContext ctx, Role from, Ladder.States.UsState? state)
    {
        var list = TransitionList.For(ctx.Data.Engine.Space, from, Moves);
        var info = ctx.Data.Catalog.Info;
        html.Append($"<h1>Moves from {from.Title}</h1>\n<p class=\"lede\">The {list.OutOf.Count} moves Ladder finds likeliest from your job, judged by where people in similar jobs really go and how well your skills fit; steps up first. Open a move to see the skills you keep, what to learn and the pay at each level.</p>\n");
        foreach (var group in list.OutOf.GroupBy(m => m.Kind))
        {
            html.Append($"<h2>{MoveVerdict.GroupHeading(group.Key)}</h2>\n<ol class=\"cards moves\">\n");
            foreach (var move in group) Card(html, ctx, from, move, state);
            html.Append($"</ol>\n");
        }
        html.Append($"<h2 id=\"closest\">Closest in skills</h2>\n<p>The {list.Closest.Count} roles whose skills, activities and tasks fit yours best (O*NET), whatever people in your job usually do.</p>\n<ol class=\"cards moves closest\">\n");
        foreach (var move in list.Closest) Card(html, ctx, from, move, state);
        html.Append($"</ol>\n");
        html.Append($"<p class=\"src\">Moves: Ladder's move model, fitted on the job changes the Current Population Survey observed (CPS ASEC, via del Rio-Chanona et al., CC BY 4.0) and read from O*NET skills and preparation and BLS pay (docs/matching.md). A step up pays 10% or more above your job's median, or as much with faster projected growth. Median pay change: BLS OEWS {info.OewsRelease} medians (or a cited curated figure){(state is null ? "" : $"; in {state.Name}: {ctx.Data.Catalog.States.Label}, each role's primary occupation")}. Data: {info.DataAsOf}.</p>\n");
        html.Append($"<p><a href=\"{ctx.Links.Career(from.Slug)}\">Read the {from.Title} guide</a> · <a href=\"{ctx.Links.Gap}\">Check your skill gap for any job</a></p>\n");
    }

    private static void Card(HtmlBuilder html, PageContext ctx, Role from, TransitionMove move, Ladder.States.UsState? state)
    {
        var href = ctx.Links.Transition(move.Role.Slug, from.Slug) + (state is null ? "" : "?state=" + state.Code);
        html.Append($"<li class=\"card\"><a class=\"title\" href=\"{href}\">{move.Role.Title}</a>");
        html.Append($"<span class=\"muted\">{move.Role.Domain}</span>");
        html.Append($"<strong class=\"verdict\">{move.Headline}</strong>");
        html.Append($"<span>{string.Join("; ", move.Reasons)}</span>");
        if (state is not null && ctx.Data.Catalog.FindRole(move.Role.Slug) is { } to)
            html.Append($"<span>In {state.Name}: {Ladder.Catalog.StatePayChange.For(ctx.Data.Catalog, from, to, state)?.Display ?? "no state figures"}</span>");
        if (move.ToLearnFirst.Count > 0) html.Append($"<span class=\"muted\">To learn first: {string.Join(", ", move.ToLearnFirst)}</span>");
        html.Append($"""
            <form action="{ctx.Links.Gap}" method="post"><input type="hidden" name="target" value="{move.Role.Slug}"><input type="hidden" name="current" value="{from.Slug}"><button type="submit" class="button secondary">Check the gap<span class="visually-hidden"> to {move.Role.Title}</span></button></form>
            </li>

            """);
    }
}
