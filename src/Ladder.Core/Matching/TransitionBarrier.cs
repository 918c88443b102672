using Ladder.Catalog;
using Ladder.Guides;

namespace Ladder.Matching;

/// <summary>
/// What stands in the way of a move regardless of skill overlap: a licence the target needs and the current role does
/// not hold, a residency, or at least <see cref="ZoneGap"/> more O*NET job zones of preparation. Any barrier rules out
/// "close move" (docs/matching.md).
/// </summary>
public static class TransitionBarrier
{
    /// <summary>Two more job zones is, in O*NET's scale, a different level of education (e.g. high school to a degree).</summary>
    public const int ZoneGap = 2;

    /// <summary>True when B needs a licence A does not hold (the one place moves read the licence table).</summary>
    public static bool NeedsLicence(Role from, Role to) => Licence(from, to) is not null;

    private static Licence? Licence(Role from, Role to) => Licensing.Crossed(from.Primary.Code, to.Primary.Code);

    /// <summary>The barriers of a move, in words, most serious first; empty when there are none.</summary>
    public static IReadOnlyList<string> For(Role from, Role to, int? zoneChange)
    {
        var result = new List<string>(3);
        if (Licence(from, to) is { } need)
        {
            result.Add($"needs {need.Name}");
            if (need.Residency) result.Add("needs a residency after the degree");
        }
        if (zoneChange >= ZoneGap) result.Add($"needs {zoneChange} more O*NET job zones of preparation");
        return result;
    }
}
