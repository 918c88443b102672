using Microsoft.Extensions.Options;

namespace Ladder.Web.Hosting;

/// <summary>
/// Turns hostile or oversized requests away before they reach a page: long query strings,
/// path traversal, control characters, oversized bodies. Every refusal is a 4xx with a body.
/// </summary>
public sealed class RequestGuard(RequestDelegate next, IOptions<SiteOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var o = options.Value;
        if (http.Request.QueryString.Value is { } query && query.Length > o.MaxQueryStringLength)
        {
            await ErrorResponses.WriteAsync(http, StatusCodes.Status414UriTooLong, $"The query string is longer than {o.MaxQueryStringLength} characters.");
            return;
        }
        var target = ErrorResponses.RawTarget(http);
        var path = target.Split('?', 2)[0];
        if (path.Contains("..", StringComparison.Ordinal) || path.Contains("%2e%2e", StringComparison.OrdinalIgnoreCase) ||
            path.Contains('\\') || path.Contains("%5c", StringComparison.OrdinalIgnoreCase) || path.Contains("%00", StringComparison.Ordinal) ||
            (http.Request.Path.Value ?? "").Any(char.IsControl))
        {
            await ErrorResponses.WriteAsync(http, StatusCodes.Status400BadRequest, "The path contains characters or segments that are not allowed.");
            return;
        }
        if (http.Request.ContentLength is { } length && length > o.MaxBodyBytes)
        {
            await ErrorResponses.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {o.MaxBodyBytes:#,0} bytes.");
            return;
        }
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max)
            max.MaxRequestBodySize = o.MaxBodyBytes;
        await next(http);
    }
}
