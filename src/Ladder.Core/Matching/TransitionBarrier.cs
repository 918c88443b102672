using Ladder.Catalog;
using Ladder.Licences;

namespace Ladder.Matching;

/// <summary>
/// What stands in the way of a move regardless of skill overlap: a licence the target's decision requires that the
/// starting role's does not cover, a residency, or at least <see cref="ZoneGap"/> more O*NET job zones of preparation.
/// Any barrier rules out "close move" (docs/matching.md).
/// </summary>
public static class TransitionBarrier
{
    /// <summary>Two more job zones is, in O*NET's scale, a different level of education (e.g. high school to a degree).</summary>
    public const int ZoneGap = 2;

    /// <summary>The barriers of a move, in words, most serious first; empty when there are none.</summary>
    public static IReadOnlyList<string> For(LicenceBook licences, Role from, Role to, int? zoneChange)
    {
        var result = new List<string>(3);
        if (LicenceBook.Crossed(licences.For(from), licences.For(to)) is { } need)
        {
            result.Add($"needs {Lower(need.Credential!)} ({Lower(Guides.GuideLicence.RequirementOf(need))})");
            if (need.Training?.Route == TrainingRouteKind.Residency) result.Add("needs a residency after the degree");
        }
        if (zoneChange >= ZoneGap) result.Add($"needs {zoneChange} more O*NET job zones of preparation");
        return result;
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
