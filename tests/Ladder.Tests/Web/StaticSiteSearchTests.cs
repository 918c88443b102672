using System.IO.Compression;
using System.Text.RegularExpressions;
using Ladder.Web.Export;
using Ladder.Web.Pages;
using Ladder.Web.Site;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ladder.Tests.Web;

/// <summary>
/// A reader of the exported site, in Chromium: the files come from a real export on disk (served through a route, as
/// a static host would), the autocomplete and the search page answer with the title index's first answers, and what
/// the browser fetched before the first suggestion stays under 1.5 MB gzipped, from names a host may cache for good.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaticSiteSearchTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Host = "http://static.test";

    [Fact]
    public async Task The_autocomplete_of_the_static_site_suggests_what_the_server_would_from_under_1_5_MB()
    {
        var site = BuildSite();
        var fetched = new List<(string Path, long Gzipped)>();
        var page = await OpenSite(site, fetched);
        await page.GotoAsync(Host + "/", new() { WaitUntil = WaitUntilState.Load });
        var input = page.Locator("#home-q");
        await input.FocusAsync();
        await page.Keyboard.TypeAsync("sr software eng", new() { Delay = 20 });
        var first = page.Locator("#home-q-list [role=option]").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        long before;
        lock (fetched) before = fetched.Sum(f => f.Gzipped);
        output.WriteLine($"fetched before the first suggestion: {before:N0} bytes gzipped\n" + string.Join('\n', fetched.Select(f => $"  {f.Path} {f.Gzipped:N0}")));

        var expected = browser.Engine.Titles.Search("sr software eng", 8).Matches[0].Title;
        Assert.StartsWith(expected, await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(before < 1_500_000, $"{before:N0} bytes gzipped before the first suggestion");
        // The search code and model come from content-hashed names, which the host configurations let browsers keep.
        Assert.Contains(fetched, f => HashedModel().IsMatch(f.Path));
        Assert.Contains(fetched, f => HashedCode().IsMatch(f.Path));
        var headers = File.ReadAllText(Path.Combine(site, ServerConfigs.HeadersFile));
        Assert.Contains($"/assets/search-model.*\n  Cache-Control: {ServerConfigs.ImmutableCache}", headers);
        Assert.Contains($"/assets/title-search.*\n  Cache-Control: {ServerConfigs.ImmutableCache}", headers);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_static_search_page_lists_the_title_index_order()
    {
        var site = BuildSite();
        var page = await OpenSite(site, []);
        await page.GotoAsync(Host + "/search/?q=" + Uri.EscapeDataString("RN ICU nights"), new() { WaitUntil = WaitUntilState.Load });
        var links = page.Locator("#search-results li a");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        var expected = browser.Engine.Titles.Search("RN ICU nights", 25).Matches.Select(m => m.Title).ToList();
        var shown = await links.AllInnerTextsAsync();
        Assert.Equal(expected, shown);
        await page.Context.CloseAsync();
    }

    // Home and search pages only: the pages that search, with the same layout, assets and search files as a full build.
    private string BuildSite()
    {
        var output = browser.TempPath("static-search-" + Guid.NewGuid().ToString("N"));
        var site = new StaticSite(new SiteData(browser.Engine));
        site.Build(new StaticSiteOptions(output), [new StaticPage("", HomePage.Render), new StaticPage("search", ctx => SearchPage.Render(ctx, null))]);
        return output;
    }

    private async Task<IPage> OpenSite(string root, List<(string Path, long Gzipped)> fetched)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        await context.RouteAsync(Host + "/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = Path.Combine(root, path.TrimStart('/'));
            if (path.EndsWith('/')) file = Path.Combine(file, "index.html");
            if (!File.Exists(file))
            {
                await route.FulfillAsync(new() { Status = 404, Body = "" });
                return;
            }
            var body = await File.ReadAllBytesAsync(file);
            lock (fetched) fetched.Add((path, Gzipped(body)));
            await route.FulfillAsync(new() { Status = 200, BodyBytes = body, ContentType = ContentType(file) });
        });
        return await context.NewPageAsync();
    }

    private static long Gzipped(byte[] body)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal)) gzip.Write(body);
        return packed.ToArray().LongLength;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };

    [GeneratedRegex(@"^/assets/search-model\.[0-9a-f]{16}\.json$")]
    private static partial Regex HashedModel();

    [GeneratedRegex(@"^/assets/title-search\.[0-9a-f]{16}\.js$")]
    private static partial Regex HashedCode();
}
