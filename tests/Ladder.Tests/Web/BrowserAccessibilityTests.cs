using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>axe-core scans every page type, in light and dark mode, and finds nothing serious or critical.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(ColorScheme.Light, 1280)]
    [InlineData(ColorScheme.Dark, 1280)]
    [InlineData(ColorScheme.Light, 390)]
    public async Task Every_page_type_passes_axe_with_no_serious_or_critical_violation(ColorScheme scheme, int width)
    {
        var failures = new List<string>();
        var page = await browser.NewPage(scheme, width);
        foreach (var (name, url) in PageTypes.All)
        {
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            Assert.True(response!.Status is 200 or 404, $"{url}: {response.Status}");
            var result = await page.RunAxe();
            Assert.NotEmpty(result.Passes);
            foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
                failures.Add($"{name} ({url}) {scheme} {width}px: {v.Impact} {v.Id}: {v.Help}; e.g. "
                    + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html)));
        }
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_scan_does_find_a_critical_fault_when_there_is_one()
    {
        // Guards the check above: an image without alternative text and an unlabelled field must be reported.
        var page = await browser.NewPage();
        await page.SetContentAsync("<!doctype html><html lang=en><head><title>t</title></head><body><main><img src=\"data:,\"><input type=text></main></body></html>");
        var result = await page.RunAxe();
        Assert.Contains(result.Violations, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(result.Violations, v => v.Id == "label" && v.Impact == "critical");
        await page.Context.CloseAsync();
    }
}
