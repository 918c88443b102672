using System.Collections.Concurrent;
using System.IO.Compression;
using Ladder.Web.Site;
using Microsoft.Extensions.Options;

namespace Ladder.Web.Hosting;

/// <summary>
/// A rendered page that depends only on the catalog and its URL. It is kept compressed: Brotli (made at render, at a
/// better ratio than per-response compression can afford) and gzip (made on the first request that wants it). The
/// uncompressed bytes, which only clients accepting neither encoding need, live in a small <see cref="PlainPages"/>
/// budget and are decompressed from the Brotli form again after eviction.
/// </summary>
public sealed class CachedPage
{
    private readonly PlainPages _plain;
    private readonly int _length;
    private byte[]? _gzip;
    private byte[]? _html;

    public CachedPage(byte[] html, PlainPages plain)
    {
        _plain = plain;
        _length = html.Length;
        // Not kept plain: most clients take Brotli or gzip, and the one that takes neither re-expands it once.
        Brotli = CompressBrotli(html);
    }

    public byte[] Brotli { get; }

    public byte[] Gzip => _gzip ??= CompressGzip(Html);

    public byte[] Html => Volatile.Read(ref _html) ?? Expand();

    /// <summary>Bytes this page holds besides its plain form.</summary>
    public int CompressedBytes => Brotli.Length + (_gzip?.Length ?? 0);

    /// <summary>Keeps the plain form; returns the one already kept, if any.</summary>
    internal bool IsPlainKept => Volatile.Read(ref _html) is not null;

    internal byte[]? SetPlain(byte[] html) => Interlocked.Exchange(ref _html, html);

    /// <summary>Forgets the plain form; returns how many bytes that freed.</summary>
    internal int DropPlain() => Interlocked.Exchange(ref _html, null)?.Length ?? 0;

    private byte[] Expand()
    {
        var html = new byte[_length];
        if (!BrotliDecoder.TryDecompress(Brotli, html, out var written) || written != _length)
            throw new InvalidOperationException("A cached page's Brotli form did not decompress to its original length.");
        _plain.Keep(this, html);
        return html;
    }

    private static byte[] CompressBrotli(byte[] source)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(source.Length)];
        // The smallest window that holds the whole page compresses exactly as well as the largest, and the encoder's
        // native buffers scale with it (a 4 MB window costs megabytes of native heap per page for nothing).
        var window = Math.Clamp(System.Numerics.BitOperations.Log2((uint)source.Length + 16) + 1, 10, 22);
        if (!BrotliEncoder.TryCompress(source, buffer, out var written, quality: 9, window))
            throw new InvalidOperationException("Brotli could not compress a cached page into its worst-case buffer.");
        return buffer.AsSpan(0, written).ToArray();
    }

    private static byte[] CompressGzip(byte[] source)
    {
        using var output = new MemoryStream(source.Length / 3);
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(source);
        return output.ToArray();
    }
}

/// <summary>
/// Rendered catalog pages by canonical root and path. Bounded, so a crawler sending many Host headers cannot grow
/// memory without limit; past the bound pages are still served, just rendered each time.
/// </summary>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedPage>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _capacity;

    /// <summary>
    /// Room for every guide, domain and the home page (1,089 pages) and some more. A crawl of the whole site (21,000
    /// pages, most rendered per request) ran faster with this many pages kept, answering the rest with the per-response
    /// compression, than with 2,500 kept and every page compressed at quality 9, and held 25 MB less after it
    /// (bench/web/crawl.sh, docs/serving.md).
    /// </summary>
    public const int DefaultCapacity = 1200;

    /// <param name="capacity">At most this many pages are kept.</param>
    /// <param name="plainBytes">At most this many bytes of uncompressed pages are kept (see <see cref="PlainPages"/>).</param>
    public PageCache(int capacity = DefaultCapacity, long plainBytes = 4 * 1024 * 1024)
    {
        _capacity = capacity;
        _bySpan = _pages.GetAlternateLookup<ReadOnlySpan<char>>();
        Plain = new PlainPages(plainBytes);
    }

    public int Count => _pages.Count;

    public PlainPages Plain { get; }

    /// <summary>
    /// The cached page for <paramref name="key"/>, rendering and keeping it while there is room; null, with the
    /// rendered bytes in <paramref name="uncached"/>, once the cache is full: a page answered once is not worth its
    /// quality-9 Brotli form, and the response compression that every other page gets serves it.
    /// </summary>
    public CachedPage? GetOrRenderWhileRoom(string key, Func<byte[]> render, out byte[]? uncached)
    {
        uncached = null;
        if (_pages.TryGetValue(key, out var page)) return page;
        var html = render();
        if (_pages.Count >= _capacity)
        {
            uncached = html;
            return null;
        }
        return _pages.GetOrAdd(key, new CachedPage(html, Plain));
    }

    public bool TryGet(ReadOnlySpan<char> key, out CachedPage page) => _bySpan.TryGetValue(key, out page!);

    /// <summary>
    /// The cache key of a request: its canonical root (<see cref="SitePages.CanonicalRoot"/>) and its path. Writes into
    /// <paramref name="destination"/> and returns the length, or -1 when it does not fit.
    /// </summary>
    public static int Key(HttpContext http, SiteOptions options, Span<char> destination)
    {
        if (!SitePages.WriteCanonicalRoot(http.Request, options, destination, out var root)) return -1;
        var path = (http.Request.Path.Value ?? "/").AsSpan().TrimStart('/');
        return path.TryCopyTo(destination[root..]) ? root + path.Length : -1;
    }

    public static string Key(HttpContext http) => SitePages.CanonicalRoot(http) + (http.Request.Path.Value ?? "/").TrimStart('/');

    public const int MaxKeyLength = 512;
}

/// <summary>Writes a cached page: the encoding the client prefers among Brotli, gzip and none, with its exact length.</summary>
public static class CachedPageResponse
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static Task WriteAsync(HttpContext http, CachedPage page)
    {
        var response = http.Response;
        response.ContentType = HtmlType;
        byte[] body;
        switch (AcceptEncoding.Choose(http.Request.Headers.AcceptEncoding))
        {
            case ContentCoding.Brotli: body = page.Brotli; response.Headers.ContentEncoding = "br"; break;
            case ContentCoding.Gzip: body = page.Gzip; response.Headers.ContentEncoding = "gzip"; break;
            default: body = page.Html; break;
        }
        response.ContentLength = body.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return Task.CompletedTask;
        var write = response.BodyWriter.WriteAsync(body);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }
}

/// <summary>
/// Answers a GET or HEAD for a page already in the <see cref="PageCache"/> before routing and the rest of the pipeline run:
/// the same headers, validators and encodings as the page's endpoint, for a fraction of the work. Anything else
/// (a query string, a body, a page not rendered yet) goes down the normal pipeline, which fills the cache.
/// </summary>
public sealed class CachedPageShortcut(RequestDelegate next, PageCache cache, CatalogHeaders headers, IOptions<SiteOptions> options)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.QueryString.HasValue || request.ContentLength is > 0 || request.Headers.ContainsKey("Transfer-Encoding"))
            return next(http);
        Span<char> key = stackalloc char[PageCache.MaxKeyLength];
        var length = PageCache.Key(http, options.Value, key);
        if (length < 0 || !cache.TryGet(key[..length], out var page)) return next(http);
        if (headers.Apply(http)) return Task.CompletedTask;
        return CachedPageResponse.WriteAsync(http, page);
    }
}
