using System.Collections.Frozen;
using Ladder.Occupations;

namespace Ladder.Licences;

/// <summary>
/// Every licence decision, keyed by exact O*NET-SOC code and by curated role slug; built once, then only read.
/// There is no prefix rule and no fallback: an occupation the import did not decide has no decision.
/// </summary>
public sealed class LicenceBook
{
    private const string RolePrefix = "role:";
    private readonly FrozenDictionary<string, LicenceDecision> _byKey;

    public LicenceBook(IEnumerable<(string Key, LicenceDecision Decision)> decisions) =>
        _byKey = decisions.ToFrozenDictionary(d => d.Key, d => d.Decision, StringComparer.Ordinal);

    public static LicenceBook Empty { get; } = new([]);

    public static string RoleKey(string slug) => RolePrefix + slug;

    public bool IsEmpty => _byKey.Count == 0;

    /// <summary>Every (key, decision) pair: occupation codes, and role slugs prefixed "role:".</summary>
    public IEnumerable<(string Key, LicenceDecision Decision)> All => _byKey.Select(p => (p.Key, p.Value));

    public LicenceDecision? For(OccupationCode code) => _byKey.GetValueOrDefault(code.Value);

    public LicenceDecision? ForRole(string slug) => _byKey.GetValueOrDefault(RolePrefix + slug);

    /// <summary>
    /// The licence a move from <paramref name="from"/> into <paramref name="to"/> must cross: the target's decision
    /// when the whole work needs it and the starting decision does not already cover it; otherwise null.
    /// </summary>
    public static LicenceDecision? Crossed(LicenceDecision? from, LicenceDecision? to) =>
        to is { RequiredToWork: true } && from?.Covers(to) != true ? to : null;
}
