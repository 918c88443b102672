using Ladder.Guides;
using Ladder.Matching;
using Ladder.Occupations;

namespace Ladder.Engine;

public sealed partial class LadderEngine
{
    /// <summary>How many moves into a role its guide weighs for "Roles people move from" (the CLI's and API's default list).</summary>
    public const int GuideMoves = 10;

    /// <summary>
    /// "Roles people move from" for an O*NET occupation: the moves into it that <c>ladder transitions</c> and the API
    /// list, in their order, keeping those that are no step down for the mover (a way in pays about as much or less),
    /// need no new schooling (or only the school that is the usual route from that work), come from work needing at most one job zone more preparation and are no specialisation of
    /// the same SOC code or a curated role built on it. The guide's "people often move in from …" note names the first of them.
    /// </summary>
    private IReadOnlyList<RoleLink> Arrivals(Occupation occupation)
    {
        if (Catalog.FindRole(occupation.Slug) is not { } role) return [];
        var pay = role.MedianPay;
        return TransitionList.MovesInto(Space, role, GuideMoves)
            // A move that needs new schooling (a residency, two more job zones) is not a way in: nobody moves from
            // physician assistant to paediatrician without medical school, however often the list ranks it. Unless that
            // school is the usual route from the origin's work (RN to nurse practitioner, teacher to principal): then the
            // origin is the way in, and the move's own words say it needs the school.
            .Where(m => m.Kind != "step down" && (!MoveVerdicts.NeedsSchooling(m.JobZoneChange, m.Barriers)
                || Catalog.FindRole(m.Role.Slug) is { } origin && TransitionBarrier.SchoolOnTheWay(Catalog, origin, role)))
            // Nor is a move from work that needs two or more job zones more preparation (a master's-level counsellor
            // into a physical therapist assistant's associate degree): people make it, but it is a change of career, not a way in.
            .Where(m => m.JobZoneChange is not <= -2)
            // A curated role that names this occupation among its own (Frontend Engineer for Software Developers) is a
            // specialisation of it, like Acute Care Nurses for Registered Nurses: a rung of the same work, not a way in.
            .Where(m => Catalog.FindRole(m.Role.Slug) is { } from && from.Primary.Code.Soc != role.Primary.Code.Soc
                && !from.Occupations.Any(o => o.Code == occupation.Code)
                && (pay is not { } p || from.MedianPay is not { } q || q <= p * GuideComposer.FeederPayMargin))
            .Select(m => new RoleLink(m.Role.Slug, m.Role.Title, m.Role.Code, m.Headline, m.Role.Slug)).ToList();
    }
}
