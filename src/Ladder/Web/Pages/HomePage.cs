using Ladder.Web.Html;
using Ladder.Web.Site;
using System.Globalization;
using Ladder.Catalog;

namespace Ladder.Web.Pages;

/// <summary>The home page: search with autocomplete, "start from your job", popular roles by employment, domains.</summary>
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

            StartPage.Entry(html, ctx);
            PopularSection(html, ctx);

            html.Append($"<section aria-labelledby=\"domains-h\">\n<h2 id=\"domains-h\">Browse by domain</h2>\n<ul class=\"domain-grid\">\n");
            foreach (var d in catalog.Domains.OrderBy(d => d.Name, StringComparer.Ordinal))
                html.Append($"<li><a href=\"{ctx.Links.Domain(d.Slug)}\">{d.Name}</a> <span class=\"muted\">{d.Roles} roles</span></li>\n");
            html.Append($"</ul>\n</section>\n");

        });
    }

    /// <summary>" ($17.02 an hour)" for work usually paid by the hour: BLS's own hourly median.</summary>
    private static string Hourly(Role role, LadderCatalog catalog) =>
        role.Primary.Wages.Current is { } w && Ladder.Catalog.HourlyPay.IsUsuallyHourly(w, catalog.IsUsuallyHourlyWork(role.Primary.Code)) ? $" ({Ladder.Catalog.HourlyPay.Display(w.HourlyMedian)} an hour)" : "";

    /// <summary>Jobs many readers do, across fields, by employment (never by pay); the curated tech roles stay one click away.</summary>
    private static void PopularSection(HtmlBuilder html, PageContext ctx)
    {
        var catalog = ctx.Data.Catalog;
        html.Append($"<section aria-labelledby=\"popular-h\">\n<h2 id=\"popular-h\">Popular roles</h2>\n<ul class=\"cards\">\n");
        foreach (var role in PopularRoles.ByEmployment(catalog, count: 16))
        {
            var employed = PopularRoles.Employment(role).ToString("#,0", CultureInfo.InvariantCulture);
            html.Append($"<li class=\"card\"><a class=\"title\" href=\"{ctx.Links.Career(role.Slug)}\">{role.Title}</a><span class=\"muted\">{role.Domain}</span><span>{employed} employed · median {role.MedianPayText}{Hourly(role, ctx.Data.Catalog)}</span></li>\n");
        }
        html.Append($"</ul>\n<p class=\"src\">{PopularRoles.Method(catalog.Info)} Employment and median pay: BLS OEWS {catalog.Info.OewsRelease}, each role's SOC code.</p>\n");
        html.Append($"<details><summary>All {catalog.CuratedRoles.Count} curated technology roles</summary>\n");
        RoleList.Write(html, ctx, catalog.CuratedRoles.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase));
        html.Append($"</details>\n<p class=\"src\">Curated roles' median pay: the curated figure with its cited source, otherwise BLS OEWS {catalog.Info.OewsRelease} for the role's primary SOC code. Each guide shows the source.</p>\n</section>\n");
    }
}
