using System.Collections.Concurrent;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Import;
using Ladder.Matching;
using Ladder.Search;
using Ladder.Storage;

namespace Ladder.Engine;

/// <summary>
/// Everything Ladder knows, built once and then only read: the catalog and its provenance, each role's guide
/// (composed on first use, then shared), the title index and the skill space (both built on first use), and the
/// one rule for which role a typed name means. Thread-safe. Every surface (CLI, web pages, JSON API, static
/// export), the tests and the benchmarks start here.
/// </summary>
public sealed partial class LadderEngine
{
    private readonly ConcurrentDictionary<string, Lazy<Guide>> _guides = new(StringComparer.Ordinal);
    private readonly Lazy<TitleIndex> _titles;
    private readonly Lazy<SkillSpace> _space;

    private readonly StoredWaysIn? _storedWaysIn;

    public LadderEngine(LadderCatalog catalog) : this(catalog, storedWaysIn: true) { }

    /// <param name="catalog">The catalog.</param>
    /// <param name="storedWaysIn">False ranks every guide's ways in from the skill space even when the catalog stores them
    /// (the import, which stores them, and the tests that compare the two).</param>
    internal LadderEngine(LadderCatalog catalog, bool storedWaysIn)
    {
        Catalog = catalog;
        _storedWaysIn = storedWaysIn && catalog.WaysIn is { } stored && stored.ModelFingerprint == MoveModel.ShippedFingerprint ? stored : null;
        Composer = new GuideComposer(catalog, Arrivals);
        Resolver = new RoleResolver(catalog);
        _titles = new(() => TitleIndex.Build(catalog), LazyThreadSafetyMode.ExecutionAndPublication);
        _space = new(() => SkillSpace.Build(catalog), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Opens an existing catalog database; <see cref="CatalogException"/> says what to do when it is missing or outdated.</summary>
    public static LadderEngine Open(string databasePath) => new(LadderCatalog.Open(databasePath));

    /// <summary>
    /// Opens the catalog database, first importing the shipped data into it when there is none yet.
    /// <paramref name="progress"/> hears about each file the import reads.
    /// </summary>
    public static LadderEngine OpenOrImport(string databasePath, IProgress<ImportProgress>? progress = null)
    {
        if (!File.Exists(databasePath)) CatalogImporter.Import(ImportOptions.Shipped(databasePath), progress);
        return Open(databasePath);
    }

    public LadderCatalog Catalog { get; }

    /// <summary>Which releases the data came from, as the import read them.</summary>
    public CatalogInfo Provenance => Catalog.Info;

    /// <summary>Exact lookups by code, slug and title; <see cref="Resolve"/> is the rule surfaces use.</summary>
    public RoleResolver Resolver { get; }

    public GuideComposer Composer { get; }

    /// <summary>The job-title index, built on first use (a one-shot command that never searches never pays for it; the
    /// server builds it in the background as it starts).</summary>
    public TitleIndex Titles => _titles.Value;

    /// <summary>The matching engine's weighted profiles, built on first use.</summary>
    public SkillSpace Space => _space.Value;

    /// <summary>True once something needed <see cref="Space"/>.</summary>
    internal bool SpaceBuilt => _space.IsValueCreated;

    public Guide Guide(Role role) =>
        _guides.GetOrAdd(role.Slug, static (_, state) => new Lazy<Guide>(() => state.engine.Composer.Compose(state.role)), (engine: this, role)).Value;

    public Guide? Guide(string slug) => Catalog.FindRole(slug) is { } role ? Guide(role) : null;
}
