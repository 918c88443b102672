using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Guides;

namespace Ladder.Web.Pages;

public static partial class GuidePage
{
    private static void Skills(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "skills", "Required skills");
        if (guide.Skills.Count == 0)
        {
            html.Append($"<p class=\"notice\">O*NET has not rated skills for this occupation.</p>\n");
            SectionEnd(html);
            return;
        }
        html.Append($"<div class=\"columns\">\n");
        foreach (var (group, title) in new[] { (SkillGroup.Core, "Core"), (SkillGroup.Complementary, "Complementary"), (SkillGroup.Advanced, "Advanced") })
        {
            var skills = guide.Skills.Where(s => s.Group == group).ToList();
            if (skills.Count == 0) continue;
            html.Append($"<div><h3>{title}</h3><ol class=\"skills\">");
            foreach (var s in skills)
            {
                html.Append($"<li><span>{s.Name}</span>");
                if (s.Importance is { } imp && s.Level is { } lvl)
                    html.Append($" <span class=\"meter\" title=\"O*NET importance {imp:0.0} of 5, level {lvl:0.0} of 7\"><span style=\"width:{Math.Round(s.Score * 100):0}%\"></span></span><span class=\"visually-hidden\">importance {imp:0.0} of 5, level {lvl:0.0} of 7</span>");
                html.Append($"</li>");
            }
            html.Append($"</ol></div>\n");
        }
        html.Append($"</div>\n<p class=\"src\">Ranked by O*NET importance × level; source: {guide.Skills[0].Source}.</p>\n");
        SectionEnd(html);
    }

    private static void Levels(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "levels", "Career levels");
        html.Append($"<ol class=\"levels\">\n");
        foreach (var level in guide.Levels)
        {
            html.Append($"<li class=\"card\"><h3>{level.Label}</h3><p class=\"level-pay\"><strong>{level.PayDisplay}</strong>{HourlyBeside(level)} · <span class=\"years\">{level.Years}</span></p><ul>");
            foreach (var r in level.Responsibilities) html.Append($"<li>{r}</li>");
            html.Append($"</ul></li>\n");
        }
        html.Append($"</ol>\n<p class=\"src\">{guide.LevelMethod}</p>\n");
        SectionEnd(html);
    }

    private static void Roadmap(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "roadmap", "Learning roadmap");
        html.Append($"<ol class=\"roadmap\">\n");
        foreach (var step in guide.Roadmap)
            html.Append($"<li><h3>{step.Title}</h3><p>{step.Detail}</p></li>\n");
        html.Append($"</ol>\n");
        SectionEnd(html);
    }

    private static void BreakIn(HtmlBuilder html, PageContext ctx, Guide guide)
    {
        var b = guide.BreakIn;
        SectionStart(html, "break-in", "How to break in");
        html.Append($"""
            <dl class="pairs">
            <dt>Preparation (O*NET job zone{(b.JobZone is { } z ? " " + z : "")} of 5)</dt><dd>{b.JobZoneSummary}</dd>
            <dt>Training and experience</dt><dd>{b.Advice}</dd>
            </dl>

            """);
        if (b.EntryTitles.Count > 0) html.Append($"<p><strong>Entry-level titles:</strong> {string.Join("; ", b.EntryTitles)}</p>\n");
        // The route is written once: inside the note when the note says it, else on its own line; either way with its links.
        if (b.EntryNote is { } entry && b.Route is { } inNote && inNote.IsIn(entry))
        {
            var at = entry.IndexOf(inNote.Text, StringComparison.Ordinal);
            html.Append($"<p><strong>How people get there:</strong> {entry[..at]}");
            Route(html, ctx, inNote);
            html.Append($"{entry[(at + inNote.Text.Length)..]}</p>\n");
        }
        else
        {
            if (b.EntryNote is { } note) html.Append($"<p><strong>How people get there:</strong> {note}</p>\n");
            if (b.Route is { } route) { html.Append($"<p>"); Route(html, ctx, route); html.Append($"</p>\n"); }
        }
        if (b.FromRoles.Count > 0)
        {
            html.Append($"<h3>Roles people move from</h3>\n<ul class=\"link-list\">");
            foreach (var from in b.FromRoles)
                html.Append($"<li><a href=\"{ctx.Links.Career(from.Slug)}\">{from.Title}</a> <span class=\"muted\">({from.Relation})</span> · <a href=\"{ctx.Links.Transition(guide.Slug, from.Slug)}\">From {from.Title} to {guide.Title}</a></li>");
            html.Append($"</ul>\n");
            if (b.FromRolesCaveat is { } caveat) html.Append($"<p class=\"muted\">{caveat}</p>\n");
        }
        else html.Append($"<p class=\"muted\"><strong>Roles people move from:</strong> {b.FromRolesText}.</p>\n");
        SectionEnd(html);
    }

    /// <summary>The route's sentence with each occupation it names linked to its guide and the page it cites linked.</summary>
    private static void Route(HtmlBuilder html, PageContext ctx, GuideRoute route)
    {
        html.Append($"<span class=\"route\"><strong>{GuideRoute.Lead.TrimEnd()}</strong> ");
        for (int i = 0; i < route.Roles.Count; i++)
            html.Append($"{route.Before(i)}<a href=\"{ctx.Links.Career(route.Roles[i].Slug)}\">{route.Roles[i].Title}</a>");
        if (route.Note is { } note) html.Append($"{route.BeforeNote}{note}");
        html.Append($"{route.After} (<a href=\"{route.Source}\">{GuideComposer.HandbookShort}: {route.Page}</a>).</span>");
    }

    private static void ProsCons(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "pros-cons", "Pros and cons");
        html.Append($"<div class=\"columns two\">\n<div><h3>Pros</h3><ul class=\"pros\">");
        foreach (var p in guide.Pros) html.Append($"<li><strong>{p.Text}</strong><br><span class=\"reason\">Why: {p.Reason}</span></li>");
        if (guide.SectionNotes.TryGetValue("pros", out var prosNote)) html.Append($"<li class=\"muted\">{prosNote}</li>");
        else if (guide.Pros.Count == 0) html.Append($"<li class=\"muted\">None stand out in the data.</li>");
        html.Append($"</ul></div>\n<div><h3>Cons</h3><ul class=\"cons\">");
        foreach (var c in guide.Cons) html.Append($"<li><strong>{c.Text}</strong><br><span class=\"reason\">Why: {c.Reason}</span></li>");
        if (guide.SectionNotes.TryGetValue("cons", out var consNote)) html.Append($"<li class=\"muted\">{consNote}</li>");
        else if (guide.Cons.Count == 0) html.Append($"<li class=\"muted\">None stand out in the data.</li>");
        html.Append($"</ul></div>\n</div>\n");
        SectionEnd(html);
    }

    private static void Related(HtmlBuilder html, PageContext ctx, Guide guide)
    {
        SectionStart(html, "related", "Related careers");
        if (guide.Related.Count == 0) html.Append($"<p class=\"muted\">O*NET lists no related occupations here.</p>\n");
        html.Append($"<ul class=\"related\">\n");
        foreach (var r in guide.Related)
        {
            var role = ctx.Data.Catalog.FindRole(r.Slug);
            var pay = role?.MedianPayText ?? "not available";
            html.Append($"<li class=\"card\"><a class=\"title\" href=\"{ctx.Links.Career(r.Slug)}\">{r.Title}</a><span class=\"muted\">{r.Relation}</span><span>Median {pay}</span><a href=\"{ctx.Links.Compare(guide.Slug, r.CompareSlug)}\">Compare side by side<span class=\"visually-hidden\"> with {r.Title}</span></a></li>\n");
        }
        html.Append($"</ul>\n");
        SectionEnd(html);
    }

    private static void Apply(HtmlBuilder html, PageContext ctx, Guide guide)
    {
        SectionStart(html, "apply", $"Ready to apply?");
        html.Append($"<div class=\"cta\"><p>Tell us about yourself and the {guide.Title} roles you want. It takes two minutes; we only use your details for this application.</p><a class=\"button\" href=\"{ctx.Links.ApplyFor(guide.Slug)}\">Start your {guide.Title} application</a></div>\n");
        SectionEnd(html);
    }

    private static void Sources(HtmlBuilder html, Guide guide)
    {
        SectionStart(html, "sources", "Sources and data dates");
        html.Append($"<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Sources table\"><table class=\"sources\"><thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Source</th><th scope=\"col\">As of</th></tr></thead><tbody>\n");
        foreach (var s in guide.Sources)
        {
            html.Append($"<tr><td>{s.Section}</td><td>");
            if (s.Url is { } url && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)))
                html.Append($"<a href=\"{url}\" rel=\"noopener\">{s.Source}</a>");
            else
                html.Append($"{s.Source}");
            html.Append($"</td><td>{s.AsOf}</td></tr>\n");
        }
        html.Append($"</tbody></table></div>\n");
        AboutThisData(html, guide);
        SectionEnd(html);
    }

    /// <summary>Notes about the data behind the guide, in plain words, kept at the foot of the page.</summary>
    private static void AboutThisData(HtmlBuilder html, Guide guide)
    {
        if (guide.Industries.Count > 0 || guide.IndustriesNote is not { } note) return;
        html.Append($"<aside class=\"about-data\" aria-labelledby=\"about-data-h\"><h3 id=\"about-data-h\">About this data</h3>\n<ul><li>{note}</li></ul></aside>\n");
    }
}
