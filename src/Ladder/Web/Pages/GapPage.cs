using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Matching;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>What a person brings to the gap check: typed skills, pasted résumé text, or a current role.</summary>
public sealed record GapInput(string? Target, string? Skills, string? Resume, string? Current);

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
            <input id="gap-target" name="target" type="text" required maxlength="{LadderEngine.MaxQueryLength}" value="{input?.Target}" placeholder="e.g. Machine Learning Engineer" autocomplete="off"></div>
            <div class="field"><label for="gap-skills">Your skills and tools</label>
            <textarea id="gap-skills" name="skills" rows="3" maxlength="{GapQuery.MaxSkillsLength}" aria-describedby="gap-skills-hint">{input?.Skills}</textarea>
            <p id="gap-skills-hint" class="hint">Separate with commas, e.g. Python, SQL, Excel.</p></div>
            <div class="field"><label for="gap-resume">Or paste your résumé text</label>
            <textarea id="gap-resume" name="resume" rows="6" maxlength="{GapQuery.MaxResumeLength}">{input?.Resume}</textarea></div>
            <div class="field"><label for="gap-current">Or your current role</label>
            <input id="gap-current" name="current" type="text" maxlength="{LadderEngine.MaxQueryLength}" value="{input?.Current}" placeholder="e.g. Data Analyst" autocomplete="off"></div>
            <button type="submit">Check my gap</button>
            </form>

            """);
    }

    private static void Result(HtmlBuilder html, PageContext ctx, GapInput input)
    {
        html.Append($"<section class=\"result\" aria-labelledby=\"gap-result-h\" id=\"gap-result\">\n");
        var wantsCurrent = !string.IsNullOrWhiteSpace(input.Current);
        var target = Resolve(html, ctx, input.Target, "target role");
        var current = target is not null && wantsCurrent ? Resolve(html, ctx, input.Current, "current role") : null;
        if (target is null || (wantsCurrent && current is null))
        {
            html.Append($"</section>\n");
            return;
        }
        var guide = ctx.Data.Guide(target);
        html.Append($"<h2 id=\"gap-result-h\">Your gap to <a href=\"{ctx.Links.Career(guide.Slug)}\">{guide.Title}</a></h2>\n");
        if (current is not null && current != target)
            html.Append($"<p>Starting from <a href=\"{ctx.Links.Career(current.Slug)}\">{current.Title}</a>: see <a href=\"{ctx.Links.Transition(guide.Slug, current.Slug)}\">the move from {current.Title} to {guide.Title}</a>.</p>\n");
        var (report, problem) = GapQuery.From(input.Skills, input.Resume, current).Run(ctx.Data.Engine.Space, target);
        if (report is not null) MatchingSlot.WriteGap(html, ctx, report);
        else html.Append($"<p class=\"error\" role=\"alert\">{problem}</p>\n");
        html.Append($"</section>\n");
    }

    /// <summary>The role the engine opens for the words typed, or null after explaining on the page why not.</summary>
    private static Role? Resolve(HtmlBuilder html, PageContext ctx, string? text, string field)
    {
        switch (ctx.Data.Engine.Resolve(text))
        {
            case Resolution.Found found:
                return found.Role;
            case Resolution.Ambiguous ambiguous:
                html.Append($"<h2 id=\"gap-result-h\">“{text}” could be several roles</h2>\n<p>Enter the {field} as one of these titles:</p>\n<ul class=\"role-list\">\n");
                foreach (var role in ambiguous.Candidates.Take(8)) RoleList.Item(html, ctx, role, null);
                html.Append($"</ul>\n");
                return null;
            case Resolution.NotFound:
                html.Append($"<h2 id=\"gap-result-h\">No role matches “{text}”</h2>\n<p>Try a more common title, or <a href=\"{ctx.Links.SearchFor(text ?? "")}\">search for it</a>.</p>\n");
                return null;
            default:
                return null;
        }
    }
}
