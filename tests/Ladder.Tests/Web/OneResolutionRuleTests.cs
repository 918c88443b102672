using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ladder.Catalog;

namespace Ladder.Tests.Web;

/// <summary>
/// The same typed words open the same role on every surface: <c>ladder guide</c>, <c>ladder compare</c>, the search
/// page's best match, <c>/careers/{slug}/from?role=</c>, the gap page and <c>/api/gap</c> all follow
/// <see cref="Ladder.Engine.LadderEngine.Resolve"/>, and ask (or say nothing matched) where it does.
/// </summary>
public sealed partial class OneResolutionRuleTests(WebFixture web) : IClassFixture<WebFixture>
{
    /// <summary>Codes, slugs, exact and alternate titles, abbreviations, typos, vague words and nonsense, as people type them.</summary>
    public static TheoryData<string> Inputs() =>
    [
        "15-2051.00", "29-1141.00", "47-2111.00", "data-scientists", "machine-learning-engineer", "registered-nurses",
        "Data Scientists", "Electricians", "Registered Nurses", "Chief Executives", "Postal Service Clerks", "Barista",
        "Machine Learning Engineer", "Heavy and Tractor-Trailer Truck Drivers", "Elementary School Teachers, Except Special Education",
        "sr ml eng", "ml engineer", "RN ICU nights", "software dev", "react dev", ".NET developer", "truck driver",
        "CDL driver", "journeyman electrician", "K-12 teacher", "nurse", "teacher", "engineer", "manager", "analyst",
        "data scientist", "Sr. Data Scientist", "payments architect", "CRM consultant", "welder", "forklift operator",
        "dental hygienist", "paralegal", "accountant", "line cook", "plumber", "HVAC tech", "pharmacy tech",
        "customer service rep", "warehouse associate", "qa test lead", "devops engineer", "xyzzy plugh", "qqqq zzzz", "chef",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Every_surface_opens_the_role_the_engine_resolves(string input)
    {
        var resolution = web.Engine.Resolve(input);
        var expected = resolution is Resolution.Found found ? found.Role.Slug : null;

        var guide = Cli("guide", input, "--json");
        if (expected is null) Assert.Equal(2, guide.Exit);
        else Assert.Equal(expected, JsonDocument.Parse(guide.Out).RootElement.GetProperty("slug").GetString());

        var other = expected == "electricians" ? "plumbers-pipefitters-and-steamfitters" : "electricians";
        var compare = Cli("compare", input, other, "--json");
        if (expected is null) Assert.Equal(2, compare.Exit);
        else Assert.Equal(expected, JsonDocument.Parse(compare.Out).RootElement.GetProperty("a").GetProperty("role").GetProperty("slug").GetString());

        var search = await web.Browser().GetStringAsync("/search?q=" + Uri.EscapeDataString(input));
        Assert.Equal(expected, BestMatch().Match(search) is { Success: true } m ? m.Groups[1].Value : null);

        // The test server's client does not follow redirects, so the Location header is what the page chose.
        var from = await web.Browser().GetAsync($"/careers/{other}/from?role={Uri.EscapeDataString(input)}");
        if (expected is null) Assert.Equal(HttpStatusCode.NotFound, from.StatusCode);
        else Assert.EndsWith($"/careers/{other}/from/{expected}", from.Headers.Location?.ToString());

        var page = await web.Browser().PostAsync("/gap", new FormUrlEncodedContent(new Dictionary<string, string> { ["target"] = input, ["skills"] = "python, sql" }));
        var gapHtml = await page.Content.ReadAsStringAsync();
        Assert.Equal(expected, GapTarget().Match(gapHtml) is { Success: true } g ? g.Groups[1].Value : null);

        var api = await web.Client.PostAsJsonAsync("/api/gap", new { target = input, skills = new[] { "python", "sql" } });
        if (expected is null)
        {
            Assert.Equal(resolution is Resolution.Ambiguous ? HttpStatusCode.Conflict : HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            var report = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(expected, report.GetProperty("target").GetProperty("slug").GetString());
        }
    }

    [Theory]
    [InlineData("15-2051.00", "data-scientists")]
    [InlineData("Registered Nurses", "registered-nurses")]
    [InlineData("sr ml eng", "machine-learning-engineer")]
    [InlineData("Machine Learning Engineer", "machine-learning-engineer")]
    public void Codes_exact_titles_and_clear_free_text_open_one_role(string input, string slug)
    {
        var found = Assert.IsType<Resolution.Found>(web.Engine.Resolve(input));
        Assert.Equal(slug, found.Role.Slug);
    }

    [Fact]
    public void Nonsense_is_not_found_and_is_never_guessed()
    {
        Assert.IsType<Resolution.NotFound>(web.Engine.Resolve("qqqq zzzz"));
        Assert.IsType<Resolution.NotFound>(web.Engine.Resolve("   "));
        // A word the index does not know is never dropped to reach a confident answer ("plugh" → "Plugger").
        Assert.IsNotType<Resolution.Found>(web.Engine.Resolve("xyzzy plugh"));
        Assert.IsNotType<Resolution.Found>(web.Engine.Resolve("'; DROP TABLE applications; --"));
    }

    private (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Ladder.LadderCli.Run(["--db", web.DatabasePath, .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex("data-best-match=\"([^\"]+)\"")]
    private static partial Regex BestMatch();

    [GeneratedRegex("Your gap to <a href=\"/careers/([^\"]+)\"")]
    private static partial Regex GapTarget();
}
