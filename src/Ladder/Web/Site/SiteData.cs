using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ladder.Catalog;
using Ladder.Web.Search;
using Ladder.Guides;

namespace Ladder.Web.Site;

/// <summary>
/// What every page and endpoint reads: the catalog, composed guides (each composed once, then shared),
/// the site search and the catalog's version tag. Thread-safe; used by the server and the static export.
/// </summary>
public sealed class SiteData
{
    private readonly GuideComposer _composer;
    private readonly ConcurrentDictionary<string, Lazy<Guide>> _guides = new(StringComparer.Ordinal);

    public SiteData(LadderCatalog catalog)
    {
        Catalog = catalog;
        _composer = new GuideComposer(catalog);
        Resolver = new RoleResolver(catalog);
        _index = new Lazy<Ladder.Search.TitleIndex>(() => Ladder.Search.TitleIndex.Build(catalog), LazyThreadSafetyMode.ExecutionAndPublication);
        _search = new Lazy<SiteSearch>(() => new SiteSearch(catalog, Resolver, Index), LazyThreadSafetyMode.ExecutionAndPublication);
        _space = new Lazy<Ladder.Matching.SkillSpace>(() => Ladder.Matching.SkillSpace.Build(catalog), LazyThreadSafetyMode.ExecutionAndPublication);
        var info = catalog.Info;
        var version = typeof(SiteData).Assembly.ManifestModule.ModuleVersionId;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{info.OnetRelease}|{info.OewsRelease}|{info.ImportedAt.UtcTicks}|{version}"));
        CatalogTag = Convert.ToHexStringLower(hash.AsSpan(0, 8));
        DataAsOf = $"{info.OnetRelease} ({GuideComposer.OnetAsOf}), BLS OEWS {info.OewsRelease}";
        DomainsBySlug = catalog.Domains.ToDictionary(d => d.Slug, StringComparer.Ordinal);
    }

    public LadderCatalog Catalog { get; }
    public RoleResolver Resolver { get; }
    /// <summary>Job-title search for the pages and the API, built on first use (the server warms it at start-up; a static build never needs it).</summary>
    public SiteSearch Search => _search.Value;

    private readonly Lazy<SiteSearch> _search;
    private readonly Lazy<Ladder.Search.TitleIndex> _index;

    private readonly Lazy<Ladder.Matching.SkillSpace> _space;

    /// <summary>The matching engine's profiles, built once on first use (the server warms it at start-up).</summary>
    public Ladder.Matching.SkillSpace Space => _space.Value;

    /// <summary>The job-title index, built once per process on first use.</summary>
    public Ladder.Search.TitleIndex Index => _index.Value;

    /// <summary>Changes whenever the catalog or the site's code changes: the ETag of everything derived from them.</summary>
    public string CatalogTag { get; }

    /// <summary>"O*NET 30.2 (February 2026), BLS OEWS May 2025".</summary>
    public string DataAsOf { get; }

    public IReadOnlyDictionary<string, DomainInfo> DomainsBySlug { get; }

    /// <summary>ASCII, so it fits in a response header.</summary>
    public string AttributionHeader =>
        $"{Catalog.Info.OnetRelease} Database, USDOL/ETA, CC BY 4.0 (modified by Ladder); BLS OEWS {Catalog.Info.OewsRelease}, public domain";

    public Guide? Guide(string slug) =>
        Catalog.FindRole(slug) is { } role ? Guide(role) : null;

    public Guide Guide(Role role) =>
        _guides.GetOrAdd(role.Slug, _ => new Lazy<Guide>(() => _composer.Compose(role))).Value;

    public IEnumerable<Role> RolesIn(DomainInfo domain) =>
        Catalog.Roles.Where(r => r.Domain == domain.Name)
            .OrderByDescending(r => r.IsCurated).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase);
}
