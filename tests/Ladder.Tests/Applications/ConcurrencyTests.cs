using System.Net;
using Xunit.Abstractions;

namespace Ladder.Tests.Applications;

/// <summary>2,000 submissions from 50 concurrent clients over real HTTP; every acknowledged one stored exactly once.</summary>
public sealed class ConcurrencyTests(ShippedCatalogFixture catalog, ITestOutputHelper output) : IClassFixture<ShippedCatalogFixture>
{
    private const int Submissions = 2000;
    private const int Clients = 50;

    [Fact]
    public async Task Sqlite_stores_every_acknowledged_submission_exactly_once()
    {
        var directory = Directory.CreateTempSubdirectory("ladder-apply-load-").FullName;
        await using (var server = await ApplyServer.StartAsync(catalog, Path.Combine(directory, "applications.db")))
        {
            await RunAsync(server, "SQLite");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Postgres_stores_every_acknowledged_submission_exactly_once()
    {
        await using var database = PostgresTestDatabase.Create();
        await using var server = await ApplyServer.StartAsync(catalog, postgres: database.ConnectionString);
        await RunAsync(server, "PostgreSQL");
    }

    private async Task RunAsync(ApplyServer server, string label)
    {
        var report = new LoadReport();
        using var client = server.Client(maxConnections: Clients);
        await Parallel.ForAsync(0, Clients, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (c, _) =>
        {
            for (var i = c; i < Submissions; i += Clients)
            {
                var key = $"load-{i}";
                // Every tenth submission is retried at once, as a client that timed out would.
                for (var attempt = 0; attempt < (i % 10 == 0 ? 2 : 1); attempt++)
                {
                    Interlocked.Increment(ref report.Sent);
                    using var response = await client.SendAsync(Ladder.Tests.Applications.Submissions.Post(Ladder.Tests.Applications.Submissions.Body(i), key));
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) report.Acknowledge(key, await Ladder.Tests.Applications.Submissions.ReferenceOf(response));
                    else Interlocked.Increment(ref report.Failed);
                }
            }
        });
        var stored = (await server.Store.ListAsync()).Select(a => a.Reference);
        var (count, duplicated, lost) = report.Check(stored, output, $"concurrency {label} ({Clients} clients)");
        Assert.Equal(0, report.Failed);
        Assert.Equal(Submissions, report.Acknowledged.Count);
        Assert.Empty(report.Mismatches);
        Assert.Equal(Submissions, count);
        Assert.Equal(0, duplicated);
        Assert.Equal(0, lost);
    }
}
