using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

public sealed partial class SiteDetailsTests
{
    [Fact]
    public async Task Popular_roles_are_the_most_employed_jobs_across_fields_not_the_best_paid()
    {
        var html = await web.Browser().GetStringAsync("/");
        var popular = html[html.IndexOf("id=\"popular-h\"", StringComparison.Ordinal)..];
        popular = popular[..popular.IndexOf("</ul>", StringComparison.Ordinal)];
        var cards = PopularCardPattern().Matches(popular).Select(m => (
            Title: WebUtility.HtmlDecode(m.Groups[1].Value), Domain: WebUtility.HtmlDecode(m.Groups[2].Value),
            Employed: decimal.Parse(m.Groups[3].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
            Median: decimal.Parse(m.Groups[4].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))).ToList();

        Assert.InRange(cards.Count, 10, 16);
        Assert.True(cards.Select(c => c.Domain).Distinct().Count() >= 8, string.Join(", ", cards.Select(c => c.Domain)));
        Assert.True(cards.GroupBy(c => c.Domain).All(g => g.Count() <= 2));
        // Largest first, by the employment each card prints; the pay order is something else entirely.
        Assert.Equal(cards.OrderByDescending(c => c.Employed).Select(c => c.Title), cards.Select(c => c.Title));
        Assert.NotEqual(cards.OrderByDescending(c => c.Median).Select(c => c.Title), cards.Select(c => c.Title));
        foreach (var job in new[] { "Registered Nurses", "Heavy and Tractor-Trailer Truck Drivers", "Office Clerks, General", "Elementary School Teachers, Except Special Education" })
            Assert.Contains(cards, c => c.Title == job);
        Assert.Contains("Ladder keeps no record of what readers search for", html, StringComparison.Ordinal);
        // Each card's employment is the figure the role's own guide shows.
        var nurses = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/roles/registered-nurses")).RootElement;
        Assert.Equal(nurses.GetProperty("wages").GetProperty("employment").GetDecimal(), cards.Single(c => c.Title == "Registered Nurses").Employed);
    }

    [Fact]
    public async Task Start_from_your_job_lists_the_best_moves_each_leading_to_its_transition_page_and_a_gap_check()
    {
        var home = await web.Browser().GetStringAsync("/");
        Assert.Contains("<h2 id=\"start-h\">Start from your job</h2>", home, StringComparison.Ordinal);
        Assert.Contains("action=\"/start\" method=\"get\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/gap\"", home, StringComparison.Ordinal);

        var page = await web.Browser().GetStringAsync("/start?role=cashier");
        Assert.Contains("<h1>Moves from Cashiers</h1>", page, StringComparison.Ordinal);
        // The moves people make, then the roles closest in skills: ten at most each.
        var closestAt = page.IndexOf("<h2 id=\"closest\">", StringComparison.Ordinal);
        Assert.True(closestAt > 0, "no 'Closest in skills' list");
        var moves = MovePattern().Matches(page[..closestAt]).Select(m => m.Groups[1].Value).ToList();
        Assert.InRange(moves.Count, 5, 10);
        Assert.InRange(MovePattern().Matches(page[closestAt..]).Count, 5, 10);
        Assert.DoesNotContain("cashiers", moves);
        // The first move opens its transition page, and its gap form answers with the gap from cashiers.
        var transition = await web.Browser().GetAsync($"/careers/{moves[0]}/from/cashiers");
        Assert.Equal(HttpStatusCode.OK, transition.StatusCode);
        Assert.Contains($"<input type=\"hidden\" name=\"target\" value=\"{moves[0]}\"><input type=\"hidden\" name=\"current\" value=\"cashiers\">", page, StringComparison.Ordinal);
        var gap = await web.Browser().PostAsync("/gap", new FormUrlEncodedContent([new("target", moves[0]), new("current", "cashiers")]));
        Assert.Equal(HttpStatusCode.OK, gap.StatusCode);
        Assert.Contains("Your gap to", await gap.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Naming_both_jobs_goes_straight_to_the_move_and_unclear_names_are_asked_about()
    {
        var both = await web.Browser().GetAsync("/start?role=cashier&to=electrician");
        Assert.Equal(HttpStatusCode.Redirect, both.StatusCode);
        Assert.Equal("/careers/electricians/from/cashiers", both.Headers.Location?.OriginalString);

        var vague = await web.Browser().GetStringAsync("/start?role=engineer");
        Assert.Contains("could be several jobs", vague, StringComparison.Ordinal);
        Assert.Matches("href=\"/start\\?role=[a-z0-9-]+\"", vague);

        var unknownTarget = await web.Browser().GetStringAsync("/start?role=cashiers&to=qqqqzzzzxxxx");
        Assert.Contains("did not match one job", unknownTarget, StringComparison.Ordinal);
        Assert.Contains("<h1>Moves from Cashiers</h1>", unknownTarget, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<li class=""card""><a class=""title"" href=""/careers/[a-z0-9-]+"">([^<]+)</a><span class=""muted"">([^<]+)</span><span>([\d,]+) employed · median \$([\d,]+)")]
    private static partial Regex PopularCardPattern();

    [GeneratedRegex(@"<li class=""card""><a class=""title"" href=""/careers/([a-z0-9-]+)/from/cashiers"">")]
    private static partial Regex MovePattern();
}
