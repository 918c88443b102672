using System.Collections.Frozen;

namespace Ladder.Interests;

/// <summary>
/// O*NET's interest and work-value material, loaded once with the catalog and then only read: every occupation's
/// interest profile and work values, the illustrative activities and occupations of each area, and the RIASEC keywords.
/// Thread-safe: nothing changes after construction.
/// </summary>
public sealed class InterestData
{
    private readonly FrozenDictionary<string, OccupationInterests> _profiles;
    private readonly FrozenDictionary<string, OccupationWorkValues> _values;

    public InterestData(IEnumerable<OccupationInterests> profiles, IEnumerable<OccupationWorkValues> workValues, IReadOnlyList<InterestActivity> activities,
        IReadOnlyList<RiasecKeyword> keywords, IEnumerable<(InterestArea Area, string Code)> illustrative)
    {
        Profiles = profiles.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        _profiles = Profiles.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        _values = workValues.ToFrozenDictionary(v => v.Code, StringComparer.Ordinal);
        Activities = activities;
        Keywords = keywords;
        var codes = illustrative.ToList();
        Illustrative = InterestArea.All.ToFrozenDictionary(a => a, a => (IReadOnlyList<string>)codes.Where(x => x.Area == a).Select(x => x.Code).ToList());
    }

    public static InterestData Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => Profiles.Count == 0;

    /// <summary>Every occupation O*NET gives an interest profile, in code order.</summary>
    public IReadOnlyList<OccupationInterests> Profiles { get; }

    public IReadOnlyList<InterestActivity> Activities { get; }

    public IReadOnlyList<RiasecKeyword> Keywords { get; }

    /// <summary>O*NET's illustrative occupations of each area (the "General" rows of Interests Illustrative Occupations).</summary>
    public IReadOnlyDictionary<InterestArea, IReadOnlyList<string>> Illustrative { get; }

    public OccupationInterests? ProfileOf(string code) => _profiles.GetValueOrDefault(code);

    public OccupationWorkValues? WorkValuesOf(string code) => _values.GetValueOrDefault(code);

    /// <summary>Every occupation O*NET rates on work values.</summary>
    public IEnumerable<string> WorkValueCodes => _values.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<RiasecKeyword> KeywordsFor(InterestArea area) => Keywords.Where(k => k.Area == area);
}
