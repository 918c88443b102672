using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ladder.Tests.Web;

public sealed partial class PagesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/careers/machine-learning-engineer")]
    [InlineData("/careers/data-scientists")]
    [InlineData("/compare/machine-learning-engineer/vs/data-scientist")]
    [InlineData("/careers/machine-learning-engineer/from/data-analyst")]
    [InlineData("/gap")]
    [InlineData("/domains")]
    [InlineData("/domains/data-ai")]
    [InlineData("/search?q=ml+engineer")]
    [InlineData("/search")]
    [InlineData("/apply")]
    [InlineData("/apply?role=machine-learning-engineer")]
    public async Task Every_page_renders_as_html_with_attribution(string url)
    {
        var response = await web.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Used under the CC BY 4.0 license", html);
        Assert.Contains("Occupational Employment and Wage Statistics", html);
        Assert.Contains("Data as of:", html);
        AssertHeadingsInOrder(html);
    }

    [Fact]
    public async Task Machine_learning_engineer_guide_has_four_levels_with_pay_in_the_chart_and_table()
    {
        var html = await web.Browser().GetStringAsync("/careers/machine-learning-engineer");
        Assert.Equal(4, BarPattern().Matches(html).Count);
        Assert.Contains("role=\"img\"", html);
        Assert.Contains("class=\"median\"", html);
        foreach (var level in new[] { "Junior or associate", "Mid-level professional", "Senior professional", "Lead or manager" })
            Assert.Matches($"<th scope=\"row\">{Regex.Escape(level)}</th><td class=\"years\">[^<]+</td><td class=\"num\">\\$\\d", html);
        // The file's median names no publisher, so the BLS median of 15-2051 Data Scientists is shown.
        Assert.Contains("$120,230", html);
        foreach (var id in new[] { "pay", "work", "skills", "levels", "roadmap", "break-in", "pros-cons", "related", "apply", "sources" })
            Assert.Contains($"<section id=\"{id}\"", html);
        Assert.Contains("class=\"tag hot\"", html);
        Assert.Contains("href=\"/apply?role=machine-learning-engineer\"", html);
        Assert.Contains("href=\"/compare/machine-learning-engineer/vs/", html);
        Assert.Contains("aria-label=\"Breadcrumb\"", html);
    }

    [Fact]
    public async Task Guide_head_has_canonical_description_open_graph_and_valid_occupation_json_ld()
    {
        var html = await web.Browser().GetStringAsync("/careers/machine-learning-engineer");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/careers/machine-learning-engineer\">", html);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{40,}\">", html);
        Assert.Contains("<meta property=\"og:title\"", html);
        Assert.Contains("<meta property=\"og:url\"", html);
        var json = JsonLdPattern().Match(html).Groups[1].Value;
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Occupation", root.GetProperty("@type").GetString());
        Assert.Equal("Machine Learning Engineer", root.GetProperty("name").GetString());
        var salary = root.GetProperty("estimatedSalary")[0];
        Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
        Assert.Equal("USD", salary.GetProperty("currency").GetString());
        foreach (var p in new[] { "percentile10", "percentile25", "median", "percentile75", "percentile90" })
            Assert.True(salary.GetProperty(p).GetDecimal() > 10_000m, p);
        Assert.Equal("15-2051.00", root.GetProperty("occupationalCategory")[0].GetProperty("codeValue").GetString());
        Assert.True(root.GetProperty("skills").GetArrayLength() > 3);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("qualifications").GetString()));
        Assert.Equal("US", root.GetProperty("occupationLocation")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Every_curated_guide_renders_with_parseable_json_ld()
    {
        var client = web.Browser();
        foreach (var role in web.Catalog.CuratedRoles)
        {
            var html = await client.GetStringAsync("/careers/" + role.Slug);
            using var doc = JsonDocument.Parse(JsonLdPattern().Match(html).Groups[1].Value);
            Assert.Equal(role.Title, doc.RootElement.GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task Compare_page_shows_both_roles_pay_per_level_and_marks_shared_skills()
    {
        var html = await web.Browser().GetStringAsync("/compare/machine-learning-engineer/vs/data-scientist");
        Assert.Contains("Machine Learning Engineer <span class=\"vs\">vs</span> Data Scientist", html);
        Assert.Contains("Lead or manager pay", html);
        Assert.Contains("90th percentile", html);
        Assert.Contains("class=\"tag shared\"", html);
        Assert.Contains("Bureau of Labor Statistics", html);
    }

    [Fact]
    public async Task Transition_and_gap_pages_show_the_matching_scores()
    {
        var transition = await web.Browser().GetStringAsync("/careers/machine-learning-engineer/from/data-analyst");
        // The verdict is said in words with its reason; the 0-100 score stays in the API only.
        Assert.Matches("class=\"verdict\">[^<]+<", transition);
        Assert.DoesNotContain("score-big", transition);
        Assert.Contains("To learn, most important first", transition);
        Assert.Contains("Median pay change", transition);
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["target"] = "ml engineer", ["skills"] = "Python, SQL", ["current"] = "data analyst" });
        var response = await web.Browser().PostAsync("/gap", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gap = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your gap to <a href=\"/careers/machine-learning-engineer\">Machine Learning Engineer</a>", gap);
        Assert.Matches("class=\"score-big\">[0-9]{1,3}%</span>", gap);
        Assert.Contains("Your learning plan", gap);
        Assert.Contains("Roles you are already closest to", gap);
        Assert.Contains("/careers/machine-learning-engineer/from/data-analyst", gap);
    }

    [Fact]
    public async Task Gap_form_without_a_target_is_a_422_page_with_the_message()
    {
        var response = await web.Browser().PostAsync("/gap", new FormUrlEncodedContent(new Dictionary<string, string> { ["skills"] = "Python" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter a target role.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Apply_form_has_every_field_labelled_prefills_the_target_role_and_sits_in_the_site_layout()
    {
        var html = await web.Browser().GetStringAsync("/apply?role=machine-learning-engineer");
        foreach (var name in new[] { "name", "email", "currentRole", "targetRole", "yearsOfExperience", "location", "message", "consent" })
        {
            Assert.Contains($"for=\"{name}\"", html);
            Assert.Contains($"name=\"{name}\"", html);
        }
        Assert.Contains("maxlength=\"4000\"", html);
        Assert.Contains("<form class=\"stack apply-form\" action=\"/apply\" method=\"post\"", html);
        Assert.Contains("max=\"70\"", html);
        Assert.Contains("__RequestVerificationToken", html);
        // The shared layout: navigation and the O*NET attribution in the footer.
        Assert.Contains("class=\"site-footer\"", html);
        Assert.Contains("CC BY 4.0", html);
    }

    [Fact]
    public async Task Search_finds_ml_engineer_and_encodes_script_in_the_query()
    {
        var html = await web.Browser().GetStringAsync("/search?q=ml+engineer");
        Assert.Contains("href=\"/careers/machine-learning-engineer\"", html);
        var hostile = await web.Browser().GetStringAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script>\"'"));
        Assert.DoesNotContain("<script>alert(1)", hostile);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;", hostile);
    }

    [Fact]
    public async Task Search_results_name_the_title_that_matched_in_plain_words_not_the_index_evidence()
    {
        var html = await web.Browser().GetStringAsync("/search?q=staff+nurse");
        // The O*NET title the index matched, where it is not the role's own ("Staff Nurse" for Registered Nurses).
        var named = web.Engine.Titles.Search("staff nurse", 25, asYouType: true).Matches.First(m => m.MatchedTitle != m.Title);
        Assert.Contains($"(also called {System.Net.WebUtility.HtmlEncode(named.MatchedTitle)})", html, StringComparison.Ordinal);
        foreach (var jargon in new[] { "exact alternate title", "words of ", "classifier fit", "tied with", "shared:" })
            Assert.DoesNotContain(jargon, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_role_is_a_friendly_404_page_for_browsers_with_suggestions()
    {
        var response = await web.Browser().GetAsync("/careers/machine-learning-engineerz");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Career not found", html);
        Assert.Contains("Did you mean", html);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Browser().GetAsync("/compare/a/vs/b")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.Browser().GetAsync("/domains/nowhere")).StatusCode);
    }

    [Fact]
    public async Task Sitemap_lists_every_guide_and_robots_points_to_it()
    {
        var xml = XDocument.Parse(await web.Client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        // Each guide and its pay-by-state page.
        Assert.Equal(2 * web.Catalog.Roles.Count + web.Catalog.Domains.Count + 2, urls.Count);
        Assert.Contains("http://localhost/careers/machine-learning-engineer", urls);
        var robots = await web.Client.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Assets_are_served_with_their_types()
    {
        var css = await web.Client.GetAsync("/assets/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prefers-color-scheme: dark", await css.Content.ReadAsStringAsync());
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync());
        var js = await web.Client.GetAsync("/assets/site.js");
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertHeadingsInOrder(string html)
    {
        var levels = HeadingPattern().Matches(html).Select(m => m.Groups[1].Value[0] - '0').ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (int i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]}");
    }

    [GeneratedRegex("<rect class=\"bar bar-\\d\"")]
    private static partial Regex BarPattern();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();

    [GeneratedRegex("<h([1-6])[ >]")]
    private static partial Regex HeadingPattern();
}
