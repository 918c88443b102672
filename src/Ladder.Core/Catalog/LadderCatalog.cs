using System.Collections.Frozen;
using Ladder.Occupations;

namespace Ladder.Catalog;

/// <summary>
/// Every occupation and wage table, loaded once from the catalog database and then only read.
/// Thread-safe: nothing changes after construction.
/// </summary>
public sealed partial class LadderCatalog
{
    private readonly FrozenDictionary<string, Occupation> _byCode;
    private readonly FrozenDictionary<string, Occupation> _bySlug;
    private readonly FrozenDictionary<int, JobZoneInfo> _jobZones;

    internal LadderCatalog(CatalogInfo info, IReadOnlyList<Occupation> occupations, IReadOnlyList<JobZoneInfo> jobZones, Wages? allOccupations)
    {
        Info = info;
        Occupations = occupations;
        _byCode = occupations.ToFrozenDictionary(o => o.Code.Value, StringComparer.Ordinal);
        _bySlug = occupations.ToFrozenDictionary(o => o.Slug, StringComparer.Ordinal);
        _jobZones = jobZones.ToFrozenDictionary(z => z.Zone);
        AllOccupationsWages = allOccupations;
    }

    public CatalogInfo Info { get; }

    /// <summary>All occupations in code order.</summary>
    public IReadOnlyList<Occupation> Occupations { get; }

    /// <summary>The BLS "All Occupations" row (00-0000), the benchmark for "pays well" and "large field".</summary>
    public Wages? AllOccupationsWages { get; }

    public Occupation? FindByCode(string code) =>
        OccupationCode.TryParse(code, out var parsed) && _byCode.TryGetValue(parsed.Value, out var o) ? o : null;

    public Occupation? FindBySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    public JobZoneInfo? JobZone(int? zone) => zone is { } z ? _jobZones.GetValueOrDefault(z) : null;

    /// <summary>Opens the catalog database at <paramref name="path"/> and loads it into memory.</summary>
    public static LadderCatalog Open(string path) => CatalogLoader.Load(path);
}
