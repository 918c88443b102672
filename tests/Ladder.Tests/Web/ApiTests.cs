using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ladder.Tests.Web;

public sealed class ApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/api/roles")]
    [InlineData("/api/roles?domain=data-ai")]
    [InlineData("/api/roles?domain=Data%20%26%20AI&q=engineer")]
    [InlineData("/api/roles/machine-learning-engineer")]
    [InlineData("/api/search?q=ml%20engineer&limit=5")]
    [InlineData("/api/compare?a=machine-learning-engineer&b=data-scientist")]
    [InlineData("/api/domains")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_read_endpoint_answers_json(string url)
    {
        var response = await web.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public async Task Guide_endpoint_returns_the_guide_with_four_levels_and_sources()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/roles/machine-learning-engineer"));
        var guide = doc.RootElement;
        Assert.Equal("Machine Learning Engineer", guide.GetProperty("title").GetString());
        Assert.Equal(4, guide.GetProperty("levels").GetArrayLength());
        foreach (var level in guide.GetProperty("levels").EnumerateArray())
            Assert.True(level.GetProperty("payLow").GetDecimal() > 0);
        Assert.True(guide.GetProperty("sources").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Search_ranks_the_curated_role_first_and_lists_carry_attribution()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/search?q=ml%20engineer"));
        var first = doc.RootElement.GetProperty("items")[0];
        Assert.Equal("machine-learning-engineer", first.GetProperty("slug").GetString());
        var meta = doc.RootElement.GetProperty("meta");
        Assert.Contains("CC BY 4.0", meta.GetProperty("attribution").GetString());
        Assert.Equal("May 2025", meta.GetProperty("oewsRelease").GetString());
    }

    [Theory]
    // Several occupations have these as an exact title; the site keeps the index's evidence order for the tie
    // (classifier fit, then employment) instead of sorting it alphabetically (Database Architects first).
    [InlineData("developer", "15-1252.00")]
    [InlineData("general manager", "11-1021.00")]
    [InlineData("nurse", "29-1141.00")]
    public async Task Search_keeps_the_title_index_order_for_equal_scores(string query, string first)
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}&limit=5"));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(first, items[0].GetProperty("code").GetString());
        Assert.Equal(items[0].GetProperty("score").GetDouble(), items[1].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Roles_filter_by_domain()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/roles?domain=data-ai"));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("Data & AI", i.GetProperty("domain").GetString()));
    }

    [Fact]
    public async Task Catalog_data_has_etag_cache_control_and_attribution_and_revalidates_to_304()
    {
        var first = await web.Client.GetAsync("/api/roles/data-scientist");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());
        Assert.Contains("CC BY 4.0", first.Headers.GetValues("X-Data-Attribution").Single());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/roles/data-scientist");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        var page = await web.Browser().GetAsync("/careers/data-scientist");
        Assert.Equal(etag, page.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Responses_are_compressed_when_the_client_accepts_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/careers/machine-learning-engineer");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await web.Client.SendAsync(request);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task OpenApi_document_describes_every_api_endpoint()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/roles", "/api/v1/roles/{slug}", "/api/v1/search", "/api/v1/compare", "/api/v1/transitions/{slug}", "/api/v1/gap", "/api/v1/domains" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        // The unversioned alias answers the same operations but is not described twice.
        Assert.False(paths.TryGetProperty("/api/roles", out _));
    }

    [Theory]
    [InlineData("/api/roles/no-such-role", 404)]
    [InlineData("/api/roles?domain=nowhere", 404)]
    [InlineData("/api/search", 400)]
    [InlineData("/api/search?q=nurse&limit=0", 400)]
    [InlineData("/api/search?q=nurse&limit=abc", 400)]
    [InlineData("/api/compare?a=data-scientist", 400)]
    [InlineData("/api/compare?a=data-scientist&b=nope", 404)]
    [InlineData("/api/transitions/data-scientist?limit=0", 400)]
    [InlineData("/api/transitions/nope", 404)]
    [InlineData("/api/nothing-here", 404)]
    public async Task Errors_are_problem_details(string url, int status)
    {
        var response = await web.Client.GetAsync(url);
        await AssertProblem(response, status);
    }

    [Fact]
    public async Task Gap_rejects_malformed_json_wrong_media_type_and_unrecognised_skills()
    {
        await AssertProblem(await web.Client.PostAsync("/api/gap", new StringContent("{\"target\": ", Encoding.UTF8, "application/json")), 400);
        await AssertProblem(await web.Client.PostAsync("/api/gap", new StringContent("[1,2]", Encoding.UTF8, "application/json")), 400);
        await AssertProblem(await web.Client.PostAsync("/api/gap", new StringContent("target=x", Encoding.UTF8, "text/plain")), 415);
        await AssertProblem(await web.Client.PostAsJsonAsync("/api/gap", new { target = "", skills = new[] { "Python" } }), 400);
        await AssertProblem(await web.Client.PostAsJsonAsync("/api/gap", new { target = "machine learning engineer", skills = new[] { "qwertyuiop" } }), 422);
        await AssertProblem(await web.Client.PostAsJsonAsync("/api/gap", new { target = "machine learning engineer", currentRole = "machine learning engineer" }), 422);
        await AssertProblem(await web.Client.PostAsJsonAsync("/api/gap", new { target = "machine learning engineer" }), 422);
        await AssertProblem(await web.Client.GetAsync("/api/gap"), 405);
    }

    [Fact]
    public async Task Transitions_and_gap_answer_with_scores_from_the_matching_engine()
    {
        using (var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/transitions/data-scientist?limit=3")))
        {
            Assert.Equal(3, doc.RootElement.GetProperty("outOf").GetArrayLength());
            Assert.Equal(3, doc.RootElement.GetProperty("into").GetArrayLength());
            Assert.InRange(doc.RootElement.GetProperty("outOf")[0].GetProperty("score").GetDouble(), 0.1, 100);
        }
        var gap = await web.Client.PostAsJsonAsync("/api/gap", new { target = "machine learning engineer", skills = new[] { "Python", "SQL" } });
        Assert.Equal(HttpStatusCode.OK, gap.StatusCode);
        using var g = JsonDocument.Parse(await gap.Content.ReadAsStringAsync());
        Assert.Equal("machine-learning-engineer", g.RootElement.GetProperty("target").GetProperty("slug").GetString());
        Assert.InRange(g.RootElement.GetProperty("matchPercent").GetDouble(), 0.1, 100);
        Assert.NotEqual(0, g.RootElement.GetProperty("learningPlan").GetArrayLength());
        Assert.Equal(10, g.RootElement.GetProperty("closestRoles").GetArrayLength());
    }

    internal static async Task AssertProblem(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, doc.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("title").GetString()));
    }
}
