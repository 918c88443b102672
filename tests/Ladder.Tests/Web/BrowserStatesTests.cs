using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>The pay-by-state page in Chromium: the map by keyboard, sorting in place, a remembered state, and print.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserStatesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_keyboard_reader_reaches_a_state_tile_with_visible_focus_and_it_opens_that_states_row()
    {
        var page = await browser.NewPage(width: 1280);
        await page.GotoAsync("/careers/registered-nurses/states", new() { WaitUntil = WaitUntilState.Load });
        for (int i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var label = await page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('aria-label') ?? ''");
            if (!label.StartsWith("CA:", StringComparison.Ordinal)) continue;
            Assert.Equal("CA: California, median $140,270", label);
            var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
            Assert.NotEqual("none", outline);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("#st-CA$"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#st-CA').matches(':target')"));
            await page.Context.CloseAsync();
            return;
        }
        Assert.Fail("Tab never reached the California tile");
    }

    [Fact]
    public async Task Sorting_by_a_header_reorders_the_rows_in_place_and_keeps_the_address()
    {
        var page = await browser.NewPage(width: 1280);
        await page.GotoAsync("/careers/registered-nurses/states", new() { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        await page.Locator("th[data-key=state] a").ClickAsync();
        Assert.Equal("st-AL", await page.Locator("#states-table tbody tr").First.GetAttributeAsync("id"));
        Assert.Equal("ascending", await page.Locator("th[data-key=state]").GetAttributeAsync("aria-sort"));
        Assert.Null(await page.Locator("th[data-key=pay]").GetAttributeAsync("aria-sort"));
        Assert.Contains("sorted by state.", await page.Locator("#states-table caption").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/careers/registered-nurses/states/by-state#states-table$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_state_chosen_once_is_remembered_on_the_device_and_filled_in_on_the_next_guide()
    {
        var page = await browser.NewPage(width: 390);
        await page.GotoAsync("/careers/registered-nurses?state=TX", new() { WaitUntil = WaitUntilState.Load });
        await Assertions.Expect(page.Locator("#state-pay-result")).ToContainTextAsync("Median pay in Texas: $95,970");
        await page.GotoAsync("/careers/data-scientists", new() { WaitUntil = WaitUntilState.Load });
        await Assertions.Expect(page.Locator("#state-pay-result")).ToHaveTextAsync(
            "Median pay in Texas: $122,090 (2% above the national median; national $120,230). Source: BLS OEWS May 2025, state estimates, SOC 15-2051.");
        Assert.Equal("TX", await page.Locator("#guide-state").InputValueAsync());
        // An unpublished state is said to be unpublished, never replaced by the national figure.
        await page.GotoAsync("/careers/registered-nurses/states?state=WY", new() { WaitUntil = WaitUntilState.Load });
        await page.GotoAsync("/careers/data-scientists", new() { WaitUntil = WaitUntilState.Load });
        await Assertions.Expect(page.Locator("#state-pay-result")).ToContainTextAsync("BLS publishes no annual median for Data Scientists in Wyoming");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_printed_states_page_fits_a4_and_keeps_the_map_and_every_row()
    {
        var page = await browser.NewPage(width: 1280);
        await page.GotoAsync("/careers/registered-nurses/states", new() { WaitUntil = WaitUntilState.Load });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdfPath = Path.Combine(browser.ScreenshotDirectory, "print-registered-nurses-states-A4.pdf");
        await page.PdfAsync(new() { Path = pdfPath, Format = "A4" });
        await page.Context.CloseAsync();
        var pdf = new PrintedPdf(pdfPath);
        var images = pdf.Pages(50);
        var limit = images[0].Width - 1 - (int)Math.Round(9 / 25.4 * 50);
        Assert.All(images, image => Assert.True(image.RightmostInk() <= limit, $"ink within 9 mm of the right edge ({pdfPath})"));
        var all = string.Join(' ', pdf.PageTexts());
        foreach (var content in new[] { "pay by state", "Wyoming", "District of", "Concentration", "BLS OEWS May 2025, state estimates", "Data as of:" })
            Assert.Contains(content, all);
        Assert.DoesNotContain("Highlight your state", all);
    }
}
