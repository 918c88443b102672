using Ladder.Catalog;
using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Occupations;

namespace Ladder.Web.Pages;

/// <summary>A list of role cards: title, domain, median pay with its source.</summary>
public static class RoleList
{
    public static void Write(HtmlBuilder html, PageContext ctx, IEnumerable<Role> roles, string? matchedTitle = null)
    {
        html.Append($"<ul class=\"role-list\">\n");
        foreach (var role in roles) Item(html, ctx, role, null);
        html.Append($"</ul>\n");
    }

    public static void Item(HtmlBuilder html, PageContext ctx, Role role, string? matched)
    {
        var pay = role.MedianPayText;
        html.Append($"<li><a href=\"{ctx.Links.Career(role.Slug)}\">{role.Title}</a>");
        if (matched is not null && !string.Equals(matched, role.Title, StringComparison.OrdinalIgnoreCase))
            html.Append($" <span class=\"muted\">(also called {matched})</span>");
        html.Append($"<span class=\"meta\">{role.Domain}{(role.IsCurated ? " · curated role" : " · " + role.Code)} · median {pay}</span></li>\n");
    }

    /// <summary>The search form with autocomplete; works as a plain GET form without JavaScript.</summary>
    public static void SearchForm(HtmlBuilder html, PageContext ctx, string? value, string id, bool large)
    {
        html.Append($"""
            <form class="search{(large ? " large" : "")}" role="search" action="{ctx.Links.Search}" method="get">
            <label for="{id}">Search a job title</label>
            <div class="combo">
            <input id="{id}" name="q" type="search" value="{value}" placeholder="e.g. ml engineer, nurse, electrician" autocomplete="off" maxlength="{Search.SiteSearch.MaxQueryLength}"
              role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="{id}-list" data-autocomplete>
            <ul id="{id}-list" role="listbox" class="suggestions" aria-label="Suggested roles" hidden></ul>
            <p id="{id}-status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></p>
            </div>
            <button type="submit">Search</button>
            </form>

            """);
    }
}
