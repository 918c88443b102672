using System.Security;
using System.Text;

namespace Ladder.Web.Site;

/// <summary>sitemap.xml (home, domains, every guide and its pay-by-state page) and robots.txt.</summary>
public static class Sitemap
{
    public static IEnumerable<string> Paths(SiteData data) =>
        new[] { "", "domains" }
            .Concat(data.Catalog.Domains.Select(d => "domains/" + d.Slug))
            .Concat(data.Catalog.Roles.SelectMany(r => new[] { "careers/" + r.Slug, "careers/" + r.Slug + "/states" }));

    /// <param name="root">Absolute site root ending in "/".</param>
    public static string Write(SiteData data, string root, bool directoryStyle)
    {
        var lastModified = data.Catalog.Info.ImportedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder(256 * 1024);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in Paths(data))
        {
            var url = root + path + (directoryStyle && path.Length > 0 ? "/" : "");
            sb.Append("<url><loc>").Append(SecurityElement.Escape(url)).Append("</loc><lastmod>").Append(lastModified).Append("</lastmod></url>\n");
        }
        sb.Append("</urlset>\n");
        return sb.ToString();
    }

    public static string Robots(string root) =>
        $"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /apply\nSitemap: {root}sitemap.xml\n";
}
