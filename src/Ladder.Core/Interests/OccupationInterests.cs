namespace Ladder.Interests;

/// <summary>
/// An occupation's O*NET interest profile: its six occupational interest (OI) scores, 1–7, and its first, second
/// and third interest high-points (null where O*NET names none).
/// </summary>
public sealed record OccupationInterests(string Code, IReadOnlyList<double> Scores, InterestArea? First, InterestArea? Second, InterestArea? Third)
{
    /// <summary>The high-points O*NET names, first to third.</summary>
    public IEnumerable<InterestArea> HighPoints => new[] { First, Second, Third }.OfType<InterestArea>();
}

/// <summary>An occupation's O*NET work values: extent scores (1–7) and the first to third high-points.</summary>
public sealed record OccupationWorkValues(string Code, IReadOnlyList<double> Extents, IReadOnlyList<WorkValue> HighPoints);

/// <summary>An activity from O*NET's Interests Illustrative Activities: an example of work in one area or basic interest.</summary>
/// <remarks>
/// <para>Areas: The area of a general activity; for a basic interest's, the areas O*NET's Basic Interests to RIASEC links it to.</para>
/// <para>BasicInterest: The basic interest the activity illustrates ("Mechanics/Electronics"), or null for a general one.</para>
/// </remarks>
public sealed record InterestActivity(IReadOnlyList<InterestArea> Areas, string? BasicInterest, string Text);

/// <summary>A word O*NET's RIASEC Keywords list for an area: an action ("Build") or an object ("Machines").</summary>
public sealed record RiasecKeyword(InterestArea Area, string Word, bool IsAction);
