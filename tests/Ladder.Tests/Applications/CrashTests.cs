using System.Net;
using Ladder.Applications;
using Xunit.Abstractions;

namespace Ladder.Tests.Applications;

/// <summary>SIGKILL the server in the middle of a load, restart it: every 201 is still there and the file is sound.</summary>
public sealed class CrashTests(ShippedCatalogFixture catalog, ITestOutputHelper output) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public async Task Sqlite_keeps_every_acknowledged_submission_through_a_sigkill()
    {
        var directory = Directory.CreateTempSubdirectory("ladder-apply-crash-").FullName;
        var database = Path.Combine(directory, "applications.db");
        var report = new LoadReport();
        using (var first = LadderServeProcess.Start(catalog.CatalogPath, new Dictionary<string, string>(), "--applications-db", database))
        {
            await first.WaitUntilReadyAsync();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = first.Address, Timeout = TimeSpan.FromSeconds(10) };
            using var stop = new CancellationTokenSource();
            var next = 0;
            var load = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var n = Interlocked.Increment(ref next);
                    var key = $"crash-{n}";
                    Interlocked.Increment(ref report.Sent);
                    try
                    {
                        using var response = await client.SendAsync(Submissions.Post(Submissions.Body(n), key));
                        if (response.StatusCode == HttpStatusCode.Created) report.Acknowledge(key, await Submissions.ReferenceOf(response));
                        else Interlocked.Increment(ref report.Failed);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        Interlocked.Increment(ref report.Failed); // the server died under this request; it was never acknowledged
                        return;
                    }
                }
            })).ToList();

            while (report.Acknowledged.Count < 300) await Task.Delay(10);
            first.Kill();
            stop.Cancel();
            await Task.WhenAll(load);
        }

        using (var second = LadderServeProcess.Start(catalog.CatalogPath, new Dictionary<string, string>(), "--applications-db", database))
        {
            await second.WaitUntilReadyAsync();
            using var client = new HttpClient { BaseAddress = second.Address };
            using var after = await client.SendAsync(Submissions.Post(Submissions.Body(1_000_000), "after-restart"));
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        }

        await using (var store = new SqliteApplicationStore(database))
        {
            Assert.Equal("ok", await store.IntegrityCheckAsync());
            var stored = (await store.ListAsync()).Select(a => a.Reference).ToList();
            var (_, duplicated, lost) = report.Check(stored, output, "crash SQLite (SIGKILL mid-load, 16 clients)");
            Assert.Equal(0, duplicated);
            Assert.Equal(0, lost);
            Assert.Empty(report.Mismatches);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
