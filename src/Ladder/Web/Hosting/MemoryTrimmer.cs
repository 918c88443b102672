using System.Runtime;

namespace Ladder.Web.Hosting;

/// <summary>
/// Gives the heap a burst of work left behind back to the operating system once the burst is over. Rendering a crawl's
/// worth of pages, or building the title index or skill space on first use, grows the committed heap well past what stays
/// live, and the garbage collector keeps that high-water mark for the next burst. Every few seconds this checks how much
/// was allocated: when much was allocated since the last trim but little in the last interval (the burst has ended),
/// one compacting collection returns the free part. Under steady load it never runs, so it costs no throughput.
/// </summary>
public sealed class MemoryTrimmer(ILogger<MemoryTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Allocation since the last trim that makes one worthwhile.</summary>
    public const long BurstBytes = 64L * 1024 * 1024;

    /// <summary>At most this much allocated during the last interval counts as quiet.</summary>
    public const long QuietBytes = 4L * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        long trimmedAt = GC.GetTotalAllocatedBytes(), previous = trimmedAt;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            if (now - previous <= QuietBytes && now - trimmedAt >= BurstBytes)
            {
                var before = Environment.WorkingSet;
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                NativeHeap.Trim();
                logger.LogDebug("Trimmed the heap after {Allocated} MB of work: working set {Before} MB -> {After} MB.",
                    (now - trimmedAt) >> 20, before >> 20, Environment.WorkingSet >> 20);
                trimmedAt = now = GC.GetTotalAllocatedBytes();
            }
            previous = now;
        }
    }
}

/// <summary>
/// glibc keeps memory freed by native code (compression buffers, the JIT's scratch space) in its arenas; malloc_trim
/// hands the free pages back. Other C libraries (musl) lack it, and elsewhere there is nothing to do.
/// </summary>
internal static class NativeHeap
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (_unavailable) return;
        try { MallocTrim(0); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { _unavailable = true; }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
