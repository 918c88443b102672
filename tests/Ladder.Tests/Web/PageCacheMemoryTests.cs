using Ladder.Web.Hosting;
using System.IO.Compression;
using System.Text;
using Ladder.Web.Site;

namespace Ladder.Tests.Web;

/// <summary>
/// The page cache keeps pages compressed and only a byte budget of uncompressed forms: clients that accept neither
/// encoding still get the exact page, decompressed again once its plain form was evicted.
/// </summary>
public sealed class PageCacheMemoryTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public void Plain_forms_stay_within_the_budget_and_evicted_pages_come_back_byte_for_byte()
    {
        var cache = new PageCache(capacity: 100, plainBytes: 100_000);
        var pages = Enumerable.Range(0, 20).Select(i => Encoding.UTF8.GetBytes(Page(i))).ToList();
        var cached = pages.Select((html, i) => cache.GetOrRenderWhileRoom($"/p{i}", () => html, out _)!).ToList();

        Assert.True(pages[0].Length > 30_000);
        Assert.Equal(0, cache.Plain.Bytes);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(pages[i], cached[i].Html);
            Assert.True(cached[i].IsPlainKept);
            if (i >= 3) Assert.False(cached[i - 3].IsPlainKept); // 35 kB pages: the 100 kB budget holds two
            Assert.InRange(cache.Plain.Bytes, 1, 100_000);
            Assert.Equal(pages[i], Decompress(new BrotliStream(new MemoryStream(cached[i].Brotli), CompressionMode.Decompress)));
            Assert.Equal(pages[i], Decompress(new GZipStream(new MemoryStream(cached[i].Gzip), CompressionMode.Decompress)));
            Assert.True(cached[i].CompressedBytes < pages[i].Length / 2);
        }
        // Two readers expanding the same evicted page at once keep one plain copy, counted once.
        var first = cached[0];
        Parallel.For(0, 8, _ => Assert.Equal(pages[0], first.Html));
        Assert.InRange(cache.Plain.Bytes, 1, 100_000);
    }

    [Fact]
    public async Task A_client_accepting_no_encoding_gets_the_same_page_after_its_plain_form_was_evicted()
    {
        var cache = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PageCache>(web.App.Services);
        using var identity = new HttpRequestMessage(HttpMethod.Get, "/careers/software-developers");
        var first = await (await web.Client.SendAsync(identity)).Content.ReadAsByteArrayAsync();
        // Fill the plain budget with other pages so this one's plain form is evicted.
        foreach (var domain in web.Catalog.Domains) await web.Client.GetAsync($"/domains/{domain.Slug}");
        foreach (var role in web.Catalog.Roles.Take(400)) await web.Client.GetAsync($"/careers/{role.Slug}");
        Assert.InRange(cache.Plain.Bytes, 1, cache.Plain.BudgetBytes);
        Assert.True(cache.TryGet(PageKey("/careers/software-developers"), out var page));
        Assert.False(page.IsPlainKept);
        var again = await web.Client.GetByteArrayAsync("/careers/software-developers");
        Assert.Equal(first, again);
        Assert.Contains("</html>", Encoding.UTF8.GetString(again));
    }

    /// <summary>The test server's canonical root is http://localhost/.</summary>
    private static string PageKey(string path) => "http://localhost/" + path.TrimStart('/');

    private static string Page(int n)
    {
        var text = new StringBuilder($"<!doctype html><title>Page {n}</title>");
        var random = new Random(n);
        while (text.Length < 35_000) text.Append("<p>").Append(random.Next()).Append(" career ladder skill pay </p>");
        return text.ToString();
    }

    private static byte[] Decompress(Stream stream)
    {
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
