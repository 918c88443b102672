using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Pages;

/// <summary>A friendly page for browser routes that fail: unknown role, bad request.</summary>
public static class ErrorPage
{
    public static HtmlBuilder Render(PageContext ctx, int status, string title, string detail, string? suggestionsFor = null)
    {
        var meta = new PageMeta { Title = title, Description = detail, Path = "404", NoIndex = true, HasCanonical = false };
        return Layout.Render(ctx, meta, html =>
        {
            html.Append($"<div class=\"error-page\">\n<p class=\"eyebrow\">Error {status}</p>\n<h1>{title}</h1>\n<p class=\"lede\">{detail}</p>\n");
            if (suggestionsFor is { Length: > 0 } text)
            {
                var hits = ctx.Data.Search.Find(text.Replace('-', ' '), 5).Matches;
                if (hits.Count > 0)
                {
                    html.Append($"<h2>Did you mean</h2>\n<ul class=\"role-list\">\n");
                    foreach (var hit in hits) RoleList.Item(html, ctx, hit.Role, null);
                    html.Append($"</ul>\n");
                }
            }
            RoleList.SearchForm(html, ctx, null, "error-q", large: false);
            html.Append($"<p><a href=\"{ctx.Links.Home}\">Go to the home page</a> or <a href=\"{ctx.Links.Domains}\">browse all domains</a>.</p>\n</div>\n");
        });
    }
}
