using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary><c>/search?q=</c>. In the static export the results are filled in by the client-side search.</summary>
public static class SearchPage
{
    public static HtmlBuilder Render(PageContext ctx, string? query, Ladder.Catalog.RoleOutlookFilter? filter = null)
    {
        filter ??= Ladder.Catalog.RoleOutlookFilter.From(null, null, null);
        var q = query?.Trim() ?? "";
        var meta = new PageMeta
        {
            Title = q.Length > 0 ? $"Search: {q}" : "Search careers",
            Description = "Search every career guide by job title or alternate title.",
            Path = "search",
            NoIndex = q.Length > 0,
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Search")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>Search careers</h1>\n");
            RoleList.SearchForm(html, ctx, q, "search-q", large: false);
            if (ctx.IsStatic)
            {
                html.Append($"<div id=\"search-results\" data-static-results aria-live=\"polite\"><noscript><p>Searching needs JavaScript on this copy of the site. Browse <a href=\"{ctx.Links.Domains}\">all domains</a> instead.</p></noscript></div>\n");
                return;
            }
            html.Append($"<div id=\"search-results\" aria-live=\"polite\">\n");
            if (q.Length == 0)
            {
                html.Append($"<p>Type a job title, such as <a href=\"{ctx.Links.SearchFor("data scientist")}\">data scientist</a> or <a href=\"{ctx.Links.SearchFor("welder")}\">welder</a>, or browse <a href=\"{ctx.Links.Domains}\">all domains</a>.</p>\n</div>\n");
                return;
            }
            OutlookFilterForm.Write(html, ctx, ctx.Links.Search, filter, q);
            // The role `ladder guide`, the gap check and the API would open for the same words.
            if (ctx.Data.Engine.Resolve(q) is Ladder.Catalog.Resolution.Found best)
                html.Append($"<p class=\"best-match\">Best match: <a href=\"{ctx.Links.Career(best.Role.Slug)}\" data-best-match=\"{best.Role.Slug}\">{best.Role.Title}</a></p>\n");
            var hits = ctx.Data.Search.Find(q, 25).Matches;
            if (!filter.IsEmpty)
            {
                var roles = filter.Apply(ctx.Data.Catalog, hits.Select(h => h.Role)).ToList();
                var matched = hits.ToDictionary(h => h.Role.Slug, h => h.MatchedTitle);
                html.Append($"<p>{roles.Count} of {hits.Count} results for “{q}” match the filters.</p>\n<ul class=\"role-list\">\n");
                foreach (var role in roles) OutlookFilterForm.Item(html, ctx, role, matched[role.Slug]);
                html.Append($"</ul>\n<p class=\"src\">{OutlookFilterForm.Citation(ctx)}</p>\n</div>\n");
                return;
            }
            if (hits.Count == 0)
            {
                html.Append($"<p>No role matches “{q}”. Try a shorter or more common title, or browse <a href=\"{ctx.Links.Domains}\">all domains</a>.</p>\n</div>\n");
                return;
            }
            html.Append($"<p>{hits.Count} result{(hits.Count == 1 ? "" : "s")} for “{q}”.</p>\n<ul class=\"role-list\">\n");
            foreach (var hit in hits) RoleList.Item(html, ctx, hit.Role, hit.MatchedTitle);
            html.Append($"</ul>\n</div>\n");
        });
    }
}
