using System.Text.Json;
using System.Text.RegularExpressions;
using Ladder.Discover;
using Ladder.Interests;
using Ladder.Tests.Web;
using Ladder.Web.Export;
using Ladder.Web.Site;
using Microsoft.Playwright;

namespace Ladder.Tests.Discover;

/// <summary>The career finder in Chromium: answered by keyboard alone, printed, and ranked by the static site's script exactly as the server ranks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DiscoverBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_keyboard_reader_answers_activities_sees_the_count_and_gets_results()
    {
        var page = await browser.NewPage(width: 390);
        await page.GotoAsync("/discover", new() { WaitUntil = WaitUntilState.Load });
        await Assertions.Expect(page.Locator("#discover-count")).ToHaveTextAsync("0 of 42 answered");
        await BrowserKeyboardTests.TabTo(page, "e => e.id === 'q1-like'");
        await page.Keyboard.PressAsync("Space");
        await BrowserKeyboardTests.TabTo(page, "e => e.name === 'q2'");
        // Arrow keys move within a radio group and choose as they go: Like, then Not sure, then Dislike.
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#q2-dislike")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#discover-count")).ToHaveTextAsync("2 of 42 answered");
        await BrowserKeyboardTests.TabTo(page, "e => e.tagName === 'BUTTON' && e.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/discover\\?q1=like&q2=dislike"));
        await Assertions.Expect(page.Locator("#profile-h")).ToHaveTextAsync("Your interest profile: R");
        await Assertions.Expect(page.Locator(".fits > li")).ToHaveCountAsync(20);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_printed_results_fit_the_paper_and_leave_out_the_forms()
    {
        var page = await browser.NewPage(width: 1280);
        await page.GotoAsync("/discover?realistic=6&investigative=2&artistic=1&social=3&enterprising=2&conventional=5&jobZone=3", new() { WaitUntil = WaitUntilState.Load });
        var pdfPath = Path.Combine(browser.ScreenshotDirectory, "print-discover-A4.pdf");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.PdfAsync(new() { Path = pdfPath, Format = "A4" });
        await page.Context.CloseAsync();
        var pdf = new PrintedPdf(pdfPath);
        var images = pdf.Pages(50);
        var limit = images[0].Width - 1 - (int)Math.Round(9 / 25.4 * 50);
        Assert.All(images, image => Assert.True(image.RightmostInk() <= limit, $"ink at x={image.RightmostInk()} of {image.Width}"));
        var text = string.Join(' ', pdf.PageTexts());
        foreach (var printed in new[] { "Your interest profile", "Careers that fit", "Median pay", "How the fit is worked out, and sources", "Data as of:" })
            Assert.Contains(printed, text);
        foreach (var screenOnly in new[] { "Build kitchen cabinets.", "Show careers that fit", "Skip to main content" })
            Assert.DoesNotContain(screenOnly, text);
    }

    [Fact]
    public async Task The_static_sites_script_ranks_every_query_exactly_as_the_server_does()
    {
        var engine = SharedEngine.Instance;
        var data = System.Text.Encoding.UTF8.GetString(DiscoverData.Write(new SiteData(engine)));
        var page = await browser.NewPage();
        await page.GotoAsync("/discover", new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("() => !!window.LadderDiscover");

        var random = new Random(27);
        var queries = InterestArea.All.Select(a => new DiscoverQuery { Profile = new InterestProfile(InterestArea.All.Select(b => b == a ? 7.0 : 1.0).ToArray()), Limit = 30 }).ToList();
        for (int i = 0; i < 40; i++)
        {
            var scores = Enumerable.Range(0, 6).Select(_ => random.Next(0, 71) / 10.0).ToArray();
            if (scores.All(s => s == scores[0])) continue;
            queries.Add(new DiscoverQuery
            {
                Profile = new InterestProfile(scores),
                JobZone = i % 3 == 0 ? null : engine.Careers.JobZones[i % engine.Careers.JobZones.Count],
                WorkValues = i % 4 == 0 ? [WorkValue.All[i % 6], WorkValue.All[(i + 2) % 6]] : [],
                Outlook = i % 5 == 0 ? "growing" : i % 7 == 0 ? "decline" : null,
                MinimumPay = i % 6 == 0 ? 40_000 + i * 1000 : null,
                Limit = 25,
            });
        }
        var mismatches = new List<string>();
        foreach (var q in queries)
        {
            var expected = engine.Discover(q);
            var arg = JsonSerializer.Serialize(new
            {
                scores = q.Profile.Scores, jobZone = q.JobZone, workValues = q.WorkValues.Select(v => v.Index), outlook = q.Outlook, minPay = q.MinimumPay, limit = q.Limit,
            });
            var js = await page.EvaluateAsync<JsResult>("([data, q]) => { const r = LadderDiscover.rank(JSON.parse(data), JSON.parse(q)); return { matching: r.matching, items: r.items.map(i => i.code + '|' + i.fit.toFixed(2) + '|' + i.why) }; }",
                new object[] { data, arg });
            var server = expected.Items.Select(i => $"{i.Role.Code}|{i.Fit:0.00}|{i.Why}").ToArray();
            if (js.Matching != expected.Matching || !js.Items.SequenceEqual(server))
                mismatches.Add($"{q.Profile.ToQuery()} zone {q.JobZone} values {string.Join(",", q.WorkValues.Select(v => v.Key))} outlook {q.Outlook} pay {q.MinimumPay}: " +
                    $"js {js.Matching} [{string.Join("; ", js.Items.Take(3))}] vs server {expected.Matching} [{string.Join("; ", server.Take(3))}]");
        }
        await page.Context.CloseAsync();
        Assert.True(queries.Count >= 40);
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task The_questionnaires_answers_give_the_same_profile_in_the_script_as_on_the_server()
    {
        var questionnaire = SharedEngine.Instance.Careers.Questionnaire;
        var page = await browser.NewPage();
        await page.GotoAsync("/discover", new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("() => !!window.LadderDiscover");
        var random = new Random(42);
        for (int round = 0; round < 20; round++)
        {
            var answers = questionnaire.Questions.Where(_ => random.Next(5) > 0).ToDictionary(q => q.Id, _ => (Answer)random.Next(3));
            var keys = answers.ToDictionary(a => a.Key, a => Questionnaire.Answers.First(x => x.Answer == a.Value).Key);
            var questions = questionnaire.Questions.Select(q => new { id = q.Id, area = q.Area.Index });
            var js = await page.EvaluateAsync<double[]>("([q, a]) => LadderDiscover.profileFromAnswers(JSON.parse(q), JSON.parse(a))",
                new object[] { JsonSerializer.Serialize(questions), JsonSerializer.Serialize(keys) });
            Assert.Equal(questionnaire.Score(answers).Scores, js);
        }
        await page.Context.CloseAsync();
    }

    public sealed class JsResult
    {
        public int Matching { get; set; }
        public string[] Items { get; set; } = [];
    }
}
