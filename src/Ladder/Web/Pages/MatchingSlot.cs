using System.Globalization;
using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Matching;

namespace Ladder.Web.Pages;

/// <summary>The matching engine's results on the transition and gap pages: score, verdict, what carries over, what to learn.</summary>
public static partial class MatchingSlot
{
    private static string N0(double v) => v.ToString("0", CultureInfo.InvariantCulture);

    private static string N1(double? v) => v is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static void WriteTransition(HtmlBuilder html, PageContext ctx, Transition t)
    {
        html.Append($"""
            <div class="score-slot" role="group" aria-label="What the move gives and takes">
            <p class="score-line"><strong class="verdict">{t.Move.Headline}</strong></p>
            <p>{t.Move.Because}</p>
            <p class="src">A step up pays 10% or more above the median of {t.From.Title}, or as much with faster projected growth; skills from O*NET ratings of both occupations; pay from BLS OEWS {ctx.Data.Catalog.Info.OewsRelease} medians (method: docs/matching.md in the Ladder repository). Data: {ctx.Data.Catalog.Info.OnetSource}, {ctx.Data.Catalog.Info.OnetAsOf}.</p>
            </div>

            """);
        html.Append($"<div class=\"columns two\">\n<div><h2>Skills you keep</h2><ul class=\"pros\">");
        foreach (var s in t.SharedSkills.Take(10)) html.Append($"<li>{s.Label}</li>");
        foreach (var name in t.SharedTechnologies.Take(8)) html.Append($"<li>{name}</li>");
        if (t.SharedSkills.Count + t.SharedTechnologies.Count == 0) html.Append($"<li class=\"muted\">No shared key skills or technologies.</li>");
        html.Append($"</ul></div>\n<div><h2>To learn, most important first</h2><ol class=\"cons\">");
        foreach (var s in t.MissingSkills.Take(10))
            html.Append($"<li>{s.Label} <span class=\"muted\">(importance {N1(s.Importance)} of 5; level {N1(s.FromLevel)} → {N1(s.ToLevel)} of 7)</span></li>");
        foreach (var name in t.MissingTechnologies.Take(8)) html.Append($"<li>{name} <span class=\"muted\">(technology)</span></li>");
        if (t.MissingSkills.Count + t.MissingTechnologies.Count == 0) html.Append($"<li class=\"muted\">Nothing important is missing.</li>");
        html.Append($"</ol></div>\n</div>\n");
        CredentialsInTheWay(html, t.To.Title, t.CredentialsNeeded);
        html.Append($"<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Pay at each level table\"><table class=\"data\"><caption>Pay at each level (midpoint of each level's range)</caption><thead><tr><th scope=\"col\">Level</th><th scope=\"col\">{t.From.Title}</th><th scope=\"col\">{t.To.Title}</th><th scope=\"col\">Change</th></tr></thead><tbody>");
        foreach (var l in t.Pay.Levels)
            html.Append($"<tr><th scope=\"row\">{l.Level}</th><td>{Layout.Money(l.FromMidpoint)}</td><td>{Layout.Money(l.ToMidpoint)}</td><td>{Change(l.Change)}</td></tr>");
        html.Append($"</tbody></table></div>\n<p class=\"src\">Level pay is each guide's Ladder estimate from BLS OEWS {ctx.Data.Catalog.Info.OewsRelease} percentiles (or a cited curated figure); see each guide for its method.</p>\n");
    }

    public static void WriteGap(HtmlBuilder html, PageContext ctx, GapReport r)
    {
        html.Append($"""
            <div class="score-slot" role="group" aria-label="Match">
            <p class="score-line"><span class="score-big">{N0(r.MatchPercent)}%</span> <strong class="verdict">match</strong> <span class="muted">({r.Overlap})</span></p>
            <p class="src">Importance-weighted share of the role's key skills and technologies that you have (method: docs/matching.md). Data: {ctx.Data.Catalog.Info.OnetSource}, {ctx.Data.Catalog.Info.OnetAsOf}.</p>
            </div>

            """);
        if (r.Note is not null) html.Append($"<p class=\"notice\">{r.Note}</p>\n");
        if (r.Recognized.Count > 0)
        {
            html.Append($"<p class=\"muted\">Read from what you gave us: ");
            var first = true;
            foreach (var hit in r.Recognized.DistinctBy(h => h.Canonical).Take(30))
            {
                if (!first) html.Append($", ");
                first = false;
                if (hit.Text == hit.Canonical) html.Append($"{hit.Canonical}");
                else html.Append($"“{hit.Text}” → {hit.Canonical}");
            }
            html.Append($"</p>\n");
        }
        if (r.Unrecognized.Count > 0) html.Append($"<p class=\"muted\">Not recognised: {string.Join(", ", r.Unrecognized)}</p>\n");
        html.Append($"<div class=\"columns two\">\n<div><h3>You have</h3><ul class=\"pros\">");
        foreach (var m in r.Matched) html.Append($"<li>{m.Name}</li>");
        if (r.Matched.Count == 0) html.Append($"<li class=\"muted\">None of the key skills yet.</li>");
        html.Append($"</ul></div>\n<div><h3>Missing</h3><ul class=\"cons\">");
        foreach (var m in r.Missing) html.Append($"<li>{m.Name}</li>");
        if (r.Missing.Count == 0) html.Append($"<li class=\"muted\">Nothing: you cover every key skill.</li>");
        html.Append($"</ul></div>\n</div>\n");
        CredentialsInTheWay(html, r.Target.Title, r.CredentialsNeeded);
        html.Append($"<h3>Your learning plan</h3>\n<ol class=\"roadmap\">");
        foreach (var s in r.LearningPlan) html.Append($"<li><strong>{s.Name}</strong> <span class=\"muted\">({s.Stage}: {s.Why})</span></li>");
        html.Append($"</ol>\n<h3>Roles you are already closest to</h3>\n<ol>");
        foreach (var c in r.ClosestRoles)
            html.Append($"<li><a href=\"{ctx.Links.Career(c.Role.Slug)}\">{c.Role.Title}</a> <span class=\"muted\">{N0(c.MatchPercent)}% match</span></li>");
        html.Append($"</ol>\n");
    }

    private static string Change(decimal? d) =>
        d is { } v ? (v >= 0 ? "+" : "−") + Ladder.Occupations.WageValue.FormatMoney(Math.Abs(v)) : "not available";
}
