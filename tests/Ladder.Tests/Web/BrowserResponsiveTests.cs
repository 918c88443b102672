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

    [Theory]
    [InlineData(390)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task The_four_level_cards_fill_their_rows_evenly_and_years_never_wrap(int width)
    {
        var page = await browser.NewPage(width: width);
        await page.GotoAsync("/careers/registered-nurses", new() { WaitUntil = WaitUntilState.Load });
        var rows = await page.EvaluateAsync<int[]>(
            "() => Object.values([...document.querySelectorAll('#levels .levels > li')].reduce((rows, li) => { const top = Math.round(li.getBoundingClientRect().top); rows[top] = (rows[top] || 0) + 1; return rows; }, {}))");
        Assert.Equal(4, rows.Sum());
        Assert.True(rows.Distinct().Count() == 1, $"cards per row at {width}px: {string.Join(", ", rows)}");
        var wrapped = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.years')].filter(e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length > 1; }).map(e => e.textContent)");
        Assert.Empty(wrapped);
        Assert.True(await page.Locator(".years").CountAsync() >= 8);
        await page.Context.CloseAsync();
    }

    // Playwright fills results through a parameterless constructor and setters.
    public sealed class OverflowResult
    {
        public int Scroll { get; set; }
        public int Width { get; set; }
        public string[] Culprits { get; set; } = [];
    }
}
