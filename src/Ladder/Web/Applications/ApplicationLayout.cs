using Ladder.Web.Hosting;
using Ladder.Web.Html;
using Ladder.Web.Site;

namespace Ladder.Web.Applications;

/// <summary>
/// Answers the applications pages with the site's own layout (<see cref="Layout"/>, through the page renderers),
/// never cached, since they can hold someone's details.
/// </summary>
internal static class ApplicationLayout
{
    /// <summary>The page context every applications page renders with: the served site's links and data.</summary>
    public static PageContext Context(HttpContext context) =>
        SitePages.Context(context, context.RequestServices.GetRequiredService<SiteData>());

    public static IResult Result(HtmlBuilder page, int statusCode = StatusCodes.Status200OK) => new HtmlPage(page, statusCode);

    private sealed class HtmlPage(HtmlBuilder page, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            // CSP, nosniff and framing rules come from SecurityHeaders, like every other response.
            context.Response.Headers.CacheControl = "no-store";
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = "text/html; charset=utf-8";
            var bytes = page.ToUtf8();
            return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
        }
    }
}
