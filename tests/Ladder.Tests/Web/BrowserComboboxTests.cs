using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>
/// The job-title autocomplete follows the WAI-ARIA combobox pattern, driven with the keyboard only: roles and
/// states on the input and the list, the highlighted option named by aria-activedescendant, arrow keys, Escape and
/// Enter, and the number of suggestions said in a live region.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserComboboxTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/", "home-q")]
    [InlineData("/search", "search-q")]
    public async Task The_autocomplete_is_an_aria_combobox_used_with_the_keyboard(string url, string id)
    {
        var page = await browser.NewPage(width: 1280);
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        var input = page.Locator($"#{id}");
        var list = page.Locator($"#{id}-list");
        var status = page.Locator($"#{id}-status");
        var options = list.Locator("[role=option]");

        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("list", await input.GetAttributeAsync("aria-autocomplete"));
        Assert.Equal($"{id}-list", await input.GetAttributeAsync("aria-controls"));
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("listbox", await list.GetAttributeAsync("role"));
        Assert.False(string.IsNullOrWhiteSpace(await list.GetAttributeAsync("aria-label")));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        // The accessible name comes from the visible label.
        Assert.Equal(1, await page.Locator($"label[for={id}]").CountAsync());

        await input.FocusAsync();
        await page.Keyboard.TypeAsync("nurse", new() { Delay = 30 });
        // aria-busy goes once the answer for the whole word is shown (an answer for "nurs" may come first).
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(options.First).ToBeVisibleAsync();
        var count = await options.CountAsync();
        Assert.InRange(count, 2, 8);
        await Assertions.Expect(status).ToHaveTextAsync(new Regex($"^{count} suggestions"));
        Assert.False(await input.EvaluateAsync<bool>("e => e.hasAttribute('aria-activedescendant')"));

        // Down and Up move the highlight; focus stays in the input, and exactly one option is selected.
        await page.Keyboard.PressAsync("ArrowDown");
        await ExpectHighlighted(page, input, options, 0);
        await page.Keyboard.PressAsync("ArrowDown");
        await ExpectHighlighted(page, input, options, 1);
        await page.Keyboard.PressAsync("ArrowUp");
        await ExpectHighlighted(page, input, options, 0);
        await page.Keyboard.PressAsync("ArrowUp"); // wraps to the last
        await ExpectHighlighted(page, input, options, count - 1);

        // Escape closes the list and keeps what was typed; a second Escape clears the box.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(list).ToBeHiddenAsync();
        Assert.False(await input.EvaluateAsync<bool>("e => e.hasAttribute('aria-activedescendant')"));
        Assert.Equal("nurse", await input.InputValueAsync());
        // Down reopens the same suggestions at the first.
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        await ExpectHighlighted(page, input, options, 0);
        await page.Keyboard.PressAsync("ArrowDown");
        await ExpectHighlighted(page, input, options, 1);

        // Enter opens the highlighted role's guide.
        var chosen = (await options.Nth(1).Locator("span").First.TextContentAsync())!.Trim();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/careers/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(chosen);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_match_is_announced_and_Escape_then_clears_the_box()
    {
        var page = await browser.NewPage(width: 390);
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Load });
        var input = page.Locator("#home-q");
        await input.FocusAsync();
        await page.Keyboard.TypeAsync("qqxzzv", new() { Delay = 30 });
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(page.Locator("#home-q-status")).ToHaveTextAsync(new Regex("^No matching roles"));
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await input.InputValueAsync());
        await Assertions.Expect(page.Locator("#home-q-status")).ToHaveTextAsync("");
        await page.Context.CloseAsync();
    }

    private static async Task ExpectHighlighted(IPage page, ILocator input, ILocator options, int index)
    {
        var option = options.Nth(index);
        var optionId = await option.GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(optionId));
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", optionId!);
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(1, await page.Locator("[role=listbox] [role=option][aria-selected=true]").CountAsync());
        Assert.True(await input.EvaluateAsync<bool>("e => document.activeElement === e"));
    }
}
