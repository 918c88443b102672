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

    private readonly FrozenDictionary<string, Role> _rolesBySlug;

    internal LadderCatalog(CatalogInfo info, IReadOnlyList<Occupation> occupations, IReadOnlyList<JobZoneInfo> jobZones, Wages? allOccupations,
        IReadOnlyList<Content.CuratedRole> curated, Content.OccupationContent? content = null)
    {
        Info = info;
        OccupationContent = content ?? Content.OccupationContent.Empty;
        Occupations = occupations;
        _byCode = occupations.ToFrozenDictionary(o => o.Code.Value, StringComparer.Ordinal);
        _bySlug = occupations.ToFrozenDictionary(o => o.Slug, StringComparer.Ordinal);
        _jobZones = jobZones.ToFrozenDictionary(z => z.Zone);
        AllOccupationsWages = allOccupations;
        CuratedRoles = curated.Select(c => new Role
        {
            Slug = c.Slug,
            Title = c.Title,
            Domain = c.Domain,
            Occupations = c.SocCodes.Select(code => _byCode[code]).ToList(),
            Curated = c,
        }).ToList();
        Roles = CuratedRoles.Concat(occupations.Select(o => Role.ForOccupation(o, OccupationContent.DomainOf(o.Code.Value)))).ToList();
        _rolesBySlug = Roles.ToFrozenDictionary(r => r.Slug, StringComparer.Ordinal);
        Domains = Roles.GroupBy(r => r.Domain).Select(g => new DomainInfo(g.Key, Occupations: g.Count(r => !r.IsCurated), CuratedRoles: g.Count(r => r.IsCurated)))
            .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each occupation's domain and pay basis, from content/occupations.</summary>
    public Content.OccupationContent OccupationContent { get; }

    /// <summary>True when the occupation's work is mostly paid by the hour (content/occupations/pay-basis.yaml).</summary>
    public bool IsUsuallyHourlyWork(OccupationCode code) => OccupationContent.IsUsuallyHourly(code.Value);

    /// <summary>The occupation's kind of work (content/occupations/work-kinds.yaml).</summary>
    public Content.WorkKind WorkKindOf(OccupationCode code) => OccupationContent.WorkKindOf(code.Value);

    /// <summary>Curated roles first, then every O*NET occupation as a role.</summary>
    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<Role> CuratedRoles { get; }

    public IReadOnlyList<DomainInfo> Domains { get; }

    /// <summary>A curated role or occupation by its slug.</summary>
    public Role? FindRole(string slug) => _rolesBySlug.GetValueOrDefault(slug);

    /// <summary>The role for an occupation code.</summary>
    public Role? RoleForCode(string code) => FindByCode(code) is { } o ? _rolesBySlug.GetValueOrDefault(o.Slug) : null;

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
