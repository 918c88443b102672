using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.Engine;

public sealed partial class LadderEngine
{
    /// <summary>How many moves into a role its guide weighs for "Roles people move from" (the CLI's and API's default list).</summary>
    public const int GuideMoves = 10;

    /// <summary>
    /// "Roles people move from" for an O*NET occupation: the earlier stages of its ladder first (careers knowledge the
    /// composer holds), then the moves into it that <c>ladder transitions</c> and the API list, in their order, keeping
    /// those that are no step down for the mover (a way in pays about as much or less) and no specialisation of the
    /// same SOC code. A curated role keeps the origins its file states.
    /// </summary>
    private Guide WithMoves(Guide guide, Role role)
    {
        if (role.IsCurated) return guide;
        var ladder = guide.BreakIn.FromRoles.Where(r => r.Relation == GuideComposer.EarlierStage).ToList();
        var pay = role.MedianPay;
        var moves = TransitionList.For(Space, role, GuideMoves).Into
            .Where(m => m.Kind != "step down" && !ladder.Any(l => l.Slug == m.Role.Slug))
            .Where(m => Catalog.FindRole(m.Role.Slug) is { } from && from.Primary.Code.Soc != role.Primary.Code.Soc
                && (pay is not { } p || from.MedianPay is not { } q || q <= p * GuideComposer.FeederPayMargin))
            .Select(m => new RoleLink(m.Role.Slug, m.Role.Title, m.Role.Code, m.Headline, m.Role.Slug));
        return guide with { BreakIn = guide.BreakIn with { FromRoles = ladder.Concat(moves).ToList() } };
    }
}
