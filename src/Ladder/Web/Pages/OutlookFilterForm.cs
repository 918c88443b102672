using Ladder.Catalog;
using Ladder.Outlook;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>
/// The sort and filter controls of the domain and search pages: a plain GET form, so it works without
/// JavaScript. The static export has no server to filter, so it shows no form there.
/// </summary>
public static class OutlookFilterForm
{
    public static void Write(HtmlBuilder html, PageContext ctx, string action, RoleOutlookFilter filter, string? query = null)
    {
        if (ctx.IsStatic) return;
        html.Append($"<form class=\"filters\" action=\"{action}\" method=\"get\">\n");
        if (query is not null) html.Append($"<input type=\"hidden\" name=\"q\" value=\"{query}\">\n");
        Select(html, "f-outlook", "outlook", $"Outlook {ctx.Data.Catalog.Outlook.ProjectionsRelease ?? Ladder.Outlook.OutlookSources.ProjectionsRelease}", RoleOutlookFilter.Outlooks, filter.Outlook);
        Select(html, "f-education", "education", "Entry education", EntryVocabulary.Education.Select(e => (EntryVocabulary.EducationKey(e), e)).ToList(), filter.Education);
        Select(html, "f-sort", "sort", "Sort by", RoleOutlookFilter.Sorts, filter.Sort, anyLabel: "Default order");
        html.Append($"<button type=\"submit\">Apply</button>\n</form>\n");
    }

    private static void Select(HtmlBuilder html, string id, string name, string label, IReadOnlyList<(string Key, string Label)> options, string? selected, string anyLabel = "Any")
    {
        html.Append($"<span class=\"filter\"><label for=\"{id}\">{label}</label> <select id=\"{id}\" name=\"{name}\"><option value=\"\">{anyLabel}</option>");
        foreach (var (key, text) in options)
        {
            if (key == selected) html.Append($"<option value=\"{key}\" selected>{text}</option>");
            else html.Append($"<option value=\"{key}\">{text}</option>");
        }
        html.Append($"</select></span>\n");
    }

    public static string Citation(PageContext ctx) =>
        $"Outlook and entry education: {OutlookSources.Projections(ctx.Data.Catalog.Outlook.ProjectionsRelease ?? OutlookSources.ProjectionsRelease)}, for each role's primary occupation.";

    /// <summary>A role item with its outlook next to its pay, for filtered lists.</summary>
    public static void Item(HtmlBuilder html, PageContext ctx, Role role, string? matched)
    {
        var facts = RoleOutlookFacts.For(ctx.Data.Catalog, role);
        var pay = role.MedianPayText;
        var growth = facts.ChangePercent is { } c ? $"growth {Guides.OutlookFormat.Signed(c)} ({facts.Verdict.ToLowerInvariant()})" : "growth not available";
        html.Append($"<li><a href=\"{ctx.Links.Career(role.Slug)}\">{role.Title}</a>");
        if (matched is not null && !string.Equals(matched, role.Title, StringComparison.OrdinalIgnoreCase))
            html.Append($" <span class=\"muted\">(also called {matched})</span>");
        // Growth and entry from a broader BLS row say so on the same line.
        var whose = facts.FiguresFor is { } g && (facts.ChangePercent is not null || facts.Education is not null) ? $" (BLS figures for {g})" : "";
        html.Append($"<span class=\"meta\">{role.Domain} · median {pay} · {growth} · entry: {facts.Education ?? "not available"}{whose}</span></li>\n");
    }
}
