using System.Runtime;

namespace Ladder.Web.Hosting;

/// <summary>
/// Gives the heap a burst of work left behind back to the operating system once the burst is over. Rendering a crawl's
/// worth of pages, or building the title index or skill space on first use, grows the committed heap well past what stays
/// live, and the garbage collector keeps that high-water mark for the next burst. Every few seconds this checks how much
/// was allocated: when much was allocated since the last trim but little in the last interval (the burst has ended),
/// one compacting collection returns the free part. Under steady load it never runs, so it costs no throughput.
/// Work that knows it has just finished a burst (the title index built at start-up) calls <see cref="Trim"/> itself.
/// </summary>
public sealed class MemoryTrimmer(ILogger<MemoryTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Allocation since the last trim that makes one worthwhile.</summary>
    public const long BurstBytes = 64L * 1024 * 1024;

    /// <summary>At most this much allocated during the last interval counts as quiet.</summary>
    public const long QuietBytes = 4L * 1024 * 1024;

    private readonly Lock _lock = new();
    private long _trimmedAt = GC.GetTotalAllocatedBytes();

    /// <summary>How many times the heap was trimmed, and why the last time.</summary>
    public int Trims { get; private set; }

    public string? LastReason { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        long previous = GC.GetTotalAllocatedBytes();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = GC.GetTotalAllocatedBytes();
            if (now - previous <= QuietBytes && now - Volatile.Read(ref _trimmedAt) >= BurstBytes) Trim("a burst of work ended");
            previous = GC.GetTotalAllocatedBytes();
        }
    }

    /// <summary>One compacting collection, then the C library's free pages back to the system.</summary>
    public void Trim(string reason)
    {
        lock (_lock)
        {
            var before = Environment.WorkingSet;
            var allocated = GC.GetTotalAllocatedBytes() - _trimmedAt;
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            NativeHeap.Trim();
            Volatile.Write(ref _trimmedAt, GC.GetTotalAllocatedBytes());
            (Trims, LastReason) = (Trims + 1, reason);
            logger.LogDebug("Trimmed the heap ({Reason}) after {Allocated} MB of work: working set {Before} MB -> {After} MB.",
                reason, allocated >> 20, before >> 20, Environment.WorkingSet >> 20);
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

    /// <summary>
    /// At most two glibc arenas (<c>MALLOC_ARENA_MAX=2</c>) unless the environment sets a number. glibc gives busy threads
    /// arenas of their own, up to eight a core, and each keeps its free pages; .NET allocates little through malloc (the
    /// GC has its own heap), so a server lost no requests/s with two and held about 7 MB less after a crawl and 25 MB
    /// less at its peak (bench/web/crawl.sh passes, alternating). Called first thing in every command, as the
    /// environment variable would act: an arena, once made, stays.
    /// </summary>
    public static void LimitArenas()
    {
        if (_unavailable || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null) return;
        try { MallOpt(ArenaMax, 2); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { _unavailable = true; }
    }

    private const int ArenaMax = -8; // M_ARENA_MAX in malloc.h

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int param, int value);
}
