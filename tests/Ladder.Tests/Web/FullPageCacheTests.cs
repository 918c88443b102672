using System.IO.Compression;
using System.Net;
using Ladder.Web;
using Ladder.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ladder.Tests.Web;

/// <summary>
/// Once the page cache is full, a page it does not hold is rendered per request and compressed like any other
/// response instead of being made into a cached page: the reader gets the same page, headers and validators.
/// </summary>
public sealed class FullPageCacheTests(WebFixture web) : IClassFixture<WebFixture>, IAsyncLifetime
{
    private WebApplication _full = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _full = LadderWebApp.Build(new LadderWebOptions { Engine = web.Engine, CatalogPath = web.DatabasePath }, b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton(new PageCache(capacity: 1));
        });
        await _full.StartAsync();
        _client = _full.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _full.StopAsync();
        await _full.DisposeAsync();
    }

    private static async Task<(HttpResponseMessage Response, byte[] Page)> Get(HttpClient client, string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStreamAsync();
        Stream plain = string.Join(",", response.Content.Headers.ContentEncoding) switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var copy = new MemoryStream();
        await plain.CopyToAsync(copy);
        return (response, copy.ToArray());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData(null)]
    public async Task A_page_past_a_full_cache_is_the_cached_page_with_the_same_headers(string? encoding)
    {
        var cache = _full.Services.GetRequiredService<PageCache>();
        await Get(_client, "/careers/registered-nurses", encoding); // fills the one place
        Assert.Equal(1, cache.Count);

        foreach (var url in new[] { "/careers/web-developers", "/domains/data-ai", "/careers/web-developers/states" })
        {
            var (uncached, page) = await Get(_client, url, encoding);
            var (cached, expected) = await Get(web.Client, url, encoding); // the shared fixture's cache has room

            Assert.Equal(HttpStatusCode.OK, uncached.StatusCode);
            Assert.Equal(expected, page);
            Assert.Equal(encoding is null ? [] : [encoding], uncached.Content.Headers.ContentEncoding);
            foreach (var header in new[] { "ETag", "Cache-Control", "Vary", "X-Data-Attribution" })
                Assert.Equal(Values(cached, header), Values(uncached, header));
            Assert.Equal(cached.Content.Headers.ContentType, uncached.Content.Headers.ContentType);
        }
        Assert.Equal(1, cache.Count);
        Assert.False(cache.TryGet("http://localhost/careers/web-developers", out _));
    }

    private static string Values(HttpResponseMessage r, string name) =>
        r.Headers.TryGetValues(name, out var v) || r.Content.Headers.TryGetValues(name, out v) ? string.Join(",", v) : "";
}
