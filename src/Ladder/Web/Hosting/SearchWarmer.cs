using Ladder.Engine;

namespace Ladder.Web.Hosting;

/// <summary>
/// Builds the title index (a few seconds) on a pool thread as the server starts, so the first search, autocomplete or
/// not-found page finds it ready, and no request waits while the server starts listening: a request that needs the
/// index before it is done waits for this build rather than starting another. Building it allocates several times what
/// it keeps, so the heap is trimmed as soon as it is done rather than at the trimmer's next quiet interval.
/// </summary>
public sealed class SearchWarmer(LadderEngine engine, MemoryTrimmer trimmer, ILogger<SearchWarmer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var titles = engine.Titles;
        logger.LogInformation("Title index ready: {Titles} titles in {Milliseconds} ms", titles.TitleCount, (long)clock.Elapsed.TotalMilliseconds);
        trimmer.Trim("the title index was built");
    }, stoppingToken);
}
