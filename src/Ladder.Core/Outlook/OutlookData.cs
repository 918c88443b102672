using System.Collections.Frozen;
using Ladder.Occupations;
using Ladder.Licences;

namespace Ladder.Outlook;

/// <summary>
/// Projections, programmes of study and credentials, loaded once with the catalog and then only read.
/// Thread-safe: nothing changes after construction.
/// </summary>
public sealed class OutlookData
{
    private readonly FrozenDictionary<string, Projection> _projections;
    private readonly FrozenDictionary<string, CipProgramme[]> _programmesBySoc;
    private readonly FrozenDictionary<string, int> _socsPerCip;
    private readonly FrozenDictionary<string, string> _aggregates;

    public OutlookData(string? projectionsRelease, IEnumerable<Projection> projections, IEnumerable<CipProgramme> programmes, LicenceBook licences,
        IReadOnlyDictionary<string, string>? aggregates = null)
    {
        _aggregates = (aggregates ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        ProjectionsRelease = projectionsRelease;
        _projections = projections.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        var list = programmes.ToList();
        _programmesBySoc = list.GroupBy(p => p.Soc, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _socsPerCip = list.GroupBy(p => p.CipCode, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Licences = licences;
        AllOccupations = _projections.GetValueOrDefault(OccupationCode.AllOccupations);
    }

    public static OutlookData Empty { get; } = new(null, [], [], LicenceBook.Empty);

    /// <summary>"2024–34", or null when no projections were imported.</summary>
    public string? ProjectionsRelease { get; }

    /// <summary>The "Total, all occupations" row: the average every occupation is compared with.</summary>
    public Projection? AllOccupations { get; }

    public bool HasProgrammes => _programmesBySoc.Count > 0;

    public IEnumerable<Projection> Projections => _projections.Values;

    public Projection? Row(string code) => _projections.GetValueOrDefault(code);

    /// <summary>The projection for an occupation, joined like wages (see <see cref="ProjectionJoin"/>).</summary>
    public ProjectionMatch? ProjectionFor(OccupationCode code) => ProjectionJoin.Find(code.Soc, Row, _aggregates);

    /// <summary>SOC code → the Employment Projections aggregate that holds it (data/bls/ep2024/aggregates.tsv).</summary>
    public IReadOnlyDictionary<string, string> Aggregates => _aggregates;

    /// <summary>Every programme NCES links to the occupation's SOC code, unranked.</summary>
    public IReadOnlyList<CipProgramme> ProgrammesFor(OccupationCode code) => _programmesBySoc.GetValueOrDefault(code.Soc) ?? [];

    /// <summary>How many occupations a programme leads to: a programme that leads to few is more specific.</summary>
    public int OccupationsForProgramme(string cip) => _socsPerCip.GetValueOrDefault(cip, 1);

    /// <summary>The one licence decision per occupation and curated role (content/licences).</summary>
    public LicenceBook Licences { get; }
}
