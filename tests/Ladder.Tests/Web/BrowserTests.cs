using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ladder.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Typing_ml_engineer_in_the_home_search_reaches_the_guide_with_four_levels_of_pay()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        await page.Locator("#home-q").PressSequentiallyAsync("ml engineer", new() { Delay = 30 });
        await Assertions.Expect(page.Locator("#home-q")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var option = page.Locator("#home-q-list [role=option]").First;
        await Assertions.Expect(option).ToContainTextAsync("Machine Learning Engineer");
        await option.ClickAsync();
        await page.WaitForURLAsync("**/careers/machine-learning-engineer");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Machine Learning Engineer");
        await Assertions.Expect(page.Locator("svg[role=img] rect.bar")).ToHaveCountAsync(4);
        var payCells = page.Locator("#pay table").First.Locator("tbody tr td.num");
        await Assertions.Expect(payCells).ToHaveCountAsync(4);
        foreach (var text in await payCells.AllTextContentsAsync()) Assert.Matches(@"^\$\d{2,3},\d{3} – \$\d{2,3},\d{3}$", text);
    }

    [Fact]
    public async Task The_search_works_with_the_keyboard_alone()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        for (int i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id") != "home-q"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("home-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("data scien", new() { Delay = 30 });
        await Assertions.Expect(page.Locator("#home-q-list [role=option]").First).ToBeVisibleAsync();
        // Let the answer for the whole typed text arrive before using the arrow keys.
        await Assertions.Expect(page.Locator("#home-q")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Locator("#home-q")).ToHaveAttributeAsync("aria-activedescendant", "home-q-list-0");
        await Assertions.Expect(page.Locator("#home-q-list-0")).ToHaveAttributeAsync("aria-selected", "true");
        var expected = await page.Locator("#home-q-list-0 span").First.TextContentAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/careers/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(expected!);

        // Without a highlighted suggestion, Enter submits the plain search form.
        await page.GotoAsync("/");
        await page.Locator("#home-q").FocusAsync();
        await page.Keyboard.TypeAsync("welder");
        await Assertions.Expect(page.Locator("#home-q-list [role=option]").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        // The address and the results are what count; waiting for the load event as well made this step flaky.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=welder"));
        await Assertions.Expect(page.Locator(".role-list a").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_related_career_opens_its_compare_page()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/careers/machine-learning-engineer");
        await page.Locator("#related a", new() { HasTextString = "Compare side by side" }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/compare/machine-learning-engineer/vs/"));
        await Assertions.Expect(page.Locator("table.compare")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.compare tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("vs");
    }

    [Fact]
    public async Task Submitting_the_gap_form_shows_the_match_and_a_learning_plan()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/gap");
        await page.GetByLabel("Target role").FillAsync("data scientist");
        await page.GetByLabel("Your skills and tools").FillAsync("Python, SQL, Mathematics");
        await page.GetByLabel("Or your current role").FillAsync("data analyst");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check my gap" }).ClickAsync();
        await Assertions.Expect(page.Locator("#gap-result-h")).ToContainTextAsync("Your gap to Data Scientist");
        await Assertions.Expect(page.Locator(".score-big")).ToContainTextAsync("%");
        await Assertions.Expect(page.Locator("ol.roadmap li")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_main_page_is_captured_as_a_screenshot()
    {
        (string Name, string Url, ColorScheme Scheme, int Width)[] pages =
        [
            ("home", "/", ColorScheme.Light, 1280),
            ("guide", "/careers/machine-learning-engineer", ColorScheme.Light, 1280),
            ("guide-dark", "/careers/machine-learning-engineer", ColorScheme.Dark, 1280),
            ("guide-mobile", "/careers/registered-nurses", ColorScheme.Light, 390),
            ("compare", "/compare/machine-learning-engineer/vs/data-scientist", ColorScheme.Light, 1280),
            ("transition", "/careers/machine-learning-engineer/from/data-analyst", ColorScheme.Light, 1280),
            ("gap", "/gap", ColorScheme.Light, 1280),
            ("domains", "/domains", ColorScheme.Light, 1280),
            ("domain", "/domains/data-ai", ColorScheme.Light, 1280),
            ("search", "/search?q=engineer", ColorScheme.Light, 1280),
            ("apply", "/apply?role=machine-learning-engineer", ColorScheme.Light, 1280),
            ("not-found", "/careers/astronautt", ColorScheme.Light, 1280),
        ];
        foreach (var (name, url, scheme, width) in pages)
        {
            var page = await browser.NewPage(scheme, width);
            var response = await page.GotoAsync(url);
            Assert.True(response!.Status is 200 or 404, $"{url}: {response.Status}");
            var path = Path.Combine(browser.ScreenshotDirectory, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 10_000, path);
            await page.Context.CloseAsync();
        }
    }
}
