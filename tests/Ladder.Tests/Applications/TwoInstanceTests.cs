using System.Net;
using Ladder.Applications;
using Xunit.Abstractions;

namespace Ladder.Tests.Applications;

/// <summary>Two <c>ladder serve</c> processes on one PostgreSQL schema: the deployment past one machine.</summary>
public sealed class TwoInstanceTests(ShippedCatalogFixture catalog, ITestOutputHelper output) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task Submissions_to_both_instances_are_all_stored_once()
    {
        await using var database = PostgresTestDatabase.Create();
        var environment = new Dictionary<string, string> { ["Ladder__Applications__ConnectionString"] = database.ConnectionString };
        // Both start at once, so both race to migrate the empty schema.
        using var a = LadderServeProcess.Start(catalog.CatalogPath, environment);
        using var b = LadderServeProcess.Start(catalog.CatalogPath, environment);
        await Task.WhenAll(a.WaitUntilReadyAsync(), b.WaitUntilReadyAsync());

        using var clientA = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 20 }) { BaseAddress = a.Address };
        using var clientB = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 20 }) { BaseAddress = b.Address };
        var report = new LoadReport();
        const int total = 1000;
        await Parallel.ForAsync(0, total, new ParallelOptions { MaxDegreeOfParallelism = 20 }, async (i, _) =>
        {
            var key = $"two-{i}";
            var (first, retry) = i % 2 == 0 ? (clientA, clientB) : (clientB, clientA);
            // Every tenth submission is retried on the other instance, as after a load balancer failover.
            foreach (var client in i % 10 == 0 ? [first, retry] : new[] { first })
            {
                Interlocked.Increment(ref report.Sent);
                using var response = await client.SendAsync(Submissions.Post(Submissions.Body(i), key));
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) report.Acknowledge(key, await Submissions.ReferenceOf(response));
                else Interlocked.Increment(ref report.Failed);
            }
        });

        await using var store = new PostgresApplicationStore(database.ConnectionString);
        var (count, duplicated, lost) = report.Check((await store.ListAsync()).Select(s => s.Reference), output, "two instances PostgreSQL (20 clients)");
        Assert.Equal(0, report.Failed);
        Assert.Empty(report.Mismatches);
        Assert.Equal(total, count);
        Assert.Equal(0, duplicated);
        Assert.Equal(0, lost);
    }
}
