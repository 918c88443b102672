using Ladder.Web.Html;
using Ladder.Guides;

namespace Ladder.Web.Site;

/// <summary>The page shell: head (meta, canonical, Open Graph, JSON-LD), header, breadcrumbs, footer with attribution.</summary>
public static class Layout
{
    public static HtmlBuilder Render(PageContext ctx, PageMeta meta, Action<HtmlBuilder> body)
    {
        var html = new HtmlBuilder();
        var links = ctx.Links;
        var title = meta.Path.Length == 0 ? meta.Title : meta.Title + " · Ladder";
        var canonical = ctx.Canonical(meta.Path);
        html.Append($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <meta name="description" content="{meta.Description}">
            <meta property="og:type" content="{meta.OpenGraphType}">
            <meta property="og:title" content="{meta.Title}">
            <meta property="og:description" content="{meta.Description}">
            <meta property="og:url" content="{canonical}">
            <meta property="og:site_name" content="Ladder">
            <meta name="color-scheme" content="light dark">

            """);
        if (meta.HasCanonical) html.Append($"<link rel=\"canonical\" href=\"{canonical}\">\n");
        if (meta.NoIndex) html.Append($"<meta name=\"robots\" content=\"noindex\">\n");
        html.Append($"""
            <link rel="stylesheet" href="{links.Asset("site.css")}">
            <link rel="icon" href="{links.Asset("icon.svg")}" type="image/svg+xml">
            <script src="{links.Asset("site.js")}" defer></script>

            """);
        if (meta.JsonLd is { } jsonLd) html.Append($"<script type=\"application/ld+json\">{new HtmlString(jsonLd)}</script>\n");
        html.Append($"""
            </head>
            <body data-root="{links.Root}" data-search="{(ctx.IsStatic ? "static" : "api")}"{SearchAttributes(ctx)}>
            <a class="skip-link" href="#main">Skip to main content</a>
            <header class="site-header">
            <nav class="wrap nav" aria-label="Main">
            <a class="brand" href="{links.Home}"><svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24"><path d="M6 2v20M18 2v20M6 6h12M6 12h12M6 18h12" stroke="currentColor" stroke-width="2.5" fill="none" stroke-linecap="round"/></svg> Ladder</a>
            <ul>
            <li><a href="{links.Discover}">Find careers</a></li>
            <li><a href="{links.Domains}">Domains</a></li>
            <li><a href="{links.Search}">Search</a></li>
            <li><a href="{links.Gap}">Skill gap</a></li>
            <li><a class="nav-cta" href="{links.Apply}">Apply</a></li>
            </ul>
            </nav>
            </header>
            <main id="main" class="wrap" tabindex="-1">

            """);
        if (meta.Breadcrumbs.Count > 0)
        {
            html.Append($"<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><ol>");
            foreach (var crumb in meta.Breadcrumbs)
            {
                if (crumb.Href is { } href) html.Append($"<li><a href=\"{href}\">{crumb.Name}</a></li>");
                else html.Append($"<li><span aria-current=\"page\">{crumb.Name}</span></li>");
            }
            html.Append($"</ol></nav>\n");
        }
        body(html);
        var info = ctx.Data.Catalog.Info;
        html.Append($"""

            </main>
            <footer class="site-footer">
            <div class="wrap">
            <p><strong>Data as of:</strong> {info.DataAsOf}. Catalog built {info.ImportedAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.</p>
            <p>{info.OnetAttribution} <a href="{GuideComposer.OnetUrl}">O*NET Resource Center</a>.</p>
            <p>{info.BlsCitation} <a href="{GuideComposer.BlsUrl}">bls.gov/oes</a>.</p>
            <p class="muted">Pay by level and years of experience are Ladder estimates; each guide states its method. Ladder is not affiliated with USDOL/ETA or BLS.</p>
            </div>
            </footer>
            </body>
            </html>

            """);
        return html;
    }

    public static HtmlString Money(decimal? amount) =>
        new(amount is { } a ? HtmlEncoding.Encode(Ladder.Occupations.WageValue.FormatMoney(a)) : "not available");

    // The static site's search runs in the browser: site.js loads its code and model from these hashed names.
    private static HtmlString SearchAttributes(PageContext ctx)
    {
        if (ctx.Search is not { } search) return new HtmlString("");
        // Sized for three asset paths: the default 16 KB builder, made for every page of a build, was 600 MB of garbage.
        var html = new HtmlBuilder(256);
        html.Append($" data-search-code=\"{ctx.Links.Asset(search.Code)}\" data-search-model=\"{ctx.Links.Asset(search.Model)}\" data-search-titles=\"{ctx.Links.Asset(search.Titles)}\"");
        return new HtmlString(html.ToString());
    }
}
