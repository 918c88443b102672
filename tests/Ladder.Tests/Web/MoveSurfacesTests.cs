using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.Tests.Web;

/// <summary>
/// The moves out of a job, the closest roles and the ways in read the same everywhere: <c>/start</c>, <c>ladder
/// transitions</c>, the API and the guide's "Roles people move from".
/// </summary>
public sealed partial class MoveSurfacesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("cashiers")]
    [InlineData("registered-nurses")]
    [InlineData("software-developers")]
    public async Task Start_page_cli_and_api_show_the_same_moves_in_the_same_order_with_the_same_words(string slug)
    {
        var json = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/v1/transitions/{slug}?limit=10")).RootElement;
        var api = Moves(json, "outOf");
        var apiClosest = Moves(json, "closest");
        Assert.Equal(10, api.Count);
        Assert.Equal(10, apiClosest.Count);
        Assert.All(api.Concat(apiClosest), m => Assert.Matches("^(Step up|Across|Step down|Move): ", m.Headline));

        var page = await web.Browser().GetStringAsync($"/start?role={slug}");
        var split = page.IndexOf("<h2 id=\"closest\">", StringComparison.Ordinal);
        Assert.True(split > 0, "no 'Closest in skills' list on /start");
        Assert.Equal(api, Cards(page[..split]));
        Assert.Equal(apiClosest, Cards(page[split..]));

        var stdout = new StringWriter();
        var exit = Ladder.LadderCli.Run(["--db", web.DatabasePath, "transitions", slug], stdout, new StringWriter());
        Assert.Equal(0, exit);
        var text = stdout.ToString();
        var closestAt = text.IndexOf("Closest in skills to", StringComparison.Ordinal);
        Assert.Equal(api, Lines(text[..closestAt]));
        Assert.Equal(apiClosest, Lines(text[closestAt..text.IndexOf("Best moves into", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Physical_therapist_assistants_name_no_way_in_that_skips_the_licensed_programme()
    {
        // The PTA licence is earned through an accredited associate's programme (content/licences): physical therapist
        // aides and everyone else need that school, so the guide lists no way in and names the school route in the
        // licence decision's own words, while the API keeps the moves.
        var into = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/transitions/physical-therapist-assistants?limit=10")).RootElement.GetProperty("into");
        Assert.NotEqual(0, into.GetArrayLength());
        var guide = web.Engine.Guide("physical-therapist-assistants")!;
        Assert.Empty(guide.BreakIn.FromRoles);
        var decision = web.Engine.Catalog.Outlook.Licences.For(web.Engine.Catalog.FindRole("physical-therapist-assistants")!)!;
        Assert.Equal($"none: the way in is not another job but {decision.Time} ({decision.Credential})", guide.BreakIn.FromRolesText);
        var aides = TransitionAnalyzer.Analyze(web.Engine.Space, web.Engine.Catalog.FindRole("physical-therapist-aides")!, web.Engine.Catalog.FindRole("physical-therapist-assistants")!);
        Assert.Contains(TransitionBarrier.LicenceDegree, aides.Barriers);
    }

    [Theory]
    [InlineData("pharmacy-technicians")]
    [InlineData("registered-nurses")]
    [InlineData("electricians")]
    [InlineData("paramedics")]
    public async Task The_guide_names_as_ways_in_the_moves_into_the_role_the_api_lists_in_their_order(string slug)
    {
        var into = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/v1/transitions/{slug}?limit=10")).RootElement
            .GetProperty("into").EnumerateArray().Select(m => m.GetProperty("role").GetProperty("slug").GetString()!).ToList();
        var guide = web.Engine.Guide(slug)!;
        var from = guide.BreakIn.FromRoles.Select(r => r.Slug).ToList();
        Assert.NotEmpty(from);
        // The guide keeps a subsequence of the list (ways in that pay the mover no less), never a role of its own.
        Assert.Equal(from, into.Where(from.Contains));
        // Its note names the first of them, so the two never disagree.
        if (guide.BreakIn.EntryNote is { } note && (note.Contains("move in from", StringComparison.Ordinal) || note.Contains("moves in are from", StringComparison.Ordinal)))
            Assert.Contains(guide.BreakIn.FromRoles[0].Title, note, StringComparison.Ordinal);
        var pay = web.Engine.Catalog.FindRole(slug)!.MedianPay!.Value;
        Assert.All(guide.BreakIn.FromRoles, r => Assert.True(web.Engine.Catalog.FindRole(r.Slug)!.MedianPay <= pay * 1.05m, $"{r.Title} pays more than {slug}"));
        // O*NET rates neither EMTs nor paramedics; the EMT course is the way in all the same (same SOC broad group, paid less).
        if (slug == "paramedics")
            Assert.Equal("emergency-medical-technicians", from[0]);
    }

    [Fact]
    public async Task A_residency_occupation_says_its_way_in_is_school_and_residency_on_every_surface()
    {
        var guide = web.Engine.Guide("pediatricians-general")!;
        Assert.Empty(guide.BreakIn.FromRoles);
        var text = guide.BreakIn.FromRolesText;
        Assert.Equal(guide.BreakIn.FromRolesNote, text);
        // The licence decision's own words (content/licences): the degree, the residency and the licence.
        Assert.Contains("not another job", text, StringComparison.Ordinal);
        Assert.Contains("residency", text, StringComparison.Ordinal);
        Assert.Contains("Physician (MD or DO) licence", text, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await web.Browser().GetStringAsync("/careers/pediatricians-general"));
        Assert.Contains($"Roles people move from:</strong> {text}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Ladder.Guides.BreakIn.NoFromRoles, html, StringComparison.Ordinal);
        // An occupation whose licence route is a programme, not a residency, names its own school and no residency.
        Assert.DoesNotContain("residency", web.Engine.Guide("physical-therapist-assistants")!.BreakIn.FromRolesNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handbook_route_leads_the_way_in_once_on_the_page_in_markdown_and_in_the_terminal()
    {
        var guide = web.Engine.Guide("information-security-analysts")!;
        var route = guide.BreakIn.Route!;
        var html = WebUtility.HtmlDecode(await web.Browser().GetStringAsync("/careers/information-security-analysts"));
        // Written once in the way in, inside "How people get there", with the occupation linked and the page cited (the
        // roadmap's "How people get there" step says the same words).
        var breakIn = html[html.IndexOf("id=\"break-in\"", StringComparison.Ordinal)..html.IndexOf("id=\"pros-cons\"", StringComparison.Ordinal)];
        Assert.Single(Regex.Matches(breakIn, "The Handbook's usual route:"));
        Assert.Contains(route.Text, html[..html.IndexOf("id=\"break-in\"", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("The Handbook's usual route:</strong> experience as <a href=\"/careers/network-and-computer-systems-administrators\">Network and Computer Systems Administrators</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{route.Source}\">BLS Occupational Outlook Handbook: Information Security Analysts</a>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("The Handbook's usual route:", StringComparison.Ordinal) < html.IndexOf("<h3>Roles people move from</h3>", StringComparison.Ordinal));
        // The observed moves follow, a subsequence of the API's moves in.
        var into = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/transitions/information-security-analysts?limit=10")).RootElement
            .GetProperty("into").EnumerateArray().Select(m => m.GetProperty("role").GetProperty("slug").GetString()!).ToList();
        var from = guide.BreakIn.FromRoles.Select(r => r.Slug).ToList();
        Assert.Equal(from, into.Where(from.Contains));
        Assert.Contains("machine-learning-engineer", into);
        Assert.DoesNotContain("machine-learning-engineer", from);

        var markdown = GuideMarkdown.Render(guide);
        Assert.Single(Regex.Matches(markdown, Regex.Escape(route.Text)), m => markdown.LastIndexOf("## How to break in", StringComparison.Ordinal) < m.Index);
        var stdout = new StringWriter();
        Assert.Equal(0, Ladder.LadderCli.Run(["--db", web.DatabasePath, "guide", "information-security-analysts"], stdout, new StringWriter()));
        var terminal = Regex.Replace(stdout.ToString(), @"\s+", " ");
        Assert.Contains(route.Text[GuideRoute.Lead.Length..], terminal, StringComparison.Ordinal);
    }

    private static List<(string Title, string Headline)> Moves(JsonElement list, string name) =>
        list.GetProperty(name).EnumerateArray()
            .Select(m => (m.GetProperty("role").GetProperty("title").GetString()!, m.GetProperty("headline").GetString()!)).ToList();

    private static List<(string, string)> Cards(string html) =>
        CardPattern().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    private static List<(string, string)> Lines(string text) =>
        CliPattern().Matches(text).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim())).ToList();

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
