using System.Collections.Frozen;

namespace Ladder.Content;

/// <summary>
/// What content/occupations/ decides for every occupation by exact O*NET-SOC code: its domain (domains.yaml), whether
/// its guide shows BLS's hourly wages beside the annual ones (pay-basis.yaml), its kind of work (work-kinds.yaml) and the
/// way in its Handbook page names (routes.yaml) and, for a supervisor, the work it leads (crews.yaml). Built once at
/// start-up and only read.
/// </summary>
public sealed class OccupationContent
{
    private readonly FrozenDictionary<string, string> _domainByCode;
    private readonly FrozenSet<string> _hourly;
    private readonly FrozenDictionary<string, WorkKind> _kinds;

    public OccupationContent(IReadOnlyList<DomainEntry> domains, IEnumerable<string> hourly, IReadOnlyDictionary<string, WorkKind>? kinds = null,
        IReadOnlyDictionary<string, HandbookRoute>? routes = null, IReadOnlyDictionary<string, SupervisedCrew>? crews = null)
    {
        Crews = crews?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, SupervisedCrew>.Empty;
        _kinds = (kinds ?? new Dictionary<string, WorkKind>()).ToFrozenDictionary(StringComparer.Ordinal);
        Routes = routes?.ToFrozenDictionary(StringComparer.Ordinal) ?? FrozenDictionary<string, HandbookRoute>.Empty;
        Domains = domains;
        _domainByCode = domains.SelectMany(d => d.Occupations.Select(c => (Code: c, d.Name))).ToFrozenDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        _hourly = hourly.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>No content imported (an import without content/occupations): every occupation is in <see cref="NoDomain"/>, none hourly.</summary>
    public static OccupationContent Empty { get; } = new([], []);

    /// <summary>The domain of an occupation no domains file was imported for.</summary>
    public const string NoDomain = "Other";

    /// <summary>The domains in file order, each with its reason and its occupations.</summary>
    public IReadOnlyList<DomainEntry> Domains { get; }

    /// <summary>The codes listed as usually paid by the hour.</summary>
    public IReadOnlySet<string> Hourly => _hourly;

    /// <summary>The Handbook-named routes in, by occupation code (routes.yaml); empty when none was imported.</summary>
    public IReadOnlyDictionary<string, HandbookRoute> Routes { get; }

    /// <summary>The way in the occupation's Handbook page names; null when the page names none or routes.yaml does not list it.</summary>
    public HandbookRoute? RouteOf(string code) => Routes.GetValueOrDefault(code);

    /// <summary>The work each supervisor leads, by the supervisor's code (crews.yaml); empty when none was imported.</summary>
    public IReadOnlyDictionary<string, SupervisedCrew> Crews { get; }

    /// <summary>The work the supervisor leads; null for an occupation that supervises none or crews.yaml does not list.</summary>
    public SupervisedCrew? CrewOf(string code) => Crews.GetValueOrDefault(code);

    public string DomainOf(string code) => _domainByCode.GetValueOrDefault(code) ?? NoDomain;

    /// <summary>True when the occupation's work is mostly paid by the hour, so its guide shows hourly figures beside annual ones.</summary>
    public bool IsUsuallyHourly(string code) => _hourly.Contains(code);

    /// <summary>The occupation's kind of work; <see cref="WorkKind.Other"/> for one no work-kinds file was imported for.</summary>
    public WorkKind WorkKindOf(string code) => _kinds.GetValueOrDefault(code, WorkKind.Other);
}

/// <summary>One domain: its name, why its occupations are in it, and its O*NET-SOC codes in file order.</summary>
public sealed record DomainEntry(string Name, string Why, IReadOnlyList<string> Occupations);
