using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ladder.Discover;
using Ladder.Interests;
using Ladder.Tests.Web;

namespace Ladder.Tests.Discover;

public sealed partial class DiscoverWebTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Artistic = "realistic=1&investigative=2&artistic=7&social=2&enterprising=1&conventional=1";

    [Fact]
    public async Task The_questionnaire_is_a_get_form_of_42_activities_each_with_like_not_sure_and_dislike_and_says_nothing_is_stored()
    {
        var html = await web.Browser().GetStringAsync("/discover");
        Assert.Contains("<form class=\"discover-form\" id=\"discover-form\" action=\"/discover\" method=\"get\">", html);
        Assert.Equal(42, Regex.Matches(html, "<fieldset><legend>").Count);
        foreach (var value in new[] { "like", "unsure", "dislike" })
            Assert.Equal(42, Regex.Matches(html, $"type=\"radio\" id=\"q\\d+-{value}\" name=\"q\\d+\" value=\"{value}\"").Count);
        Assert.Contains(Ladder.Web.Pages.DiscoverPage.Privacy, html);
        Assert.Contains("Build kitchen cabinets.", html);
        Assert.Contains("name=\"jobZone\"", html);
        Assert.Contains("Job Zone Five: Extensive Preparation Needed", html);
        Assert.Contains("<script src=\"/assets/discover.js\" defer></script>", html);
    }

    [Fact]
    public async Task Answers_in_the_address_give_a_profile_with_onets_keywords_and_careers_with_pay_outlook_preparation_and_licence()
    {
        var questions = SharedEngine.Instance.Careers.Questionnaire.Questions;
        var query = string.Join("&", questions.Select(q => $"{q.Id}={(q.Area.Key is "social" ? "like" : q.Area.Key is "investigative" ? "unsure" : "dislike")}"));
        var response = await web.Browser().GetAsync("/discover?" + query + "&jobZone=4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your interest profile: S</h2>", html);
        Assert.Contains("Advise, Educate, Guide, Help, Nurture, Teach; Communication, Health, People, Service, Social", html);
        Assert.Contains("Job Zone Four: Considerable Preparation Needed: ", html);
        Assert.Equal(20, Regex.Matches(html, "<li class=\"card fit\">").Count);
        foreach (var label in new[] { "Median pay", "Outlook", "Preparation", "Licence" })
            Assert.Equal(20, Regex.Matches(html, $"<dt>{label}</dt>").Count);
        Assert.Contains("State teaching licence (certificate)", html);
        // The answers come back checked, so a reader can change one and resend.
        Assert.Contains($"id=\"{questions[3].Id}-like\" name=\"{questions[3].Id}\" value=\"like\" checked", html);
    }

    [Fact]
    public async Task A_current_job_links_each_career_to_the_move_and_an_unknown_one_says_why_there_are_no_moves()
    {
        var html = await web.Browser().GetStringAsync("/discover?" + Artistic + "&current=cashiers");
        Assert.Equal(20, Regex.Matches(html, "<dt>From your job</dt>").Count);
        Assert.Matches("href=\"/careers/[a-z0-9-]+/from/cashiers\">See the move from Cashiers</a>", html);

        html = await web.Browser().GetStringAsync("/discover?" + Artistic + "&current=zzqqxx");
        Assert.DoesNotContain("<dt>From your job</dt>", html);
        Assert.Contains("No job matches “zzqqxx”", html);
    }

    [Theory]
    [InlineData("q1=maybe", 400, "'q1' must be like, unsure or dislike.")]
    [InlineData("q1=unsure&q2=unsure", 422, "Your answers give every interest area the same score")]
    [InlineData("realistic=8&investigative=1&artistic=1&social=1&enterprising=1&conventional=1", 400, "'realistic' must be a number from 0 to 7")]
    [InlineData(Artistic + "&jobZone=1", 400, "'jobZone' must be one of the job zones")]
    public async Task Bad_input_shows_the_form_again_with_a_clear_message(string query, int status, string message)
    {
        var response = await web.Browser().GetAsync("/discover?" + query);
        Assert.Equal(status, (int)response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains("id=\"discover-form\"", html);
    }

    [Fact]
    public async Task The_api_ranks_like_the_engine_and_filters_by_job_zone()
    {
        var response = await web.Client.GetAsync("/api/v1/discover?" + Artistic + "&jobZone=3&limit=7&workValues=achievement,independence");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        var engine = SharedEngine.Instance.Discover(new DiscoverQuery
        {
            Profile = new InterestProfile([1, 2, 7, 2, 1, 1]), JobZone = 3, Limit = 7,
            WorkValues = [WorkValue.Find("achievement")!, WorkValue.Find("independence")!],
        });
        Assert.Equal(engine.Items.Select(i => (i.Role.Code, i.Fit)), items.Select(i => (i.GetProperty("code").GetString()!, i.GetProperty("fit").GetDouble())));
        Assert.All(items, i => Assert.Equal(3, i.GetProperty("jobZone").GetInt32()));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("slug").GetString())));
        Assert.Equal("A", doc.RootElement.GetProperty("profile").GetProperty("code").GetString());
        Assert.Contains("CC BY 4.0", doc.RootElement.GetProperty("meta").GetProperty("attribution").GetString());
    }

    [Fact]
    public async Task A_state_switches_pay_and_the_minimum_pay_filter_to_that_states_bls_medians()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/discover?" + Artistic + "&state=TX&minPay=60000&limit=10"));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var engine = SharedEngine.Instance;
        var texas = Ladder.States.UsState.Find("TX")!;
        Assert.All(items, i =>
        {
            Assert.Equal("TX", i.GetProperty("payScope").GetString());
            var role = engine.Catalog.FindRole(i.GetProperty("slug").GetString()!)!;
            var pay = Ladder.Catalog.StatePay.For(engine.Catalog, role, texas)!;
            Assert.Equal(pay.Wage.Median, i.GetProperty("medianPay").GetDecimal());
            Assert.True(i.GetProperty("medianPay").GetDecimal() >= 60000);
            Assert.Equal(pay.MedianDisplay, i.GetProperty("medianPayDisplay").GetString());
        });
        var html = await web.Browser().GetStringAsync("/discover?" + Artistic + "&state=TX");
        Assert.Contains("(Texas median)", html);
        Assert.Contains("<option value=\"TX\" selected>Texas</option>", html);
    }

    [Theory]
    [InlineData("realistic=1", "Give 'investigative'")]
    [InlineData(Artistic + "&jobZone=7", "'jobZone' must be one of")]
    [InlineData(Artistic + "&workValues=fame", "'workValues' takes")]
    [InlineData(Artistic + "&limit=101", "'limit' must be a whole number from 1 to 100")]
    [InlineData(Artistic + "&current=zzqqxx", "'current' does not name one role")]
    [InlineData(Artistic + "&state=Atlantis", "No U.S. state 'Atlantis'")]
    [InlineData("realistic=2&investigative=2&artistic=2&social=2&enterprising=2&conventional=2", "All six scores are the same")]
    public async Task The_api_answers_bad_input_with_problem_details(string query, string detail)
    {
        var response = await web.Client.GetAsync("/api/v1/discover?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(detail, doc.RootElement.GetProperty("detail").GetString());
    }
}
