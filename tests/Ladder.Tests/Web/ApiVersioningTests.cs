using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ladder.Web.Api;
using Ladder.Web.Site;
using Microsoft.Extensions.DependencyInjection;

namespace Ladder.Tests.Web;

/// <summary>The versioned contract under /api/v1, its /api alias, and the fields search shares with <c>ladder search --json</c>.</summary>
public sealed class ApiVersioningTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/roles/data-scientist")]
    [InlineData("/search?q=senior%20data%20scientist&limit=3")]
    [InlineData("/transitions/data-scientist?limit=3")]
    [InlineData("/domains")]
    public async Task The_alias_answers_what_v1_answers(string path)
    {
        var v1 = await web.Client.GetStringAsync("/api/v1" + path);
        var alias = await web.Client.GetStringAsync("/api" + path);
        Assert.Equal(v1, alias);
    }

    [Fact]
    public async Task Search_items_carry_the_cli_score_what_matched_and_the_seniority()
    {
        const string query = "senior data scientist";
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/search?q=senior%20data%20scientist&limit=5"));
        var first = doc.RootElement.GetProperty("items")[0];
        // What `ladder search --json` prints for the same role and query: the CLI searches this same title index.
        var titles = web.App.Services.GetRequiredService<SiteData>().Engine.Titles;
        var cli = titles.Search(query, 10).Matches.First(m => m.Role.Slug == first.GetProperty("slug").GetString());
        Assert.Equal(Math.Round(cli.Score, 3), first.GetProperty("score").GetDouble());
        Assert.Equal(cli.Matched, first.GetProperty("matched").GetString());
        Assert.Equal(cli.Seniority, first.GetProperty("seniority").GetString());
        Assert.NotNull(cli.Seniority);
    }

    [Fact]
    public async Task A_prefix_still_being_typed_has_a_score_between_0_and_1_and_says_what_matched()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/search?q=data%20sci&limit=5"));
        foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray())
        {
            Assert.InRange(item.GetProperty("score").GetDouble(), 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("matched").GetString()));
        }
    }

    [Fact]
    public async Task A_v1_submission_points_its_location_at_v1()
    {
        var body = new { name = "Ada Lovelace", email = "ada@example.org", currentRole = "Analyst", targetRole = "data-scientist",
            yearsOfExperience = 3, location = "London", message = "I would like to move into data science.", consent = true };
        using var response = await web.Client.PostAsJsonAsync("/api/v1/applications", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("/api/v1/applications/LAD-", response.Headers.Location!.OriginalString);
    }
}
