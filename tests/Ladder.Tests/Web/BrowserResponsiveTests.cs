using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>Every page type fits the screen, from a small phone to a desktop: nothing scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserResponsiveTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Names the elements that stick out past the right edge, so a failure says what to fix.
    private const string Overflow = """
        () => {
          const width = window.innerWidth;
          const culprits = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .filter(e => !e.closest('.table-wrap, .visually-hidden, .trap, .skip-link'))
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')
              + ' right=' + Math.round(e.getBoundingClientRect().right));
          return { scroll: document.documentElement.scrollWidth, width, culprits };
        }
        """;

    [Fact]
    public async Task No_page_type_scrolls_sideways_at_phone_tablet_or_desktop_width()
    {
        var failures = new List<string>();
        foreach (var width in PageTypes.Widths)
        {
            var page = await browser.NewPage(width: width);
            foreach (var (name, url) in PageTypes.All)
            {
                var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                Assert.True(response!.Status is 200 or 404, $"{url}: {response.Status}");
                var result = await page.EvaluateAsync<OverflowResult>(Overflow);
                if (result.Scroll > result.Width)
                    failures.Add($"{name} ({url}) at {width}px: scrollWidth {result.Scroll} > {result.Width}; {string.Join(", ", result.Culprits)}");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // Playwright fills results through a parameterless constructor and setters.
    public sealed class OverflowResult
    {
        public int Scroll { get; set; }
        public int Width { get; set; }
        public string[] Culprits { get; set; } = [];
    }
}
