using Microsoft.Extensions.Primitives;

namespace Ladder.Web.Hosting;

/// <summary>
/// The security headers of every response, defined once: the server sets them in <see cref="SecurityHeadersMiddleware"/>
/// (before the cached-page shortcut, so it covers everything), and the static export writes the same values into its
/// <c>_headers</c> file and sample nginx and Caddy configurations.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Pages load their script, stylesheet and icon from the site itself and fetch only the site's own API or search index.
    /// Inline styles stay allowed because charts size their bars with <c>style="width:…"</c> and the apply form carries its
    /// own style block; no inline script runs (the JSON-LD block is data, which CSP does not execute).
    /// </summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>JSON is never a document to render: nothing may load from it, and no page may frame it.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The headers every response carries, whatever its content.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Common { get; } =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "same-origin"),
        new("X-Frame-Options", "DENY"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];

    /// <summary>Every header of a page (HTML, assets, sitemap), CSP first.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForPages { get; } = [new("Content-Security-Policy", PagePolicy), .. Common];

    /// <summary>Every header of an API response (<c>/api</c>, <c>/openapi</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForApi { get; } = [new("Content-Security-Policy", ApiPolicy), .. Common];

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");

    private static readonly (string Name, StringValues Value)[] PageValues = ForPages.Select(h => (h.Key, new StringValues(h.Value))).ToArray();
    private static readonly (string Name, StringValues Value)[] ApiValues = ForApi.Select(h => (h.Key, new StringValues(h.Value))).ToArray();

    /// <summary>Sets (or resets, after an error handler cleared the response) the headers that suit the request's path.</summary>
    public static void Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        foreach (var (name, value) in IsApi(http.Request.Path) ? ApiValues : PageValues) headers[name] = value;
    }
}

/// <summary>
/// The outermost middleware: sets <see cref="SecurityHeaders"/> before anything else runs, so the cached-page shortcut,
/// the pages, the API, redirects and error responses all carry them. Headers are set up front rather than in an
/// <c>OnStarting</c> callback, which would cost an allocation on every cached page.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        SecurityHeaders.Apply(http);
        return next(http);
    }
}
