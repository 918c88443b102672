using Ladder.Web.Html;
using Ladder.Web.Site;
using Ladder.Occupations;

namespace Ladder.Web.Pages;

/// <summary>The home page: search with autocomplete, domains, popular (curated) roles.</summary>
public static class HomePage
{
    public static HtmlBuilder Render(PageContext ctx)
    {
        var catalog = ctx.Data.Catalog;
        var meta = new PageMeta
        {
            Title = "Ladder: how to get a job as anything, with real pay data",
            Description = $"Career guides for all {catalog.Occupations.Count:#,0} O*NET occupations and {catalog.CuratedRoles.Count} curated roles: pay at four levels from BLS data, skills, tools, roadmaps and how to break in.",
            Path = "",
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"""
                <section class="hero" aria-labelledby="hero-h">
                <h1 id="hero-h">How do I get a job as <em>X</em>, starting from where I am?</h1>
                <p class="lede">Free career guides for {catalog.Roles.Count:#,0} roles, built from the {catalog.Info.OnetRelease} database and BLS OEWS {catalog.Info.OewsRelease} wages: what the work is, pay at every level, the skills that matter and a step-by-step roadmap.</p>

                """);
            RoleList.SearchForm(html, ctx, null, "home-q", large: true);
            html.Append($"</section>\n");

            html.Append($"<section aria-labelledby=\"popular-h\">\n<h2 id=\"popular-h\">Popular roles</h2>\n<ul class=\"cards\">\n");
            foreach (var role in catalog.CuratedRoles.OrderByDescending(r => r.MedianPay ?? 0).Take(12))
            {
                var pay = role.MedianPay is { } m ? WageValue.FormatMoney(m) : "not available";
                html.Append($"<li class=\"card\"><a class=\"title\" href=\"{ctx.Links.Career(role.Slug)}\">{role.Title}</a><span class=\"muted\">{role.Domain}</span><span>Median {pay}</span></li>\n");
            }
            html.Append($"</ul>\n<details><summary>All {catalog.CuratedRoles.Count} curated roles</summary>\n");
            RoleList.Write(html, ctx, catalog.CuratedRoles.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase));
            html.Append($"</details>\n<p class=\"src\">Median pay: the curated figure with its cited source, otherwise BLS OEWS {catalog.Info.OewsRelease} for the role's primary SOC code. Each guide shows the source.</p>\n</section>\n");

            html.Append($"<section aria-labelledby=\"domains-h\">\n<h2 id=\"domains-h\">Browse by domain</h2>\n<ul class=\"domain-grid\">\n");
            foreach (var d in catalog.Domains.OrderByDescending(d => d.CuratedRoles).ThenBy(d => d.Name, StringComparer.Ordinal))
                html.Append($"<li><a href=\"{ctx.Links.Domain(d.Slug)}\">{d.Name}</a> <span class=\"muted\">{d.Roles} roles</span></li>\n");
            html.Append($"</ul>\n</section>\n");

            html.Append($"""
                <section class="how" aria-labelledby="how-h">
                <h2 id="how-h">Where do you start from?</h2>
                <p>Already have skills? <a href="{ctx.Links.Gap}">Check your skill gap</a> for a target role, or open any guide's "How to break in" section for the roles people move from.</p>
                </section>

                """);
        });
    }
}
