using Ladder.Web.Hosting;
using Ladder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>
/// The site on real Kestrel (127.0.0.1, a free port) and Debian's chromium driven by Playwright.
/// Chromium comes from tools/deps/chromium.sh; without it these tests fail, they never skip.
/// </summary>
public sealed class BrowserFixture : ShippedCatalogFixture, IAsyncLifetime
{
    public static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("LADDER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Chromium is missing at {chromium}. The browser tests need Debian's chromium: run `source tools/deps/chromium.sh` (./test.sh does this) or set LADDER_CHROMIUM.");
        _app = LadderWebApp.Build(new LadderWebOptions { Engine = Engine, CatalogPath = DatabasePath, Args = ["--urls", "http://127.0.0.1:0"] });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        Assertions.SetDefaultExpectTimeout(30_000);
        System.IO.Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task<IPage> NewPage(ColorScheme scheme = ColorScheme.Light, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        // Generous timeouts: the test machine is shared, and a slow page is not what these tests check.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) return dir.FullName;
        return Path.GetTempPath();
    }
}
