using Ladder.Catalog;
using Ladder.Content;
using Ladder.Licences;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>How the guide cites a route's page: the Handbook edition the routes were read in.</summary>
    public const string HandbookEdition = "U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2024–34 edition";

    /// <summary>How a route's sentence names its page, short enough to sit inside the sentence.</summary>
    public const string HandbookShort = "BLS Occupational Outlook Handbook";

    /// <summary>
    /// The way in the occupation's Handbook page names (content/occupations/routes.yaml), with the licence the work still
    /// requires after it from the licence decision (the one record of licences): a route is never shown as open to
    /// someone without the licence. Null where the page names none.
    /// </summary>
    private GuideRoute? HandbookRoute(Occupation occupation)
    {
        if (catalog.OccupationContent.RouteOf(occupation.Code.Value) is not { } route) return null;
        var roles = route.From.Select(catalog.FindByCode).OfType<Occupation>().Select(o => catalog.FindRole(o.Slug)).OfType<Role>()
            .Select(r => new RoleLink(r.Slug, r.Title, r.Code, "the Handbook's usual route", r.Slug)).ToList();
        var shown = new GuideRoute
        {
            Text = "",
            Roles = roles,
            Note = route.Note,
            Then = route.Then,
            Licence = RouteLicence(route, catalog.Outlook.Licences.For(occupation.Code)),
            Page = route.Page,
            Source = route.Source,
            Reviewed = AsOfDate.Normalize(route.Reviewed),
        };
        return shown with { Text = $"{GuideRoute.Lead}{shown.Phrase()} ({HandbookShort}: {route.Page})." };
    }

    /// <summary>
    /// The licence the work requires after the route, in the licence decision's words: needed unless every occupation the
    /// route names already holds it (a route's note never carries a licence: the loader refuses one that states it).
    /// </summary>
    private string? RouteLicence(HandbookRoute route, LicenceDecision? target)
    {
        if (target?.Credential is not { } credential) return null;
        var held = route.Note is null && route.From.Count > 0
            && route.From.All(c => LicenceBook.Crossed(catalog.Outlook.Licences.For(OccupationCode.Parse(c)), target) is null);
        if (target.RequiredToWork && !held)
            return $", then the {LowerFirst(credential)} from {target.Issuer}";
        return target.Kind == LicenceKind.SomeStates ? $"; some states also require the {LowerFirst(credential)}" : null;
    }

    /// <summary>The page a route cites, for the guide's Sources.</summary>
    private static SourceNote RouteSource(GuideRoute route) =>
        new("Way in: the Handbook's usual route", $"{HandbookEdition}: {route.Page}, How to Become One (content/occupations/routes.yaml)", route.Reviewed, route.Source);
}
