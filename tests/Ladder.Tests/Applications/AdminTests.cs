using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Ladder.Tests.Applications;

public sealed class AdminTests(ShippedCatalogFixture catalog)
    : ApplyServerTests(catalog, new Dictionary<string, string?> { ["Ladder:Admin:Token"] = Token, ["Ladder:Admin:RequestsPerMinute"] = "8" }),
      IClassFixture<ShippedCatalogFixture>
{
    private const string Token = "test-admin-token-9f2c";

    private static HttpRequestMessage Get(string path, AuthenticationHeaderValue? auth)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = auth;
        return request;
    }

    private static AuthenticationHeaderValue Basic(string password) => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + password)));

    [Fact]
    public async Task The_admin_page_lists_applications_with_every_value_encoded()
    {
        using (await Client.SendAsync(Submissions.Post(Submissions.Body(1, message: "<script>alert('stored')</script>")))) { }
        using var response = await Client.SendAsync(Get("/admin/applications", new AuthenticationHeaderValue("Bearer", Token)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("applicant1@example.com", html);
        Assert.Contains("&lt;script&gt;alert(&#39;stored&#39;)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Basic_auth_with_the_token_as_password_works_for_browsers()
    {
        using var response = await Client.SendAsync(Get("/admin/applications", Basic(Token)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_or_wrong_credentials_get_401_and_then_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await Client.SendAsync(Get("/admin/applications", i % 2 == 0 ? null : Basic("guess" + i)));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Unauthorized) Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString());
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 8).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
    }

    [Fact]
    public async Task An_application_reads_back_as_json_with_the_token()
    {
        using var created = await Client.SendAsync(Submissions.Post(Submissions.Body(2)));
        using var read = await Client.SendAsync(Get(created.Headers.Location!.OriginalString, new AuthenticationHeaderValue("Bearer", Token)));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("\"email\":\"applicant2@example.com\"", await read.Content.ReadAsStringAsync());
    }
}

public sealed class AdminDisabledTests(ShippedCatalogFixture catalog) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task Without_a_configured_token_the_admin_page_is_off_with_a_clear_message()
    {
        var directory = Directory.CreateTempSubdirectory("ladder-apply-noadmin-").FullName;
        await using (var server = await ApplyServer.StartAsync(catalog, Path.Combine(directory, "applications.db")))
        {
            using var client = server.Client();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/applications");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("no admin credential is configured", await response.Content.ReadAsStringAsync());
        }
        Directory.Delete(directory, recursive: true);
    }
}
