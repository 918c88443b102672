using Ladder.Catalog;
using Ladder.Outlook;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary><c>/domains</c> and <c>/domains/{slug}</c>.</summary>
public static class DomainPages
{
    public static HtmlBuilder Index(PageContext ctx)
    {
        var catalog = ctx.Data.Catalog;
        var meta = new PageMeta
        {
            Title = "Career domains",
            Description = $"All {catalog.Domains.Count} career domains in Ladder, from Data & AI to Construction, with every role and its median pay.",
            Path = "domains",
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Domains")],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>Career domains</h1>\n<p class=\"lede\">Every role belongs to one domain: from its curated file, or from Ladder's mapping of SOC occupation groups.</p>\n");
            html.Append($"<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Domains table\"><table><thead><tr><th scope=\"col\">Domain</th><th scope=\"col\" class=\"num\">Roles</th><th scope=\"col\" class=\"num\">Curated</th><th scope=\"col\" class=\"num\">O*NET occupations</th></tr></thead><tbody>\n");
            foreach (var d in catalog.Domains)
                html.Append($"<tr><th scope=\"row\"><a href=\"{ctx.Links.Domain(d.Slug)}\">{d.Name}</a></th><td class=\"num\">{d.Roles}</td><td class=\"num\">{d.CuratedRoles}</td><td class=\"num\">{d.Occupations}</td></tr>\n");
            html.Append($"</tbody></table></div>\n");
        });
    }

    public static HtmlBuilder Domain(PageContext ctx, DomainInfo domain, RoleOutlookFilter? filter = null)
    {
        var roles = ctx.Data.RolesIn(domain).ToList();
        var meta = new PageMeta
        {
            Title = $"{domain.Name} careers",
            Description = $"{roles.Count} {domain.Name} careers with median pay, skills and how to get in.",
            Path = "domains/" + domain.Slug,
            Breadcrumbs = [new("Home", ctx.Links.Home), new("Domains", ctx.Links.Domains), new(domain.Name)],
        };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<h1>{domain.Name} careers</h1>\n<p class=\"lede\">{roles.Count} roles: {Count(domain.CuratedRoles, "curated market role")} and {Count(domain.Occupations, "O*NET occupation")}.</p>\n");
            OutlookFilterForm.Write(html, ctx, ctx.Links.Domain(domain.Slug), filter ?? RoleOutlookFilter.From(null, null, null));
            if (filter is { IsEmpty: false }) { FilteredDomain(html, ctx, roles, filter); return; }
            var curated = roles.Where(r => r.IsCurated).ToList();
            if (curated.Count > 0)
            {
                html.Append($"<h2>Curated roles</h2>\n");
                RoleList.Write(html, ctx, curated);
            }
            html.Append($"<h2>O*NET occupations</h2>\n");
            RoleList.Write(html, ctx, roles.Where(r => !r.IsCurated));
            html.Append($"<p class=\"src\">Median pay: curated figure with its cited source where given, else BLS OEWS {ctx.Data.Catalog.Info.OewsRelease} for the primary SOC code.</p>\n");
        });
    }

    private static void FilteredDomain(HtmlBuilder html, PageContext ctx, List<Role> roles, RoleOutlookFilter filter)
    {
        var matching = filter.Apply(ctx.Data.Catalog, roles).ToList();
        html.Append($"<h2>{matching.Count} of {roles.Count} roles</h2>\n<ul class=\"role-list\">\n");
        foreach (var role in matching) OutlookFilterForm.Item(html, ctx, role, null);
        html.Append($"</ul>\n<p class=\"src\">{OutlookFilterForm.Citation(ctx)}</p>\n");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
