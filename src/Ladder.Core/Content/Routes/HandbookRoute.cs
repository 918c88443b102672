namespace Ladder.Content;

/// <summary>
/// The way into an occupation that its Handbook page names (content/occupations/routes.yaml): the occupations people
/// work in first, by exact O*NET-SOC code, and/or a <see cref="Note"/> where the route is not an occupation ("years of
/// work in the trade you will teach"), with the page that states it and the month a person checked it there.
/// </summary>
public sealed record HandbookRoute
{
    public required string Code { get; init; }
    /// <summary>The occupations the page names, in the entry's order (the usual route first).</summary>
    public required IReadOnlyList<string> From { get; init; }
    /// <summary>The route in words where it is not (only) an occupation; never a licence, which content/licences records.</summary>
    public string? Note { get; init; }
    /// <summary>What comes after the route and before the work, never a licence ("a paramedic education programme").</summary>
    public string? Then { get; init; }
    /// <summary>The Handbook page's title, e.g. "Information Security Analysts".</summary>
    public required string Page { get; init; }
    public required string Source { get; init; }
    /// <summary>The month (yyyy-MM) a person checked the entry against the page.</summary>
    public required string Reviewed { get; init; }
}
