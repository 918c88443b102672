using Microsoft.Playwright;

namespace Ladder.Tests.Web;

/// <summary>
/// The Registered Nurses guide printed to PDF by Chromium on A4 and US Letter, checked as a reader would check the
/// paper: nothing runs into the right margin, the salary chart sits whole on one page with every label intact, and
/// the site's navigation and forms are not printed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserPrintTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Dpi = 50;

    // Nothing may be drawn within this distance of the paper's right edge (the stylesheet's margin is 12 mm).
    private const double RightMarginMm = 9;

    [Theory]
    [InlineData("A4", 595, 842)]
    [InlineData("Letter", 612, 792)]
    public async Task The_printed_guide_fits_the_paper_and_keeps_the_salary_chart_whole_on_one_page(string format, double widthPt, double heightPt)
    {
        var page = await browser.NewPage(width: 1280);
        var response = await page.GotoAsync("/careers/registered-nurses", new() { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var labels = await page.EvaluateAsync<string[]>("""
            () => {
              const svg = [...document.querySelectorAll('#pay .chart svg')].find(s => s.getBoundingClientRect().width > 0);
              return svg ? [...svg.querySelectorAll('text')].map(t => t.textContent.trim()).filter(t => t) : [];
            }
            """);
        Assert.True(labels.Length >= 8, $"the printed chart shows only {labels.Length} labels: {string.Join(" | ", labels)}");
        var pdfPath = Path.Combine(browser.ScreenshotDirectory, $"print-registered-nurses-{format}.pdf");
        await page.PdfAsync(new() { Path = pdfPath, Format = format });
        await page.Context.CloseAsync();
        var pdf = new PrintedPdf(pdfPath);

        var (w, h) = pdf.PageSize();
        Assert.InRange(w, widthPt - 1, widthPt + 1);
        Assert.InRange(h, heightPt - 1, heightPt + 1);

        var problems = new List<string>();
        var images = pdf.Pages(Dpi);
        var limit = images[0].Width - 1 - (int)Math.Round(RightMarginMm / 25.4 * Dpi);
        for (int i = 0; i < images.Count; i++)
            if (images[i].RightmostInk() is var ink && ink > limit)
                problems.Add($"page {i + 1}: ink at x={ink} of {images[i].Width} px, within {RightMarginMm} mm of the right edge");

        var texts = pdf.PageTexts();
        Assert.Equal(images.Count, texts.Count);
        // The chart is whole when one page carries every label of it, each label unbroken.
        var chartPages = Enumerable.Range(0, texts.Count).Where(i => labels.All(l => texts[i].Contains(l, StringComparison.Ordinal))).ToList();
        if (chartPages.Count == 0)
        {
            var first = Enumerable.Range(0, texts.Count).FirstOrDefault(i => texts[i].Contains(labels[0], StringComparison.Ordinal), -1);
            var missing = first < 0 ? labels : labels.Where(l => !texts[first].Contains(l, StringComparison.Ordinal)).ToArray();
            problems.Add($"no page holds the whole chart; the page with \"{labels[0]}\" (page {first + 1}) lacks: {string.Join(" | ", missing)}");
        }
        var all = string.Join(' ', texts);
        foreach (var screenOnly in new[] { "Skip to main content", "Search a job title", "Skill gap", "On this page", "Start from a different role" })
            if (all.Contains(screenOnly, StringComparison.Ordinal)) problems.Add($"the printout shows the screen-only \"{screenOnly}\"");
        foreach (var content in new[] { "Registered Nurses", "Pay by career level", "Sources and data dates", "Data as of:" })
            if (!all.Contains(content, StringComparison.Ordinal)) problems.Add($"the printout lacks \"{content}\"");
        Assert.True(problems.Count == 0, $"{format}, {images.Count} pages ({pdfPath}):\n" + string.Join("\n", problems));
    }
}
