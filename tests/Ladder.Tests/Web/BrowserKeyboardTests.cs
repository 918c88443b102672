using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>A reader with only a keyboard gets from the home page to a guide, a compare page and a sent application, and always sees where focus is.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserKeyboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Keyboard_only_from_home_to_a_guide_a_compare_page_and_the_apply_confirmation()
    {
        var page = await browser.NewPage(width: 1280);
        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Load });
        await TabTo(page, "e => e.id === 'home-q'");
        await page.Keyboard.TypeAsync("registered nurse", new() { Delay = 30 });
        await Assertions.Expect(page.Locator("#home-q")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(page.Locator("#home-q-list [role=option]").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/careers/"));
        await page.WaitForLoadStateAsync(LoadState.Load);

        await TabTo(page, "e => e.tagName === 'A' && e.textContent.includes('Compare side by side')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/compare/"));
        await Assertions.Expect(page.Locator("table.compare")).ToBeVisibleAsync();

        // Back to the guide with the browser's Back (headless Chromium has no Alt+Left), then its apply button.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/careers/registered-nurses$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        await TabTo(page, "e => e.tagName === 'A' && e.textContent.startsWith('Apply for')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply\\?role=registered-nurses"));
        await Assertions.Expect(page.Locator("#receiver-h")).ToHaveTextAsync("Who receives your application");
        foreach (var (id, text) in new[] { ("name", "Kim Keyboard"), ("email", "kim@example.org"), ("currentRole", "Nursing assistant"), ("yearsOfExperience", "3") })
        {
            await TabTo(page, $"e => e.id === '{id}'");
            await page.Keyboard.TypeAsync(text);
        }
        await TabTo(page, "e => e.id === 'consent'");
        await page.Keyboard.PressAsync("Space");
        await TabTo(page, "e => e.tagName === 'BUTTON' && e.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply/submitted/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Application received");
        await Assertions.Expect(page.Locator("#receiver-h")).ToHaveTextAsync("Who has your application");
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until the focused element matches, checking each stop shows a visible focus outline.</summary>
    internal static async Task TabTo(IPage page, string matches)
    {
        for (int i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string>($$"""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return 'none';
                  const s = getComputedStyle(e);
                  const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
                  return (({{matches}})(e) ? 'match' : 'other') + (visible ? '' : ' without visible focus: ' + e.outerHTML.slice(0, 120));
                }
                """);
            Assert.DoesNotContain("without visible focus", state);
            if (state == "match") return;
        }
        Assert.Fail($"no element matching {matches} was reached with Tab");
    }
}
