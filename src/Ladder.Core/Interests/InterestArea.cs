namespace Ladder.Interests;

/// <summary>One of O*NET's six interest areas (Holland's RIASEC), in O*NET's order.</summary>
/// <remarks>
/// <para>Index: 0–5 in O*NET's order, the position of the area in every six-score array.</para>
/// <para>Key: The lower-case name used in URLs, the API and the CLI ("realistic").</para>
/// </remarks>
public sealed record InterestArea(int Index, string Key, string Name, string ElementId)
{
    public char Letter => Name[0];

    /// <summary>Realistic, Investigative, Artistic, Social, Enterprising, Conventional: O*NET elements 1.B.1.a–f.</summary>
    public static IReadOnlyList<InterestArea> All { get; } =
    [
        new(0, "realistic", "Realistic", "1.B.1.a"),
        new(1, "investigative", "Investigative", "1.B.1.b"),
        new(2, "artistic", "Artistic", "1.B.1.c"),
        new(3, "social", "Social", "1.B.1.d"),
        new(4, "enterprising", "Enterprising", "1.B.1.e"),
        new(5, "conventional", "Conventional", "1.B.1.f"),
    ];

    public const int Count = 6;

    /// <summary>The area by key, name or letter, ignoring case; null when none.</summary>
    public static InterestArea? Find(string text)
    {
        var t = text.Trim();
        return All.FirstOrDefault(a => a.Key.Equals(t, StringComparison.OrdinalIgnoreCase)
            || (t.Length == 1 && char.ToUpperInvariant(t[0]) == a.Letter));
    }

    public static InterestArea? ByElementId(string elementId) => All.FirstOrDefault(a => a.ElementId == elementId);
}
