using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Ladder.Web.Export;

/// <summary>A link in an exported page that does not resolve to a file of the export.</summary>
public sealed record BrokenLink(string Page, string Link);

public sealed record LinkCheckResult(int Pages, long Links, IReadOnlyList<BrokenLink> Broken)
{
    public bool Ok => Broken.Count == 0;
}

/// <summary>
/// Checks that every internal href and src in a static export resolves to a file in it. <c>ladder build</c> feeds
/// each page to a <see cref="Collector"/> as it renders it, so the check costs no second pass over the disk;
/// <see cref="Check"/> reads an export back from disk with the same rules.
/// </summary>
public static class LinkChecker
{
    public static LinkCheckResult Check(string outputDirectory, string? basePath = null, IProgress<int>? progress = null)
    {
        var root = Path.GetFullPath(outputDirectory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var collector = new Collector(basePath);
        int done = 0;
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            collector.Add(page, File.ReadAllBytes(Path.Combine(root, page)));
            var n = Interlocked.Increment(ref done);
            if (n % 500 == 0) progress?.Report(n);
        });
        progress?.Report(done);
        return collector.Verify(files);
    }

    /// <summary>
    /// Gathers the links of pages (thread-safe), resolved to paths relative to the export's root, then checks them
    /// against the files the export holds. Each distinct target is kept once, with the first page that linked to it.
    /// </summary>
    public sealed class Collector(string? basePath)
    {
        private readonly string _prefix = Prefix(basePath);
        private readonly ConcurrentDictionary<string, BrokenLink> _targets = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<BrokenLink> _invalid = [];
        private long _links;
        private int _pages;

        /// <summary>Reads the links of one page; <paramref name="page"/> is its file path relative to the root ("careers/x/index.html").</summary>
        public void Add(string page, ReadOnlySpan<byte> html)
        {
            var slash = page.LastIndexOf('/');
            var dir = slash < 0 ? "" : page[..slash];
            long count = 0;
            var rest = html;
            while (true)
            {
                var eq = rest.IndexOf("=\""u8);
                if (eq < 0) break;
                var isLink = rest[..eq].EndsWith("href"u8) || rest[..eq].EndsWith("src"u8);
                rest = rest[(eq + 2)..];
                if (!isLink) continue;
                var end = rest.IndexOf((byte)'"');
                if (end < 0) break;
                var raw = Encoding.UTF8.GetString(rest[..end]);
                rest = rest[(end + 1)..];
                count++;
                var link = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
                if (IsExternal(link)) continue;
                if (Target(dir, _prefix, link) is { } target) _targets.TryAdd(target, new BrokenLink(page, link));
                else _invalid.Add(new BrokenLink(page, link));
            }
            Interlocked.Add(ref _links, count);
            Interlocked.Increment(ref _pages);
        }

        /// <summary>Checks every collected target against <paramref name="files"/> (paths relative to the root, '/'-separated).</summary>
        public LinkCheckResult Verify(IReadOnlySet<string> files)
        {
            var broken = _invalid.Concat(_targets
                    .Where(t => !files.Contains(t.Key) && !files.Contains(t.Key.Length == 0 ? "index.html" : t.Key + "/index.html"))
                    .Select(t => t.Value))
                .OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Link, StringComparer.Ordinal)
                .ToList();
            return new LinkCheckResult(_pages, Interlocked.Read(ref _links), broken);
        }
    }

    private static string Prefix(string? basePath)
    {
        var prefix = string.IsNullOrWhiteSpace(basePath) ? "/" : "/" + basePath.Trim().Trim('/') + "/";
        return prefix == "//" ? "/" : prefix;
    }

    private static bool IsExternal(string link) =>
        link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || link.StartsWith('#');

    /// <summary>
    /// The root-relative path a link points at, without a trailing slash ("" is the root), or null when it cannot be
    /// inside the export: another scheme, a protocol-relative URL, outside the base path, or above the root.
    /// </summary>
    internal static string? Target(string pageDirectory, string prefix, string link)
    {
        var cut = link.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? link[..cut] : link;
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':')) return null;
        string relative;
        if (path.StartsWith('/'))
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal)) relative = path[prefix.Length..];
            else if (path + "/" == prefix) relative = "";
            else return null;
        }
        else
        {
            relative = pageDirectory.Length == 0 ? path : pageDirectory + "/" + path;
        }
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(relative).Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else segments.Add(segment);
        }
        return string.Join('/', segments);
    }
}
