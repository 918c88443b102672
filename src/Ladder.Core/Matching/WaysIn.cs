using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Matching;

/// <summary>
/// "Roles people move from" for an O*NET occupation: the moves into it that <c>ladder transitions</c> and the API
/// list, in their order, keeping those that are no step down for the mover (a way in pays about as much or less),
/// need no new schooling (or only the school that is the usual route from that work), come from work needing at most
/// one job zone more preparation, are no specialisation of the same SOC code or a curated role built on it, and, into
/// work that needs no years elsewhere, come from no work that itself needs five years or more elsewhere, and, beside a
/// Handbook-named route, are no curated role's move across from other work. A first-line supervisor's list starts with
/// the work it leads (content/occupations/crews.yaml), ranked by the same model (<see cref="Crew"/>). The guide's
/// "people often move in from …" note names the first of them. <c>ladder import</c> ranks them for every occupation
/// and stores them (<see cref="Catalog.StoredWaysIn"/>): ranking needs the whole skill space.
/// </summary>
public static partial class WaysIn
{
    /// <summary>How many moves into a role its guide weighs (the CLI's and API's default list).</summary>
    public const int Limit = 10;

    /// <summary>The ways into <paramref name="occupation"/>, ranked from <paramref name="space"/> and its move model.</summary>
    public static IReadOnlyList<RoleLink> Rank(SkillSpace space, Occupation occupation)
    {
        var catalog = space.Catalog;
        if (catalog.FindRole(occupation.Slug) is not { } role) return [];
        var pay = role.MedianPay;
        // Work that BLS says needs no years elsewhere, below the top of a ladder, is not entered from work that itself needs
        // five years or more in another occupation (BLS's senior tier: a Cloud Architect, on Computer Network Architects,
        // into Software Developers; general managers into air traffic control): people make those moves, but they are
        // not ways in. Titles are not read here: "administrator" or "executive" in an occupation's name is no
        // senior post. Work needing under five years elsewhere (restaurant cooks into bakers) stays a way in.
        var entryWork = !EntryVocabulary.NeedsPriorExperience(catalog.Outlook.ProjectionFor(occupation.Code)?.Projection.Experience)
            && !catalog.Families.For(occupation.Code).Top;
        // Supervisors are promoted from the work they lead: that work comes first, the other moves in after it.
        var led = catalog.OccupationContent.CrewOf(occupation.Code.Value);
        var crew = led is not null ? Crew(space, role, led) : [];
        var observed = TransitionList.MovesInto(space, role, Limit, technologies: false)
            // A move that needs new schooling (a residency, two more job zones) is not a way in: nobody moves from
            // physician assistant to paediatrician without medical school, however often the list ranks it. Unless that
            // school is the usual route from the origin's work (RN to nurse practitioner, teacher to principal): then the
            // origin is the way in, and the move's own words say it needs the school.
            .Where(m => m.Kind != "step down" && (!MoveVerdicts.NeedsSchooling(m.JobZoneChange, m.Barriers)
                || catalog.FindRole(m.Role.Slug) is { } origin && TransitionBarrier.SchoolOnTheWay(catalog, origin, role)))
            // Nor is a move from work that needs two or more job zones more preparation (a master's-level counsellor
            // into a physical therapist assistant's associate degree): people make it, but it is a change of career, not a way in.
            .Where(m => m.JobZoneChange is not <= -2)
            // A curated role that names this occupation among its own (Frontend Engineer for Software Developers) is a
            // specialisation of it, like Acute Care Nurses for Registered Nurses: a rung of the same work, not a way in.
            .Where(m => catalog.FindRole(m.Role.Slug) is { } from && from.Primary.Code.Soc != role.Primary.Code.Soc
                && !from.Occupations.Any(o => o.Code == occupation.Code)
                && (pay is not { } p || from.MedianPay is not { } q || q <= p * GuideComposer.FeederPayMargin)
                && !(entryWork && catalog.Outlook.ProjectionFor(from.Primary.Code)?.Projection.Experience == EntryVocabulary.Experience[^1]))
            // Performers, models and athletes are hired on auditions, casting and a body of work: a way in is earlier work in
            // that field (dancers into choreography), never the day job people hold beside it (cashiers into modelling).
            .Where(m => catalog.Families.For(occupation.Code).OwnField is not { } field || !field.Contains(occupation.Code.Value)
                || (catalog.FindRole(m.Role.Slug) is { } r && field.Contains(r.Primary.Code.Value)))
            // Where the Handbook names the route (content/occupations/routes.yaml), a curated role's move across stands for its
            // primary occupation's flows under a market title, a peer (Machine Learning Engineer, Cloud Architect into
            // Information Security Analysts) that beside the named route reads as another way in of equal standing; it
            // is kept when it is a step up for the mover or the route names its occupation (Systems Administrator).
            .Where(m => catalog.OccupationContent.RouteOf(occupation.Code.Value) is not { } route || m.Kind == "step up"
                || catalog.FindRole(m.Role.Slug) is not { Curated: not null } curated || route.From.Contains(curated.Primary.Code.Value))
            // The rest of the crew, where the model ranks it among other moves in, reads as the crew too.
            .Select(m => new RoleLink(m.Role.Slug, m.Role.Title, m.Role.Code,
                led is not null && m.Role.Kind == RoleKind.Occupation && led.Crew.Contains(m.Role.Code) ? CrewLink(m.Kind) : m.Headline, m.Role.Slug));
        return crew.Count == 0 ? observed.ToList()
            : crew.Concat(observed.Where(m => !crew.Any(c => c.Slug == m.Slug))).Take(Limit).ToList();
    }
}
