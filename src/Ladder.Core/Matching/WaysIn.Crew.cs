using Ladder.Catalog;
using Ladder.Content;
using Ladder.Guides;

namespace Ladder.Matching;

public static partial class WaysIn
{
    /// <summary>How many of the occupations a supervisor leads its ways in name first (a production supervisor leads over a hundred).</summary>
    public const int CrewShown = 4;

    /// <summary>What a way in from the work a supervisor leads says after its kind ("Step up: …").</summary>
    public const string CrewRelation = "the work this role supervises";

    /// <summary>
    /// The occupations a supervisor leads (content/occupations/crews.yaml) that its way in names first, best first: the
    /// move model's order into the supervisor among every origin (so the same score as any other way in, the crew kept
    /// in that order, one per observed-move node while others remain), then, where the model cannot score them (an
    /// occupation O*NET has not rated, on either side), by BLS employment, then file order. A crew that pays the mover
    /// more than the supervisor (<see cref="GuideComposer.FeederPayMargin"/>) is left out, as any way in would be.
    /// </summary>
    private static List<RoleLink> Crew(SkillSpace space, Role role, SupervisedCrew crew)
    {
        var catalog = space.Catalog;
        var members = crew.Crew.Select(catalog.FindByCode).OfType<Occupations.Occupation>()
            .Select(o => catalog.FindRole(o.Slug)).OfType<Role>()
            .Where(r => role.MedianPay is not { } p || r.MedianPay is not { } q || q <= p * GuideComposer.FeederPayMargin).ToList();
        var profile = space.ProfileOf(role);
        var ranked = MoveRanking.Into(space, profile, space.Profiles.Count, p => TransitionList.IsMove(role, p.Role))
            .Select(m => m.Other.Role).Where(members.Contains).ToList();
        var rest = members.Except(ranked).Select((r, i) => (r, i))
            .OrderByDescending(x => x.r.Primary.Wages.Current?.Employment.Amount ?? -1).ThenBy(x => x.i).Select(x => x.r);
        return ranked.Concat(rest).Take(CrewShown)
            .Select(r => new RoleLink(r.Slug, r.Title, r.Code, CrewLink(TransitionAnalyzer.Analyze(space, r, role).Move.Kind), r.Slug)).ToList();
    }

    /// <summary>"Step up: the work this role supervises": the move's kind, then that the origin is the supervisor's crew.</summary>
    private static string CrewLink(string kind) => $"{char.ToUpperInvariant(kind[0])}{kind[1..]}: {CrewRelation}";
}
