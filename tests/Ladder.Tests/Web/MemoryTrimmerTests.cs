using Ladder.Engine;
using Ladder.Web.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladder.Tests.Web;

/// <summary>The server gives back what building the title index used as soon as the index is built.</summary>
public sealed class MemoryTrimmerTests
{
    [Fact]
    public async Task The_search_warmer_builds_the_title_index_and_then_trims_the_heap_once()
    {
        var engine = new LadderEngine(SharedEngine.Instance.Catalog); // its own index, not yet built
        var trimmer = new MemoryTrimmer(NullLogger<MemoryTrimmer>.Instance);
        using var warmer = new SearchWarmer(engine, trimmer, NullLogger<SearchWarmer>.Instance);

        await warmer.StartAsync(CancellationToken.None);
        await warmer.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, trimmer.Trims);
        Assert.Equal("the title index was built", trimmer.LastReason);
        Assert.True(engine.Titles.TitleCount > 10_000);
    }

    [Fact]
    public void A_trim_runs_one_compacting_full_collection()
    {
        var trimmer = new MemoryTrimmer(NullLogger<MemoryTrimmer>.Instance);
        var garbage = new List<byte[]>();
        for (int i = 0; i < 64; i++) garbage.Add(new byte[1 << 20]);
        var before = GC.GetGCMemoryInfo(GCKind.Any).Index;
        garbage.Clear();

        trimmer.Trim("a test");

        var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(after.Index > before, "no blocking full collection ran");
        Assert.True(after.Compacted);
        Assert.Equal((1, "a test"), (trimmer.Trims, trimmer.LastReason));
    }
}
