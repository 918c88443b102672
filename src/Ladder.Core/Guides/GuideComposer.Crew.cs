using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>
    /// "The work it supervises, where most start, includes …": a first-line supervisor's way in, naming the first three of
    /// the occupations it leads (content/occupations/crews.yaml) in the order its "Roles people move from" ranks them, which
    /// starts with them (<c>Matching.WaysIn</c>). Null for an occupation that leads none, or none of whose crew is listed.
    /// </summary>
    private string? CrewText(Occupation occupation, IReadOnlyList<RoleLink> from)
    {
        if (catalog.OccupationContent.CrewOf(occupation.Code.Value) is not { } crew) return null;
        var led = from.Where(f => f.Code is { } code && crew.Crew.Contains(code) && catalog.FindByCode(code)?.Slug == f.Slug).Take(3).Select(f => f.Title).ToList();
        return led.Count == 0 ? null : $"The work it supervises, where most start, includes {JoinTitles(led)}.";
    }

    /// <summary>The page that names the work a supervisor leads, for the guide's Sources; none for other occupations.</summary>
    private SourceNote[] CrewSource(Occupation occupation) =>
        catalog.OccupationContent.CrewOf(occupation.Code.Value) is { } crew
            ? [new("Way in: the work a supervisor leads", $"O*NET OnLine: {occupation.Title}, whose description names the work it supervises (content/occupations/crews.yaml)", AsOfDate.Normalize(crew.Reviewed), crew.Source)]
            : [];

    /// <summary>
    /// Where "Roles people move from" is ranked by skill similarity instead of observed moves
    /// (<see cref="OccupationCode.IsResidualSpecialisation"/>, the rule <c>Matching.MoveRanking</c> follows), the Sources table says so and why; none elsewhere.
    /// </summary>
    private SourceNote[] WaysInBasis(Occupation occupation) =>
        !occupation.Code.IsResidualSpecialisation ? []
            : [new("Roles people move from", $"Ranked by how close each role's skills are (O*NET), not by observed job changes: the Current Population Survey counts this occupation only inside SOC {occupation.Code.Soc}{(catalog.FindByCode($"{occupation.Code.Soc}.00") is { } residual ? " " + residual.Title : "")}, whose movers do other work", OnetAsOf, OnetUrl)];
}
