using System.Security.Cryptography;
using System.Text;
using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Guides;
using Ladder.Web.Search;

namespace Ladder.Web.Site;

/// <summary>
/// What only the web needs on top of the <see cref="LadderEngine"/>: the autocomplete search, the ETag of
/// everything derived from the catalog, and domains by slug. Thread-safe; used by the server and the static export.
/// </summary>
public sealed class SiteData
{
    private readonly Lazy<SiteSearch> _search;

    public SiteData(LadderEngine engine)
    {
        Engine = engine;
        _search = new Lazy<SiteSearch>(() => new SiteSearch(engine.Titles), LazyThreadSafetyMode.ExecutionAndPublication);
        var info = engine.Provenance;
        var version = typeof(SiteData).Assembly.ManifestModule.ModuleVersionId;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{info.OnetRelease}|{info.OnetReleaseDate}|{info.OewsRelease}|{info.ImportedAt.UtcTicks}|{version}"));
        CatalogTag = Convert.ToHexStringLower(hash.AsSpan(0, 8));
        DomainsBySlug = engine.Catalog.Domains.ToDictionary(d => d.Slug, StringComparer.Ordinal);
    }

    public LadderEngine Engine { get; }

    /// <summary>Shorthand for <c>Engine.Catalog</c>, which nearly every page reads.</summary>
    public LadderCatalog Catalog => Engine.Catalog;

    /// <summary>Autocomplete, the search page and not-found suggestions: the title index, as typed (waits for the index, which the server builds in the background at start-up).</summary>
    public SiteSearch Search => _search.Value;

    /// <summary>Changes whenever the catalog or the site's code changes: the ETag of everything derived from them.</summary>
    public string CatalogTag { get; }

    public IReadOnlyDictionary<string, DomainInfo> DomainsBySlug { get; }

    public Guide? Guide(string slug) => Engine.Guide(slug);

    public Guide Guide(Role role) => Engine.Guide(role);

    public IEnumerable<Role> RolesIn(DomainInfo domain) =>
        Catalog.Roles.Where(r => r.Domain == domain.Name)
            .OrderByDescending(r => r.IsCurated).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase);
}
