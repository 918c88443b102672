using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>What a person brings to the gap check: typed skills, pasted résumé text, or a current role.</summary>
public sealed record GapInput(string? Target, string? Skills, string? Resume, string? Current)
{
    public const int MaxResumeLength = 20_000;

    public IReadOnlyList<string> SkillList =>
        (Skills ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(100).ToList();
}

/// <summary><c>/gap</c>: the form, and the result for a target role.</summary>
public static class GapPage
{
    public static HtmlBuilder Render(PageContext ctx, GapInput? input, string? error)
    {
        var meta = new PageMeta
        {
            Title = "Skill gap check",
            Description = "Compare your skills, résumé or current role with any career and see what to learn next.",
            Path = "gap",
            NoIndex = input is not null,
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Skill gap")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>Skill gap check</h1>\n<p class=\"lede\">Pick a target role and tell us where you start: list your skills, paste your résumé, or name your current role.</p>\n");
            if (error is not null) html.Append($"<p class=\"error\" role=\"alert\">{error}</p>\n");
            if (input is not null && error is null) Result(html, ctx, input);
            Form(html, ctx, input);
        });
    }

    private static void Form(HtmlBuilder html, PageContext ctx, GapInput? input)
    {
        if (ctx.IsStatic)
            html.Append($"<p class=\"notice\">This copy of Ladder is a static site: the gap check runs on the Ladder server (<code>ladder serve</code>). Until then, compare your skills with the “Required skills” section of any guide.</p>\n");
        html.Append($"""
            <form class="stack" action="{ctx.Links.Gap}" method="{(ctx.IsStatic ? "get" : "post")}">
            <div class="field"><label for="gap-target">Target role <span class="req">(required)</span></label>
            <input id="gap-target" name="target" type="text" required maxlength="100" value="{input?.Target}" placeholder="e.g. Machine Learning Engineer" autocomplete="off"></div>
            <div class="field"><label for="gap-skills">Your skills and tools</label>
            <textarea id="gap-skills" name="skills" rows="3" maxlength="4000" aria-describedby="gap-skills-hint">{input?.Skills}</textarea>
            <p id="gap-skills-hint" class="hint">Separate with commas, e.g. Python, SQL, Excel.</p></div>
            <div class="field"><label for="gap-resume">Or paste your résumé text</label>
            <textarea id="gap-resume" name="resume" rows="6" maxlength="{GapInput.MaxResumeLength}">{input?.Resume}</textarea></div>
            <div class="field"><label for="gap-current">Or your current role</label>
            <input id="gap-current" name="current" type="text" maxlength="100" value="{input?.Current}" placeholder="e.g. Data Analyst" autocomplete="off"></div>
            <button type="submit">Check my gap</button>
            </form>

            """);
    }

    private static void Result(HtmlBuilder html, PageContext ctx, GapInput input)
    {
        var target = ctx.Data.Search.Find(input.Target, 1).FirstOrDefault()?.Role;
        html.Append($"<section class=\"result\" aria-labelledby=\"gap-result-h\" id=\"gap-result\">\n");
        if (target is null)
        {
            html.Append($"<h2 id=\"gap-result-h\">No role matches “{input.Target}”</h2>\n<p>Try a more common title, or <a href=\"{ctx.Links.SearchFor(input.Target ?? "")}\">search for it</a>.</p>\n</section>\n");
            return;
        }
        var guide = ctx.Data.Guide(target);
        html.Append($"<h2 id=\"gap-result-h\">Your gap to <a href=\"{ctx.Links.Career(guide.Slug)}\">{guide.Title}</a></h2>\n");
        var current = string.IsNullOrWhiteSpace(input.Current) ? null : ctx.Data.Search.Find(input.Current, 1).FirstOrDefault()?.Role;
        if (current is not null && current != target)
            html.Append($"<p>Starting from <a href=\"{ctx.Links.Career(current.Slug)}\">{current.Title}</a>: see <a href=\"{ctx.Links.Transition(guide.Slug, current.Slug)}\">the move from {current.Title} to {guide.Title}</a>.</p>\n");
        // One starting point, in the order the form offers them: typed skills, then résumé text, then the current role.
        var query = !string.IsNullOrWhiteSpace(input.Skills) ? new Ladder.Matching.GapQuery(input.Skills, null, null)
            : !string.IsNullOrWhiteSpace(input.Resume) ? new Ladder.Matching.GapQuery(null, input.Resume, null)
            : new Ladder.Matching.GapQuery(null, null, current);
        if (query.Current is null && query.Skills is null && query.ResumeText is null)
        {
            html.Append($"<p class=\"error\" role=\"alert\">Tell us where you start: list your skills, paste your résumé, or name a current role we know.</p>\n");
        }
        else
        {
            var (report, problem) = query.Run(ctx.Data.Space, target);
            if (report is not null) MatchingSlot.WriteGap(html, ctx, report);
            else html.Append($"<p class=\"error\" role=\"alert\">{problem}</p>\n");
        }
        html.Append($"</section>\n");
    }
}
