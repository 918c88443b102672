using System.Net;

namespace Ladder.Cli.Applications;

/// <summary>
/// A complete, self-contained page around an applications body. One function, so the shared site layout can
/// replace it without touching the pages that call it.
/// </summary>
internal static class ApplicationLayout
{
    /// <summary><paramref name="bodyHtml"/> must already be encoded; <paramref name="title"/> is encoded here.</summary>
    public static string Page(string title, string bodyHtml) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{WebUtility.HtmlEncode(title)}} · Ladder</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a}
        a{color:#0b57d0}
        label{display:block;font-weight:600;margin-top:1rem}
        .hint{font-weight:400;color:#555;font-size:.9rem}
        input[type=text],input[type=email],input[type=number],textarea{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #767676;border-radius:4px}
        input:focus,textarea:focus,button:focus,a:focus{outline:3px solid #f5b400;outline-offset:1px}
        .consent{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
        .error{color:#b00020;font-weight:600;margin:.25rem 0 0}
        [aria-invalid=true]{border-color:#b00020!important;border-width:2px!important}
        .summary{border:3px solid #b00020;padding:0 1rem;margin:1rem 0}
        .trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
        button{margin-top:1.5rem;padding:.6rem 1.4rem;font:inherit;font-weight:600;background:#0b57d0;color:#fff;border:0;border-radius:4px;cursor:pointer}
        .reference{font-size:1.6rem;font-weight:700;letter-spacing:.05em}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}
        td.message{white-space:pre-wrap;max-width:24rem}
        </style>
        </head>
        <body>
        <header><a href="/">Ladder</a></header>
        <main id="main">
        {{bodyHtml}}
        </main>
        </body>
        </html>
        """;

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>Writes a page with headers that keep it from being framed, sniffed or cached with someone's data.</summary>
    public static IResult Result(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK) =>
        new HtmlPage(title, bodyHtml, statusCode);

    /// <summary>The form's own styles; the honeypot must stay hidden whichever layout wraps it.</summary>
    private const string FormStyles = """
        <style>
        .apply-form .hint{font-weight:400;opacity:.8;font-size:.9rem}
        .apply-form label{display:block;font-weight:600;margin-top:1rem}
        .apply-form input[type=text],.apply-form input[type=email],.apply-form input[type=number],.apply-form textarea{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #767676;border-radius:4px}
        .apply-form .consent{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
        .apply-form .error{color:#b00020;font-weight:600;margin:.25rem 0 0}
        .apply-form [aria-invalid=true]{border-color:#b00020!important;border-width:2px!important}
        .apply-form .summary{border:3px solid #b00020;padding:0 1rem;margin:1rem 0}
        .trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
        .apply-form .reference{font-size:1.6rem;font-weight:700;letter-spacing:.05em}
        .apply-form table{border-collapse:collapse;width:100%;font-size:.9rem}
        .apply-form th,.apply-form td{border:1px solid #888;padding:.3rem;text-align:left;vertical-align:top}
        .apply-form td.message{white-space:pre-wrap;max-width:24rem}
        </style>
        """;

    private sealed class HtmlPage(string title, string bodyHtml, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            // Inside the full site the shared layout (header, footer, attribution) wraps the page.
            var data = context.RequestServices.GetService<Ladder.Web.Site.SiteData>();
            var html = data is null
                ? Page(title, bodyHtml)
                : Ladder.Web.Site.Layout.Render(Ladder.Web.Site.SitePages.Context(context, data), new Ladder.Web.Site.PageMeta
                {
                    Title = title,
                    Description = "Apply for your next role with Ladder.",
                    Path = "apply",
                    NoIndex = true,
                    Breadcrumbs = [new("Home", Ladder.Web.Site.SiteLinks.Served(context.Request.PathBase).Home), new(title)],
                }, b => b.Raw(new Ladder.Web.Html.HtmlString(FormStyles + "<div class=\"apply-form\">" + bodyHtml + "</div>"))).ToString();
            // CSP, nosniff and framing rules come from SecurityHeaders, like every other response.
            context.Response.Headers.CacheControl = "no-store";
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(html, context.RequestAborted);
        }
    }
}
