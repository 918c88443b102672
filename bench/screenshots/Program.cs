using Ladder.Screenshots;
using Microsoft.Playwright;

// Full-page screenshots of every page type at phone and desktop width, taken with Debian's chromium from a running
// `ladder serve` (bench/screenshots.sh starts one). Usage: screenshots <base-url> <output-folder>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: screenshots <base-url> <output-folder>");
    return 2;
}
var (baseUrl, output) = (args[0].TrimEnd('/'), args[1]);
Directory.CreateDirectory(output);
var chromium = Environment.GetEnvironmentVariable("LADDER_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
if (!File.Exists(chromium))
{
    Console.Error.WriteLine($"Chromium is missing at {chromium}: run `source tools/deps/chromium.sh` or set LADDER_CHROMIUM.");
    return 1;
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

var failures = 0;
foreach (var width in new[] { 390, 1280 })
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
    context.SetDefaultTimeout(60_000);
    var page = await context.NewPageAsync();
    foreach (var shot in PageShot.All)
    {
        try
        {
            await shot.Open(page);
            await page.WaitForLoadStateAsync(LoadState.Load);
            var file = Path.Combine(output, $"{shot.Name}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth");
            Console.WriteLine($"{file}{(sideways ? "  (scrolls sideways!)" : "")}");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            failures++;
            Console.Error.WriteLine($"{shot.Name} at {width}px: {e.Message.Split('\n')[0]}");
        }
    }
    await context.CloseAsync();
}
return failures == 0 ? 0 : 1;
