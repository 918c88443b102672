using System.Collections.Frozen;
using Ladder.Occupations;

namespace Ladder.Content;

/// <summary>
/// The job families read from content/families/*.yaml and the one family each occupation climbs, by exact
/// O*NET-SOC code. Built once at start-up and only read after that.
/// </summary>
public sealed class CareerFamilies
{
    private readonly FrozenDictionary<string, CareerFamily> _byCode;

    public CareerFamilies(IReadOnlyList<CareerFamily> families, IReadOnlyDictionary<string, string> familyByCode)
    {
        All = families;
        var byKey = families.ToDictionary(f => f.Key, StringComparer.Ordinal);
        _byCode = familyByCode.ToFrozenDictionary(p => p.Key, p => byKey[p.Value], StringComparer.Ordinal);
        Members = families.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)familyByCode.Where(p => p.Value == f.Key).Select(p => p.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>No families imported (an import without content/families): guides show no ladder and say why.</summary>
    public static CareerFamilies Empty { get; } = new([], new Dictionary<string, string>());

    /// <summary>Stands in for an occupation no family lists: no stages, so the guide says it has no ladder data.</summary>
    public static CareerFamily Unassigned { get; } = new() { Key = "unassigned", Name = "No career family", Stages = [] };

    public IReadOnlyList<CareerFamily> All { get; }

    /// <summary>The O*NET-SOC codes of each family, in code order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Members { get; }

    /// <summary>The family an occupation belongs to, or <see cref="Unassigned"/> when none was imported for it.</summary>
    public CareerFamily For(OccupationCode code) => _byCode.GetValueOrDefault(code.Value) ?? Unassigned;

    public CareerFamily? Find(string key) => All.FirstOrDefault(f => f.Key == key);
}
