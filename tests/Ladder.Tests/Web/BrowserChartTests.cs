using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>The salary chart stays legible and tidy at every width: no tiny text, no label over another or over the median line, none cut off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserChartTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Checks the chart that is showing; returns one line per problem.
    private const string Check = """
        () => {
          const svg = [...document.querySelectorAll('#pay .chart svg')].find(s => s.getBoundingClientRect().width > 0);
          if (!svg) return ['no visible chart'];
          const problems = [];
          const frame = svg.getBoundingClientRect();
          const texts = [...svg.querySelectorAll('text')].map(t => ({ t, box: t.getBoundingClientRect() }));
          const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          for (const { t, box } of texts) {
            const px = parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a;
            if (px < 11) problems.push(`"${t.textContent}" is ${px.toFixed(1)} px`);
            if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
              problems.push(`"${t.textContent}" is cut off`);
          }
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++)
              if (overlap(texts[i].box, texts[j].box)) problems.push(`"${texts[i].t.textContent}" overlaps "${texts[j].t.textContent}"`);
          for (const line of svg.querySelectorAll('line.median')) {
            const l = line.getBoundingClientRect();
            const band = { left: l.left - 1, right: l.right + 1, top: l.top, bottom: l.bottom };
            for (const { t, box } of texts)
              if (!t.classList.contains('median-label') && overlap(band, box)) problems.push(`the median line crosses "${t.textContent}"`);
          }
          return problems;
        }
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task At_every_width_the_salary_chart_text_is_legible_and_no_label_collides_or_is_cut(int width)
    {
        var failures = new List<string>();
        var charts = 0;
        var page = await browser.NewPage(width: width);
        foreach (var slug in new[] { "registered-nurses", "machine-learning-engineer", "actors", "electricians", "chief-executives" })
        {
            var response = await page.GotoAsync($"/careers/{slug}", new() { WaitUntil = WaitUntilState.Load });
            Assert.Equal(200, response!.Status);
            if (await page.Locator("#pay .chart").CountAsync() == 0) continue;
            charts++;
            await page.Locator("#pay .chart").ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotDirectory, $"chart-{slug}-{width}.png") });
            foreach (var problem in await page.EvaluateAsync<string[]>(Check)) failures.Add($"{slug} at {width}px: {problem}");
        }
        await page.Context.CloseAsync();
        Assert.True(charts >= 4, $"only {charts} of the guides showed a chart");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
