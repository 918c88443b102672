using System.Net;
using System.Text.RegularExpressions;

namespace Ladder.Cli.Web.Export;

/// <summary>A link in an exported page that does not resolve to a file of the export.</summary>
public sealed record BrokenLink(string Page, string Link);

public sealed record LinkCheckResult(int Pages, long Links, IReadOnlyList<BrokenLink> Broken)
{
    public bool Ok => Broken.Count == 0;
}

/// <summary>Checks that every internal href and src in a static export resolves to a file in it.</summary>
public static partial class LinkChecker
{
    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    public static LinkCheckResult Check(string outputDirectory, string? basePath = null, IProgress<int>? progress = null)
    {
        var root = Path.GetFullPath(outputDirectory);
        var prefix = string.IsNullOrWhiteSpace(basePath) ? "/" : "/" + basePath.Trim().Trim('/') + "/";
        if (prefix == "//") prefix = "/";
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var broken = new System.Collections.Concurrent.ConcurrentBag<BrokenLink>();
        long links = 0;
        int done = 0;
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
        {
            var dir = Path.GetDirectoryName(page)!;
            long count = 0;
            foreach (Match m in LinkPattern().Matches(File.ReadAllText(page)))
            {
                count++;
                var link = WebUtility.HtmlDecode(m.Groups[1].Value);
                if (!Resolves(root, dir, prefix, link, files)) broken.Add(new BrokenLink(Path.GetRelativePath(root, page), link));
            }
            Interlocked.Add(ref links, count);
            var n = Interlocked.Increment(ref done);
            if (n % 500 == 0) progress?.Report(n);
        });
        progress?.Report(done);
        return new LinkCheckResult(pages.Count, links, broken.OrderBy(b => b.Page, StringComparer.Ordinal).ToList());
    }

    private static bool Resolves(string root, string dir, string prefix, string link, HashSet<string> files)
    {
        if (link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || link.StartsWith('#'))
            return true;
        var cut = link.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? link[..cut] : link;
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':')) return false;
        string full;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal) && path + "/" != prefix) return false;
            full = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path.Length > prefix.Length ? path[prefix.Length..] : "")));
        }
        else
        {
            full = Path.GetFullPath(Path.Combine(dir, Uri.UnescapeDataString(path)));
        }
        if (!full.StartsWith(root, StringComparison.Ordinal)) return false;
        return files.Contains(full) || files.Contains(Path.Combine(full, "index.html"));
    }
}
