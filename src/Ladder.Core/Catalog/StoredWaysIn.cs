using System.Collections.Frozen;
using System.Security.Cryptography;
using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.Catalog;

/// <summary>
/// Every occupation's "Roles people move from", ranked by <c>ladder import</c> with the move model it found and stored in
/// the catalog (table <c>way_in</c>). Ranking them needs the whole skill space (about 80 MB and seconds to build), so a
/// guide read from the catalog (<c>ladder guide</c>, guide pages) never builds it. Only used while the move model file is
/// the one the import ranked with (<see cref="ModelFingerprint"/>); otherwise the engine ranks them again.
/// </summary>
public sealed class StoredWaysIn
{
    private readonly FrozenDictionary<string, RoleLink[]> _byCode;

    internal StoredWaysIn(string modelFingerprint, IEnumerable<(string Code, RoleLink Link)> rows)
    {
        ModelFingerprint = modelFingerprint;
        _byCode = rows.GroupBy(r => r.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Link).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The fingerprint of the move model the import ranked with (<see cref="CurrentModelFingerprint"/> then).</summary>
    public string ModelFingerprint { get; }

    /// <summary>The stored ways in of an occupation, in rank order; none when it has none.</summary>
    public IReadOnlyList<RoleLink> For(string occupationCode) => _byCode.TryGetValue(occupationCode, out var links) ? links : [];

    /// <summary>True when these were ranked with the move model this process would rank with.</summary>
    public bool Current => ModelFingerprint == CurrentModelFingerprint;

    /// <summary>SHA-256 of the shipped move model file, or "similarity only" when there is none (<see cref="MoveModel.Shipped"/>).</summary>
    public static string CurrentModelFingerprint => LazyFingerprint.Value;

    private static readonly Lazy<string> LazyFingerprint = new(() => File.Exists(MoveModel.ShippedPath)
        ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(MoveModel.ShippedPath)))
        : "similarity only");
}
