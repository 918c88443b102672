namespace Ladder.Interests;

/// <summary>One of O*NET's six work values: what a job offers that people look for in work.</summary>
/// <remarks>
/// <para>Index: 0–5 in O*NET's order (elements 1.B.2.a–f).</para>
/// <para>Key: The lower-case key used in URLs, the API and the CLI ("working-conditions").</para>
/// <para>Plain: What it means, in Ladder's words, for a form label.</para>
/// </remarks>
public sealed record WorkValue(int Index, string Key, string Name, string ElementId, string Plain)
{
    public static IReadOnlyList<WorkValue> All { get; } =
    [
        new(0, "achievement", "Achievement", "1.B.2.a", "using your abilities and seeing results"),
        new(1, "working-conditions", "Working Conditions", "1.B.2.b", "job security, good conditions and pay"),
        new(2, "recognition", "Recognition", "1.B.2.c", "advancement, leadership and prestige"),
        new(3, "relationships", "Relationships", "1.B.2.d", "friendly co-workers and serving others"),
        new(4, "support", "Support", "1.B.2.e", "a supportive employer and fair supervision"),
        new(5, "independence", "Independence", "1.B.2.f", "working on your own and making decisions"),
    ];

    /// <summary>The value by key or O*NET name, ignoring case; null when none.</summary>
    public static WorkValue? Find(string text)
    {
        var t = text.Trim();
        return All.FirstOrDefault(v => v.Key.Equals(t, StringComparison.OrdinalIgnoreCase) || v.Name.Equals(t, StringComparison.OrdinalIgnoreCase));
    }

    public static WorkValue? ByElementId(string elementId) => All.FirstOrDefault(v => v.ElementId == elementId);
}
