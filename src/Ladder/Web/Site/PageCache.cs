using System.Collections.Concurrent;

namespace Ladder.Cli.Web.Site;

/// <summary>
/// Rendered pages that depend only on the catalog (guides, home, domains), kept as UTF-8 bytes.
/// Bounded, so a crawler walking every compare page cannot grow memory without limit.
/// </summary>
public sealed class PageCache(int capacity = 2500)
{
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        if (_pages.TryGetValue(key, out var page)) return page;
        page = render();
        if (_pages.Count < capacity) _pages.TryAdd(key, page);
        return page;
    }
}
