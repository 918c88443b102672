using Ladder.Web.Site;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ladder.Web.Hosting;

/// <summary>Marks an endpoint whose response depends only on the catalog and the URL.</summary>
public sealed class CatalogDataMetadata
{
    public static CatalogDataMetadata Instance { get; } = new();
}

/// <summary>
/// ETag, Cache-Control and the data-attribution header for catalog data. The catalog never changes while the
/// process runs, so one tag per catalog and build is a valid validator for every such URL.
/// </summary>
public sealed class CatalogHeaders(SiteData data, IOptions<SiteOptions> options)
{
    private readonly string _etag = $"W/\"{data.CatalogTag}\"";
    private readonly string _cacheControl = $"public, max-age={options.Value.CacheSeconds}";
    private readonly string _attribution = data.Catalog.Info.AttributionHeader;

    /// <summary>Sets the headers; returns true when the client's If-None-Match already holds the tag and a 304 was set.</summary>
    public bool Apply(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ETag = _etag;
        headers.CacheControl = _cacheControl;
        headers["X-Data-Attribution"] = _attribution;
        headers.Vary = HeaderNames.AcceptEncoding;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0) return false;
        var value = ifNoneMatch.ToString();
        if (!value.Contains(data.CatalogTag, StringComparison.Ordinal) && value.Trim() != "*") return false;
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }
}

/// <summary>Applies <see cref="CatalogHeaders"/> to GET and HEAD requests of catalog endpoints; a match gets 304 without rendering anything.</summary>
public sealed class CatalogCaching(RequestDelegate next, CatalogHeaders headers)
{
    public Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<CatalogDataMetadata>() is null || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            return next(http);
        return headers.Apply(http) ? Task.CompletedTask : next(http);
    }
}
