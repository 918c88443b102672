using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Guides;
using Ladder.Occupations;

namespace Ladder.Web.Pages;

/// <summary><c>/careers/{slug}/from/{other}</c>: moving from one role to another.</summary>
public static partial class TransitionPage
{
    public static string Path(string target, string from) => $"careers/{target}/from/{from}";

    public static HtmlBuilder Render(PageContext ctx, Guide target, Guide from, Ladder.States.UsState? state = null)
    {
        var links = ctx.Links;
        var meta = new PageMeta
        {
            Title = $"From {from.Title} to {target.Title}",
            Description = $"How to move from {from.Title} to {target.Title}: pay difference, preparation, the skills you keep and the ones to learn.",
            Path = Path(target.Slug, from.Slug),
            Breadcrumbs = [new("Home", links.Home), new(target.Title, links.Career(target.Slug)), new($"From {from.Title}")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>From {from.Title} to {target.Title}</h1>\n");
            var transition = ctx.Data.Catalog.FindRole(from.Slug) is { } fromRole && ctx.Data.Catalog.FindRole(target.Slug) is { } toRole
                ? Ladder.Matching.TransitionAnalyzer.Analyze(ctx.Data.Engine.Space, fromRole, toRole)
                : null;
            html.Append($"<dl class=\"facts\">\n");
            html.Append($"<div><dt>Median pay change</dt><dd class=\"big\">{PayChange(from.MedianPay.Amount, target.MedianPay.Amount)}</dd><dd class=\"src\">{from.MedianPay.Display} → {target.MedianPay.Display}; {Cited(target.MedianPay.Source, target.MedianPay.AsOf)}</dd></div>\n");
            if (state is not null) StateChange(html, ctx, target, from, state);
            html.Append($"<div><dt>Preparation (O*NET job zone)</dt><dd class=\"big\">{Zone(from)} → {Zone(target)}</dd><dd class=\"src\">{target.BreakIn.JobZoneSummary}</dd></div>\n");
            html.Append($"</dl>\n");
            if (!ctx.IsStatic) StateChooser.Write(html, ctx, links.Transition(target.Slug, from.Slug), state, "Pay change in a state");
            if (transition is not null)
            {
                MatchingSlot.WriteTransition(html, ctx, transition);
                BothWays(html, ctx, ctx.Data.Engine.Compare(ctx.Data.Catalog.FindRole(target.Slug)!, ctx.Data.Catalog.FindRole(from.Slug)!));
            }
            else SkillLists(html, ctx.Data.Catalog.Info, from, target);
            html.Append($"<p class=\"actions\"><a class=\"button\" href=\"{links.Career(target.Slug)}\">Read the {target.Title} guide</a> <a class=\"button secondary\" href=\"{links.Compare(target.Slug, from.Slug)}\">Compare side by side</a></p>\n");
            if (!ctx.IsStatic)
            {
                html.Append($"""
                    <form class="inline-form" action="{links.Page("careers/" + target.Slug + "/from")}" method="get">
                    <label for="from-role">Start from a different role</label>
                    <input id="from-role" name="role" type="text" required maxlength="100" placeholder="e.g. data analyst">
                    <button type="submit">Show the move</button>
                    </form>

                    """);
            }
        });
    }

    /// <summary>What the target needs that the starting role already has (exact names), and what to learn, in the target's order.</summary>
    public static void SkillLists(HtmlBuilder html, Ladder.Catalog.CatalogInfo info, Guide from, Guide target)
    {
        var have = from.Skills.Select(s => s.Name).Concat(from.Technologies.Select(t => t.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var needed = target.Skills.Select(s => s.Name).Concat(target.Technologies.Take(15).Select(t => t.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        html.Append($"<div class=\"columns two\">\n<div><h2>You already have</h2><ul class=\"pros\">");
        var kept = needed.Where(have.Contains).ToList();
        foreach (var name in kept) html.Append($"<li>{name}</li>");
        if (kept.Count == 0) html.Append($"<li class=\"muted\">No skill or technology with the same name.</li>");
        html.Append($"</ul></div>\n<div><h2>To learn</h2><ol class=\"cons\">");
        foreach (var name in needed.Where(n => !have.Contains(n))) html.Append($"<li>{name}</li>");
        html.Append($"</ol></div>\n</div>\n<p class=\"src\">Skills and technologies as listed in each guide ({info.OnetSource}, {info.OnetAsOf}, and curated role files), matched by name; in the order the target guide ranks them.</p>\n");
    }

    /// <summary>The median pay change within one state, from the BLS state estimates of both roles' primary occupations.</summary>
    private static void StateChange(HtmlBuilder html, PageContext ctx, Guide target, Guide from, Ladder.States.UsState state)
    {
        var catalog = ctx.Data.Catalog;
        var change = catalog.FindRole(from.Slug) is { } f && catalog.FindRole(target.Slug) is { } t ? Ladder.Catalog.StatePayChange.For(catalog, f, t, state) : null;
        if (change is null)
        {
            html.Append($"<div class=\"state-fact\"><dt>Median pay change in {state.Name}</dt><dd class=\"big\">not available</dd><dd class=\"src\">No BLS state estimates for one of these occupations.</dd></div>\n");
            return;
        }
        html.Append($"<div class=\"state-fact\"><dt>Median pay change in {state.Name}</dt><dd class=\"big\">{change.Display}</dd><dd class=\"src\">{change.Detail}</dd></div>\n");
    }

    private static string Zone(Guide g) => g.BreakIn.JobZone is { } z ? z.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    private static string PayChange(decimal? from, decimal? to)
    {
        if (from is not { } a || to is not { } b) return "not available";
        var diff = b - a;
        return (diff >= 0 ? "+" : "−") + WageValue.FormatMoney(Math.Abs(diff));
    }
}
