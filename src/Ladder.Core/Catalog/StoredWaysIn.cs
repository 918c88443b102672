using System.Collections.Frozen;

namespace Ladder.Catalog;

/// <summary>
/// Every occupation's "Roles people move from", ranked by <c>ladder import</c> with the move model it found and stored in
/// the catalog (table <c>way_in</c>). Ranking them needs the whole skill space (about 80 MB and a second or more to
/// build), so a guide read from the catalog (<c>ladder guide</c>, guide pages) never builds it. The engine uses them only
/// while the move model file is the one the import ranked with (<see cref="ModelFingerprint"/>), and ranks them again otherwise.
/// </summary>
public sealed class StoredWaysIn
{
    private readonly FrozenDictionary<string, WayIn[]> _byCode;

    internal StoredWaysIn(string modelFingerprint, IEnumerable<(string Code, WayIn Way)> rows)
    {
        ModelFingerprint = modelFingerprint;
        _byCode = rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Way).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The fingerprint of the move model the import ranked with (<c>MoveModel.ShippedFingerprint</c> then).</summary>
    public string ModelFingerprint { get; }

    /// <summary>The stored ways into an occupation, in rank order; none when it has none.</summary>
    public IReadOnlyList<WayIn> For(string occupationCode) => _byCode.TryGetValue(occupationCode, out var ways) ? ways : [];
}

/// <summary>One stored way in: the role people move from and the move's headline ("Step up: skills carry over").</summary>
public sealed record WayIn(Role Role, string Relation)
{
    public string Relation { get; init; } = string.Intern(Relation);
}
