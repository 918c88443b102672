using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ladder.Applications;
using Ladder.Tests.Applications;

namespace Ladder.Tests.Scaling;

/// <summary>
/// Two real <c>ladder serve</c> processes on one real PostgreSQL, as behind a round-robin load balancer: the form comes
/// from one, the post goes to the other. Each process gets its own HOME, so ASP.NET's per-user key folder cannot be
/// what they share. Each way in is held to its documented success (docs/applications.md): the HTML form answers 303
/// to its thank-you page, the JSON API answers 201 Created.
/// </summary>
public sealed class CrossInstanceFormTests(ShippedCatalogFixture catalog) : IClassFixture<ShippedCatalogFixture>
{
    private const string AdminToken = "cross-instance-admin-7d41";

    [Fact]
    public async Task A_form_from_one_instance_is_accepted_by_the_other_through_keys_in_PostgreSQL()
    {
        await using var database = PostgresTestDatabase.Create();
        using var pair = await StartPairAsync(database, "shared");
        using var post = await PostFormAcrossAsync(pair, "Ada Lovelace");
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        var location = post.Headers.Location!.ToString();
        Assert.StartsWith("/apply/submitted/", location, StringComparison.Ordinal);
        var reference = location.Split('/').Last();

        // The thank-you page the browser is sent to answers from either instance (here the first, which served the form).
        using var client = NewClient();
        using var thanks = await client.GetAsync(new Uri(pair.A.Address, location));
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Contains(reference, await thanks.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var store = new PostgresApplicationStore(database.ConnectionString);
        var stored = await store.FindAsync(reference);
        Assert.NotNull(stored);
        Assert.Equal("Ada Lovelace", stored.Name);
        Assert.Equal("machine-learning-engineer", stored.TargetRoleSlug);
        Assert.Equal(1, await store.CountAsync());
    }

    [Fact]
    public async Task Without_a_shared_key_ring_the_other_instance_refuses_the_form()
    {
        // The control: each instance keeps its keys in its own folder, as before this feature; the token cannot validate.
        await using var database = PostgresTestDatabase.Create();
        using var pair = await StartPairAsync(database, "separate");
        using var post = await PostFormAcrossAsync(pair, "Ada Lovelace");
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        await using var store = new PostgresApplicationStore(database.ConnectionString);
        Assert.Empty(await store.ListAsync());
    }

    [Fact]
    public async Task The_API_creates_on_one_instance_with_201_and_the_other_replays_and_reads_the_same_application()
    {
        // The JSON API takes no cookies and so no antiforgery token (docs/applications.md): what the instances must
        // share is the store, so a retry that lands on the other instance after a failover is not stored twice.
        await using var database = PostgresTestDatabase.Create();
        using var pair = await StartPairAsync(database, "shared");
        using var client = NewClient();
        var body = Submissions.Body(42);

        using var created = await client.SendAsync(ApiPost(pair.A, body, "failover-42"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reference = await Submissions.ReferenceOf(created);
        Assert.Equal($"/api/applications/{reference}", created.Headers.Location!.ToString());

        using var replayed = await client.SendAsync(ApiPost(pair.B, body, "failover-42"));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("true", replayed.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(reference, await Submissions.ReferenceOf(replayed));

        // The resource the 201 pointed at reads back from the other instance.
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri(pair.B.Address, created.Headers.Location));
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        using var fetched = await client.SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        using var json = JsonDocument.Parse(await fetched.Content.ReadAsStringAsync());
        Assert.Equal("Applicant 42", json.RootElement.GetProperty("name").GetString());

        await using var store = new PostgresApplicationStore(database.ConnectionString);
        var stored = await store.FindAsync(reference);
        Assert.NotNull(stored);
        Assert.Equal("applicant42@example.com", stored.Email);
        Assert.Equal(1, await store.CountAsync());
    }

    private sealed record Pair(LadderServeProcess A, LadderServeProcess B) : IDisposable
    {
        public void Dispose()
        {
            A.Dispose();
            B.Dispose();
        }
    }

    private async Task<Pair> StartPairAsync(PostgresTestDatabase database, string keys)
    {
        LadderServeProcess Start(string name)
        {
            var home = Directory.CreateDirectory(catalog.TempPath($"home-{keys}-{name}-{Guid.NewGuid():N}")).FullName;
            var environment = new Dictionary<string, string>
            {
                ["Ladder__Applications__ConnectionString"] = database.ConnectionString,
                ["Ladder__Admin__Token"] = AdminToken,
                ["HOME"] = home,
            };
            if (keys == "separate") environment["Ladder__DataProtection__KeysFolder"] = Path.Combine(home, "keys");
            return LadderServeProcess.Start(catalog.CatalogPath, environment);
        }
        var pair = new Pair(Start("a"), Start("b"));
        try
        {
            await Task.WhenAll(pair.A.WaitUntilReadyAsync(), pair.B.WaitUntilReadyAsync());
            return pair;
        }
        catch
        {
            pair.Dispose();
            throw;
        }
    }

    /// <summary>Opens the form on the first instance and posts it, with its cookie, to the second.</summary>
    private static async Task<HttpResponseMessage> PostFormAcrossAsync(Pair pair, string name)
    {
        // Cookies are carried by hand: behind a load balancer the browser sees one site, whichever instance answered.
        using var client = NewClient();
        using var page = await client.GetAsync(new Uri(pair.A.Address, "/apply?role=machine-learning-engineer"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookies = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.Contains(cookies, c => c.StartsWith("ladder.antiforgery=", StringComparison.Ordinal));
        var form = FormPage.Filled(FormPage.HiddenFields(await page.Content.ReadAsStringAsync()), name);

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(pair.B.Address, "/apply")) { Content = new FormUrlEncodedContent(form) };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(post);
    }

    private static HttpRequestMessage ApiPost(LadderServeProcess server, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "/api/applications")) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static HttpClient NewClient() => new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
}
