using System.Diagnostics;
using System.Text;
using Ladder.Web.Assets;
using Ladder.Web.Html;
using Ladder.Web.Pages;
using Ladder.Web.Site;

namespace Ladder.Web.Export;

/// <summary>Where and how to write the static site.</summary>
/// <param name="BasePath">Sub-path the site is served from ("/docs/careers/"); null writes relative links that work anywhere.</param>
/// <param name="SiteUrl">Absolute URL of the site root for canonical links and the sitemap.</param>
public sealed record StaticSiteOptions(string OutputDirectory, string? BasePath = null, string? SiteUrl = null);

/// <param name="Links">The link check of every written page and 404.html.</param>
public sealed record StaticSiteResult(int Pages, int Files, long Bytes, TimeSpan Elapsed, LinkCheckResult Links);

/// <summary>One page of the export: its site path and how to render it.</summary>
public sealed record StaticPage(string Path, Func<PageContext, HtmlBuilder> Render);

/// <summary>
/// <c>ladder build</c>: renders the same page components as the server to files, one folder per page
/// (<c>careers/x/index.html</c>), plus the sitemap, robots.txt, assets and the title index for the browser (<see cref="StaticSearch"/>).
/// </summary>
public sealed class StaticSite(SiteData data)
{
    public const string Marker = ".ladder-site";

    public IReadOnlyList<StaticPage> Plan()
    {
        // Compose every guide across all cores first; the pages below only read them. The skill space the guides'
        // moves need is built meanwhile. One worker a core: a worker waiting for the space must not make the thread
        // pool add threads that compose the catalog-wide evidence side by side.
        var space = Task.Run(() => data.Engine.Space);
        Parallel.ForEach(data.Catalog.Roles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, role => data.Guide(role));
        space.Wait();
        var pages = new List<StaticPage>(20_000)
        {
            new("", HomePage.Render),
            new("domains", DomainPages.Index),
            new("search", ctx => SearchPage.Render(ctx, null)),
            new("gap", ctx => GapPage.Render(ctx, null, null)),
            new(DiscoverPage.Path, ctx => DiscoverPage.Render(ctx, DiscoverView.Blank)),
            // No idempotency key: one baked into a static page would be every visitor's, so the second application
            // sent from it would count as a replay of the first; the server gives a form without one a fresh key.
            // It also keeps two builds of the same data byte-identical.
            new("apply", ctx => ApplyPage.Render(ctx, ApplyFormValues.Blank(null) with { IdempotencyKey = "" }, token: null)),
        };
        foreach (var domain in data.Catalog.Domains)
            pages.Add(new("domains/" + domain.Slug, ctx => DomainPages.Domain(ctx, domain)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in data.Catalog.Roles)
        {
            var guide = data.Guide(role);
            pages.Add(new(GuidePage.Path(role.Slug), ctx => GuidePage.Render(ctx, guide)));
            pages.Add(new(StatesPage.Path(role.Slug), ctx => StatesPage.Render(ctx, role)));
            // The table in each other order, a page each: the headers sort by plain links, no script needed.
            foreach (var (sort, _) in StatesPage.Sorts.Where(s => s.Key != StatesPage.DefaultSort))
                pages.Add(new(StatesPage.Path(role.Slug, sort), ctx => StatesPage.Render(ctx, role, sort)));
            foreach (var related in guide.Related.Take(10))
            {
                if (data.Catalog.FindRole(related.CompareSlug) is not { } other) continue;
                var path = ComparePage.Path(role.Slug, other.Slug);
                if (seen.Add(path)) pages.Add(new(path, ctx => ComparePage.Render(ctx, data.Engine.Compare(role, other))));
            }
            foreach (var from in guide.BreakIn.FromRoles)
            {
                if (data.Catalog.FindRole(from.Slug) is not { } startRole) continue;
                var start = data.Guide(startRole);
                var path = TransitionPage.Path(role.Slug, start.Slug);
                if (seen.Add(path)) pages.Add(new(path, ctx => TransitionPage.Render(ctx, guide, start)));
                // The transition page links to the side-by-side comparison of the same two roles.
                var compare = ComparePage.Path(role.Slug, start.Slug);
                if (seen.Add(compare)) pages.Add(new(compare, ctx => ComparePage.Render(ctx, data.Engine.Compare(role, startRole))));
            }
        }
        return pages;
    }

    /// <summary>
    /// Renders every page of <paramref name="plan"/> to files and checks the links of each page as it is written;
    /// the result says which links do not resolve to a file of the export.
    /// </summary>
    public StaticSiteResult Build(StaticSiteOptions options, IReadOnlyList<StaticPage> plan, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.OutputDirectory);
        Prepare(root);
        var basePath = NormalizeBase(options.BasePath);
        var canonicalRoot = options.SiteUrl is { Length: > 0 } url ? url.TrimEnd('/') + (basePath ?? "/") : basePath ?? "/";
        var links = new LinkChecker.Collector(basePath);
        var (search, searchFiles) = StaticSearch.Write(data.Engine.Titles);
        long bytes = 0;
        int done = 0;
        Parallel.ForEach(plan, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, page =>
        {
            var depth = page.Path.Length == 0 ? 0 : page.Path.Count(c => c == '/') + 1;
            var ctx = new PageContext(data, SiteLinks.Static(depth, basePath), IsStatic: true, canonicalRoot) { Search = search };
            var content = page.Render(ctx).ToUtf8();
            var file = FileOf(page);
            Directory.CreateDirectory(page.Path.Length == 0 ? root : Path.Combine(root, page.Path));
            WriteNew(Path.Combine(root, file), content);
            links.Add(file, content);
            Interlocked.Add(ref bytes, content.Length);
            var n = Interlocked.Increment(ref done);
            if (n % 200 == 0) progress?.Report(n);
        });
        progress?.Report(done);

        // A host serves 404.html at any depth, so its links are absolute from the base path.
        var notFound = ErrorPage.Render(new PageContext(data, SiteLinks.Static(0, basePath ?? "/"), true, canonicalRoot) { Search = search }, 404, "Page not found", "There is no page at this address.");
        var files = new Dictionary<string, byte[]>
        {
            ["404.html"] = notFound.ToUtf8(),
            ["sitemap.xml"] = Encoding.UTF8.GetBytes(Sitemap.Write(data, canonicalRoot, directoryStyle: true)),
            ["robots.txt"] = Encoding.UTF8.GetBytes(Sitemap.Robots(canonicalRoot)),
            [DiscoverPage.DataFile] = DiscoverData.Write(data),
            [Marker] = Encoding.UTF8.GetBytes($"Written by ladder build from {data.Catalog.Info.DataAsOf}.\n"),
        };
        foreach (var (name, content) in ServerConfigs.Files(basePath)) files[name] = content;
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        foreach (var asset in SiteAssets.Files) files["assets/" + asset.Name] = asset.Content;
        foreach (var (name, content) in searchFiles) files[name] = content;
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(root, name), content);
            bytes += content.Length;
        }
        links.Add("404.html", files["404.html"]);
        // The pages (create-new, so no two share a file) and the fixed files: exactly what the export holds.
        var check = links.Verify(plan.Select(FileOf).Concat(files.Keys).ToHashSet(StringComparer.Ordinal));
        return new StaticSiteResult(done, done + files.Count, bytes, clock.Elapsed, check);
    }

    private static string FileOf(StaticPage page) => page.Path.Length == 0 ? "index.html" : page.Path + "/index.html";

    /// <summary>
    /// Writes a file that must not exist yet: the folder was emptied first, so an existing file means two pages of the
    /// plan share a path, which fails the build instead of one page silently replacing the other. Also two system calls
    /// cheaper per file than File.WriteAllBytes (no truncate, no preallocation check), which counts over 15,000 pages.
    /// </summary>
    private static void WriteNew(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    private static string? NormalizeBase(string? basePath)
    {
        if (string.IsNullOrWhiteSpace(basePath)) return null;
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>Empties a previous export; refuses to touch a non-empty folder that is not one.</summary>
    private static void Prepare(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, Marker)))
                throw new IOException($"{root} is not empty and was not written by ladder build; choose an empty or new folder.");
            foreach (var dir in Directory.EnumerateDirectories(root)) Directory.Delete(dir, recursive: true);
            foreach (var file in Directory.EnumerateFiles(root)) File.Delete(file);
        }
        Directory.CreateDirectory(root);
    }
}
