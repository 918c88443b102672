using System.Net;
using Ladder.Applications;
using Ladder.Tests.Applications;

namespace Ladder.Tests.Scaling;

/// <summary>
/// The submission rate limit behind a proxy, on the real server over 127.0.0.1: X-Forwarded-For decides whose limit
/// a request counts against only when 127.0.0.1 is a configured proxy. Applications are stored in the real PostgreSQL
/// a multi-instance deployment uses, and a refused request stores nothing.
/// </summary>
public sealed class ForwardedRateLimitTests(ShippedCatalogFixture catalog) : IClassFixture<ShippedCatalogFixture>
{
    private const string Alice = "203.0.113.10";
    private const string Bob = "203.0.113.20";

    [Theory]
    [InlineData("KnownProxies", "127.0.0.1")]
    [InlineData("KnownNetworks", "127.0.0.0/8")]
    public async Task Behind_a_trusted_proxy_each_visitor_has_their_own_limit(string setting, string value)
    {
        await using var database = PostgresTestDatabase.Create();
        await using var server = await StartAsync(database, setting, value);
        using var client = server.Client();
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(client, Alice));
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(client, Alice));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, Alice));
        // Another visitor behind the same proxy still gets in.
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(client, Bob));
        // A visitor who writes a fake address in front of the one the proxy appended is still counted as themselves.
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, $"198.51.100.1, {Alice}"));
        Assert.Equal(3, await StoredAsync(database));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("KnownProxies", "10.9.8.7")]
    public async Task From_an_untrusted_address_the_header_is_ignored_and_the_socket_address_counts(string? setting, string? value)
    {
        await using var database = PostgresTestDatabase.Create();
        await using var server = await StartAsync(database, setting, value);
        using var client = server.Client();
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(client, Alice));
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(client, Bob));
        // Claiming to be someone new does not buy another allowance.
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(client, "198.51.100.77"));
        Assert.Equal(2, await StoredAsync(database));
    }

    [Fact]
    public async Task A_malformed_proxy_address_stops_start_up_naming_the_setting()
    {
        await using var database = PostgresTestDatabase.Create();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(database, "KnownProxies", "10.0.0.300"));
        Assert.Contains("Ladder:Proxy:KnownProxies", error.Message);
        Assert.Contains("'10.0.0.300'", error.Message);
    }

    private Task<ApplyServer> StartAsync(PostgresTestDatabase database, string? setting, string? value)
    {
        var settings = new Dictionary<string, string?> { ["Ladder:Applications:SubmissionsPerMinute"] = "2" };
        if (setting is not null) settings[$"Ladder:Proxy:{setting}"] = value;
        return ApplyServer.StartAsync(catalog, postgres: database.ConnectionString, settings: settings);
    }

    private static async Task<long> StoredAsync(PostgresTestDatabase database)
    {
        await using var store = new PostgresApplicationStore(database.ConnectionString);
        return await store.CountAsync();
    }

    private static int _sequence;

    private static async Task<HttpStatusCode> SubmitAsync(HttpClient client, string forwardedFor)
    {
        using var request = Submissions.Post(Submissions.Body(Interlocked.Increment(ref _sequence)));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
