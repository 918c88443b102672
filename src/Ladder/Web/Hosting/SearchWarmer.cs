using Ladder.Engine;

namespace Ladder.Web.Hosting;

/// <summary>
/// Builds the title index (a few seconds) on a pool thread as the server starts, so the first search, autocomplete or
/// not-found page finds it ready, and no request waits while the server starts listening: a request that needs the
/// index before it is done waits for this build rather than starting another.
/// </summary>
public sealed class SearchWarmer(LadderEngine engine, ILogger<SearchWarmer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var titles = engine.Titles;
        logger.LogInformation("Title index ready: {Titles} titles in {Milliseconds} ms", titles.TitleCount, (long)clock.Elapsed.TotalMilliseconds);
    }, stoppingToken);
}
