namespace Ladder.Content;

/// <summary>
/// The work a first-line supervisor leads (content/occupations/crews.yaml): the occupations its O*NET description names,
/// by exact O*NET-SOC code, with the page that names them and the month a person checked the list there. Supervisors are
/// promoted from that work, so their way in leads with it (<c>Matching.WaysIn</c>).
/// </summary>
public sealed record SupervisedCrew
{
    /// <summary>The supervisor's code.</summary>
    public required string Code { get; init; }
    /// <summary>The occupations it supervises, in the entry's order.</summary>
    public required IReadOnlyList<string> Crew { get; init; }
    /// <summary>The page that names the work supervised (O*NET OnLine's summary of the supervisor, or a Handbook page).</summary>
    public required string Source { get; init; }
    /// <summary>The month (yyyy-MM) a person checked the list against the page.</summary>
    public required string Reviewed { get; init; }
}
