using System.Net;
using System.Text.Json;

namespace Ladder.Tests.Applications;

public sealed class ApplicationApiTests(ShippedCatalogFixture catalog) : ApplyServerTests(catalog), IClassFixture<ShippedCatalogFixture>
{

    [Fact]
    public async Task A_valid_application_gets_201_a_reference_and_a_location()
    {
        using var response = await Client.SendAsync(Submissions.Post(Submissions.Body(1)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = await Submissions.ReferenceOf(response);
        Assert.Equal($"/api/applications/{reference}", response.Headers.Location!.OriginalString);
        var stored = await Server.Store.FindAsync(reference);
        Assert.Equal("Applicant 1", stored!.Name);
        Assert.Equal("data-scientists", stored.TargetRoleSlug); // sent as the code 15-2051.00
    }

    [Fact]
    public async Task Invalid_fields_come_back_as_validation_problem_details()
    {
        using var response = await Client.SendAsync(Submissions.Post(new { name = "", email = "nope", targetRole = "not-a-role", yearsOfExperience = 200, message = new string('m', 4001) }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(new HashSet<string> { "name", "email", "currentRole", "targetRole", "yearsOfExperience", "message", "consent" }, fields);
        Assert.Equal(0, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_named_in_the_problem()
    {
        using var response = await Client.SendAsync(Submissions.Raw(Submissions.Utf8("""{"name":"A","yearsOfExperience":"five"}"""), "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("yearsOfExperience", out _));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_same_reference_and_stores_once()
    {
        using var first = await Client.SendAsync(Submissions.Post(Submissions.Body(2), key: "client-retry-1"));
        using var second = await Client.SendAsync(Submissions.Post(Submissions.Body(2), key: "client-retry-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await Submissions.ReferenceOf(first), await Submissions.ReferenceOf(second));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task Reusing_a_key_for_different_content_is_a_409()
    {
        using var first = await Client.SendAsync(Submissions.Post(Submissions.Body(3), key: "client-reuse"));
        using var second = await Client.SendAsync(Submissions.Post(Submissions.Body(4), key: "client-reuse"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.DoesNotContain(await Submissions.ReferenceOf(first), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Anything_but_json_is_415(string contentType)
    {
        using var response = await Client.SendAsync(Submissions.Raw(Submissions.Utf8("name=a"), contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_16_KB_is_413()
    {
        using var response = await Client.SendAsync(Submissions.Post(Submissions.Body(5, message: new string('x', 20_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await Server.Store.CountAsync());
    }

    [Fact]
    public async Task Reading_an_application_back_needs_the_admin_credential()
    {
        using var created = await Client.SendAsync(Submissions.Post(Submissions.Body(6)));
        using var read = await Client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode); // no admin token configured on this server
    }
}

public sealed class ApplicationRateLimitTests(ShippedCatalogFixture catalog) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task Past_the_perClient_limit_submissions_get_429_with_retry_after()
    {
        var directory = Directory.CreateTempSubdirectory("ladder-apply-rate-").FullName;
        await using (var server = await ApplyServer.StartAsync(catalog, Path.Combine(directory, "applications.db"),
            settings: new Dictionary<string, string?> { ["Ladder:Applications:SubmissionsPerMinute"] = "3" }))
        {
            using var client = server.Client();
            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage? limited = null;
            for (var i = 0; i < 5; i++)
            {
                var response = await client.SendAsync(Submissions.Post(Submissions.Body(i)));
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests) limited ??= response;
            }
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
            Assert.InRange(int.Parse(limited!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
            Assert.Equal(3, await server.Store.CountAsync());
        }
        Directory.Delete(directory, recursive: true);
    }
}
