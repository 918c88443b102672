using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Ladder.Web.Hosting;
using Ladder.Web.Site;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Ladder.Tests.Web;

/// <summary>
/// A page's first request renders it through its endpoint; later ones are answered by the cached-page shortcut
/// before routing. Both must give the client the same thing.
/// </summary>
public sealed class CachedPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly string[] Compared = ["Content-Type", "ETag", "Cache-Control", "Vary", "X-Data-Attribution", "Content-Encoding", "Content-Length"];

    private async Task<(HttpResponseMessage Response, byte[] Body)> Get(string url, string? acceptEncoding = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        var response = await web.Client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static Dictionary<string, string> Headers(HttpResponseMessage r) =>
        r.Headers.Concat(r.Content.Headers)
            .Where(h => Compared.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("/domains/data-ai", null)]
    [InlineData("/careers/registered-nurses", "br")]
    [InlineData("/careers/web-developers", "gzip")]
    [InlineData("/", "gzip;q=0.5, br;q=0.9")]
    public async Task The_cached_answer_has_the_same_status_headers_and_body_as_the_first_render(string url, string? encoding)
    {
        var cache = web.App.Services.GetRequiredService<PageCache>();
        var before = cache.Count;
        var (first, firstBody) = await Get(url, encoding);
        var (second, secondBody) = await Get(url, encoding);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(Headers(first), Headers(second));
        Assert.Equal(firstBody, secondBody);
        Assert.True(cache.Count >= before, "the page is kept");
        Assert.True(cache.TryGet("http://localhost/" + url.TrimStart('/'), out _), "kept under its canonical root and path");
        Assert.Equal(firstBody.Length, (int)first.Content.Headers.ContentLength!.Value);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Compressed_forms_decompress_to_the_identity_page(string encoding)
    {
        const string url = "/careers/data-scientist";
        var (_, identity) = await Get(url);
        var (response, compressed) = await Get(url, encoding);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        Assert.True(compressed.Length < identity.Length / 2, $"{encoding} {compressed.Length} bytes vs {identity.Length}");
        using var input = new MemoryStream(compressed);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        Assert.Equal(identity, output.ToArray());
    }

    [Fact]
    public async Task A_cached_page_revalidates_to_304_and_a_query_string_still_reaches_the_endpoint()
    {
        const string url = "/careers/software-developers";
        var (first, _) = await Get(url);
        var etag = first.Headers.ETag!.ToString();
        var (revalidated, body) = await Get(url, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(body);
        Assert.Equal(etag, revalidated.Headers.ETag!.ToString());
        var (stale, _) = await Get(url, ifNoneMatch: "W/\"0000000000000000\"");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);

        // A query string skips the shortcut; an oversized one is still refused by the request guard.
        var (withQuery, _) = await Get(url + "?utm_source=test");
        Assert.Equal(HttpStatusCode.OK, withQuery.StatusCode);
        var (tooLong, _) = await Get(url + "?q=" + new string('x', 5000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLong.StatusCode);
    }

    [Fact]
    public async Task A_post_to_a_cached_page_is_not_answered_from_the_cache()
    {
        await Get("/careers/actuaries");
        var response = await web.Client.PostAsync("/careers/actuaries", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("example.org", "", "/careers/actuaries")]
    [InlineData("example.org:8080", "/jobs", "/")]
    [InlineData("xn--bcher-kva.example", "/a/b", "/domains/data-ai")]
    public void The_shortcut_key_is_the_key_the_endpoint_caches_under(string host, string pathBase, string path)
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = web.App.Services };
        http.Request.Scheme = "https";
        http.Request.Host = new Microsoft.AspNetCore.Http.HostString(host);
        http.Request.PathBase = pathBase;
        http.Request.Path = path;
        var options = web.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value;
        Span<char> buffer = stackalloc char[PageCache.MaxKeyLength];
        var length = PageCache.Key(http, options, buffer);
        Assert.Equal(PageCache.Key(http), new string(buffer[..length]));
        Assert.Equal($"https://{http.Request.Host.Value}{pathBase}/{path.TrimStart('/')}", PageCache.Key(http)); // Host.Value shows a punycode host in Unicode
        Assert.Equal(-1, PageCache.Key(http, options, stackalloc char[10]));
    }

    [Theory]
    [InlineData(null, ContentCoding.Identity)]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("gzip, deflate, br", ContentCoding.Brotli)]
    [InlineData("br;q=0.4, gzip;q=0.8", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0.5, br;q=0", ContentCoding.Gzip)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("BR ; Q=1", ContentCoding.Brotli)]
    [InlineData("br;q=abc, gzip", ContentCoding.Gzip)]
    [InlineData("deflate;q=1, x-gzip;q=0.2", ContentCoding.Gzip)]
    public void Accept_encoding_picks_the_highest_quality_coding(string? header, ContentCoding expected)
    {
        Assert.Equal(expected, AcceptEncoding.Choose(header is null ? StringValues.Empty : new StringValues(header)));
    }
}
