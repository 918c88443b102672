using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

/// <summary>The moves out of a job read the same everywhere: <c>/start</c>, <c>ladder transitions</c> and the API.</summary>
public sealed partial class MoveSurfacesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("cashiers")]
    [InlineData("registered-nurses")]
    [InlineData("software-developers")]
    public async Task Start_page_cli_and_api_show_the_same_moves_in_the_same_order_with_the_same_words(string slug)
    {
        var api = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/v1/transitions/{slug}?limit=10")).RootElement
            .GetProperty("outOf").EnumerateArray()
            .Select(m => (Title: m.GetProperty("role").GetProperty("title").GetString()!, Headline: m.GetProperty("headline").GetString()!)).ToList();
        Assert.Equal(10, api.Count);
        Assert.All(api, m => Assert.Matches("^(Step up|Across|Step down|Move): ", m.Headline));

        var page = await web.Browser().GetStringAsync($"/start?role={slug}");
        var cards = CardPattern().Matches(page).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        Assert.Equal(api, cards);

        var stdout = new StringWriter();
        var exit = Ladder.LadderCli.Run(["--db", web.DatabasePath, "transitions", slug], stdout, new StringWriter());
        Assert.Equal(0, exit);
        var text = stdout.ToString();
        var outOf = text[..text.IndexOf("Best moves into", StringComparison.Ordinal)];
        var lines = CliPattern().Matches(outOf).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim())).ToList();
        Assert.Equal(api, lines);
    }

    [Fact]
    public async Task Moves_lead_with_steps_up_and_a_move_down_is_labelled_as_one()
    {
        var moves = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/transitions/cashiers?limit=10")).RootElement
            .GetProperty("outOf").EnumerateArray().Select(m => m.GetProperty("kind").GetString()!).ToList();
        var order = new[] { "step up", "across", "step down", "move" };
        Assert.Equal(moves.OrderBy(k => Array.IndexOf(order, k)), moves);
        Assert.Equal("step up", moves[0]);

        var page = await web.Browser().GetStringAsync("/careers/cashiers/from/software-developers");
        Assert.Contains("<strong class=\"verdict\">Step down: ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"verdict\">retraining", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/100", page, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<li class=""card""><a class=""title"" href=""/careers/[a-z0-9-]+/from/[a-z0-9-]+"">([^<]+)</a><span class=""muted"">[^<]*</span><strong class=""verdict"">([^<]+)</strong>")]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"^\s+\d+\. (.+?) — (.+)$", RegexOptions.Multiline)]
    private static partial Regex CliPattern();
}
