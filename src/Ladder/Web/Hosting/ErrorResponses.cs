using Ladder.Web.Pages;
using Ladder.Web.Site;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Ladder.Web.Hosting;

/// <summary>Every error a client sees: a friendly HTML page for a browser route, ProblemDetails for everything else.</summary>
public static class ErrorResponses
{
    public static bool WantsHtml(HttpContext http) =>
        !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/openapi") &&
        http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext http, int status, string? detail = null)
    {
        var title = ReasonPhrases.GetReasonPhrase(status);
        detail ??= status switch
        {
            404 => "There is no page or resource at this address.",
            405 => "This address does not accept that method.",
            _ => title,
        };
        http.Response.StatusCode = status;
        if (WantsHtml(http) && http.RequestServices.GetService<SiteData>() is { } data)
        {
            var ctx = SitePages.Context(http, data);
            var page = ErrorPage.Render(ctx, status, status == 404 ? "Page not found" : title, detail);
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(page.ToString());
            return;
        }
        // ProblemHttpResult falls back to writing JSON itself when the client's Accept header rules out the registered writers.
        await TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);
    }

    /// <summary>Fills bodiless error responses (unknown routes, bad route values, wrong methods).</summary>
    public static Task StatusCodePage(StatusCodeContext context) =>
        WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode);

    public static IResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status));

    internal static string RawTarget(HttpContext http) =>
        http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
}
