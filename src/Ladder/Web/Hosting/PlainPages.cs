using System.Collections.Concurrent;
using Ladder.Web.Site;

namespace Ladder.Web.Hosting;

/// <summary>
/// The uncompressed forms of cached pages, within a byte budget, oldest kept first out. Browsers and crawlers accept
/// Brotli or gzip, so few pages ever need a plain form; the budget keeps the ones that do (a health check, a load test
/// of one page) ready without holding a plain copy of every page the site has served. Each kept plain form has exactly
/// one place in the queue, so the count stays exact.
/// </summary>
public sealed class PlainPages(long budgetBytes)
{
    private readonly ConcurrentQueue<CachedPage> _order = new();
    private long _bytes;

    public long BudgetBytes { get; } = budgetBytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    internal void Keep(CachedPage page, byte[] html)
    {
        if (html.Length > BudgetBytes) return;
        // Already kept (two requests expanded it at once): its one place in the queue stays, and so does the count.
        if (page.SetPlain(html) is not null) return;
        Interlocked.Add(ref _bytes, html.Length);
        _order.Enqueue(page);
        while (Interlocked.Read(ref _bytes) > BudgetBytes && _order.TryDequeue(out var oldest))
            Interlocked.Add(ref _bytes, -oldest.DropPlain());
    }
}
