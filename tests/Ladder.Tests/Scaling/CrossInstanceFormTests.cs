using System.Net;
using Ladder.Applications;
using Ladder.Tests.Applications;

namespace Ladder.Tests.Scaling;

/// <summary>
/// Two real <c>ladder serve</c> processes on one real PostgreSQL, as behind a round-robin load balancer: the form comes
/// from one, the post goes to the other. Each process gets its own HOME, so ASP.NET's per-user key folder cannot be
/// what they share.
/// </summary>
public sealed class CrossInstanceFormTests(ShippedCatalogFixture catalog) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task A_form_from_one_instance_is_accepted_by_the_other_through_keys_in_PostgreSQL()
    {
        await using var database = PostgresTestDatabase.Create();
        var (status, location) = await PostAcrossAsync(database, "shared");
        Assert.Equal(HttpStatusCode.SeeOther, status);
        var reference = location!.Split('/').Last();
        await using var store = new PostgresApplicationStore(database.ConnectionString);
        Assert.NotNull(await store.FindAsync(reference));
    }

    [Fact]
    public async Task Without_a_shared_key_ring_the_other_instance_refuses_the_form()
    {
        // The control: each instance keeps its keys in its own folder, as before this feature; the token cannot validate.
        await using var database = PostgresTestDatabase.Create();
        var (status, _) = await PostAcrossAsync(database, "separate");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        await using var store = new PostgresApplicationStore(database.ConnectionString);
        Assert.Empty(await store.ListAsync());
    }

    private async Task<(HttpStatusCode Status, string? Location)> PostAcrossAsync(PostgresTestDatabase database, string keys)
    {
        LadderServeProcess Start(string name)
        {
            var home = Directory.CreateDirectory(catalog.TempPath($"home-{keys}-{name}")).FullName;
            var environment = new Dictionary<string, string>
            {
                ["Ladder__Applications__ConnectionString"] = database.ConnectionString,
                ["HOME"] = home,
            };
            if (keys == "separate") environment["Ladder__DataProtection__KeysFolder"] = Path.Combine(home, "keys");
            return LadderServeProcess.Start(catalog.CatalogPath, environment);
        }
        using var a = Start("a");
        using var b = Start("b");
        await Task.WhenAll(a.WaitUntilReadyAsync(), b.WaitUntilReadyAsync());

        // Cookies are carried by hand: behind a load balancer the browser sees one site, whichever instance answered.
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        using var page = await client.GetAsync(new Uri(a.Address, "/apply?role=machine-learning-engineer"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookies = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.Contains(cookies, c => c.StartsWith("ladder.antiforgery=", StringComparison.Ordinal));
        var form = FormPage.Filled(FormPage.HiddenFields(await page.Content.ReadAsStringAsync()));

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(b.Address, "/apply")) { Content = new FormUrlEncodedContent(form) };
        post.Headers.Add("Cookie", string.Join("; ", cookies));
        using var response = await client.SendAsync(post);
        return (response.StatusCode, response.Headers.Location?.ToString());
    }
}
