using Ladder.Cli.Web.Site;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ladder.Cli.Web.Hosting;

/// <summary>Marks an endpoint whose response depends only on the catalog and the URL.</summary>
public sealed class CatalogDataMetadata
{
    public static CatalogDataMetadata Instance { get; } = new();
}

/// <summary>
/// ETag, Cache-Control and the data-attribution header for catalog data. The catalog never changes while
/// the process runs, so one tag per catalog and build is a valid validator for every such URL; a matching
/// If-None-Match gets 304 without rendering anything.
/// </summary>
public sealed class CatalogCaching(RequestDelegate next, SiteData data, IOptions<SiteOptions> options)
{
    private readonly string _etag = $"W/\"{data.CatalogTag}\"";

    public Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<CatalogDataMetadata>() is null || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            return next(http);
        var headers = http.Response.Headers;
        headers.ETag = _etag;
        headers.CacheControl = $"public, max-age={options.Value.CacheSeconds}";
        headers["X-Data-Attribution"] = data.AttributionHeader;
        headers.Vary = HeaderNames.AcceptEncoding;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && (ifNoneMatch.Contains(data.CatalogTag, StringComparison.Ordinal) || ifNoneMatch.Trim() == "*"))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        return next(http);
    }
}
