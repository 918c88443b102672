using Ladder.Catalog;
using Ladder.Guides;

namespace Ladder.Matching;

/// <summary>A licence or other required credential the target role needs and the starting point does not hold.</summary>
public sealed record CredentialNeed(string Name, string Kind, string Issuer, string Time, string Source, string Reviewed);

/// <summary>
/// What stands in the way besides skills: the credentials the target legally requires that the starting role's
/// own credentials do not already include (matched by name). From a list of skills, every one is needed.
/// </summary>
public static class CredentialGap
{
    public static IReadOnlyList<CredentialNeed> Between(LadderCatalog catalog, Role? from, Role to)
    {
        var composer = new GuideComposer(catalog);
        var held = from is null ? [] : composer.ComposeCredentials(from).Items.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Curated names differ between entries ("Registered nurse licence" for an NP, "State registered nurse licence"
        // for an RN), so a licence the starting role already covers (Licensing) counts as held with its exam.
        var licenceHeld = from is not null && Licensing.For(to.Primary.Code) is not null && Licensing.Crossed(from.Primary.Code, to.Primary.Code) is null;
        return composer.ComposeCredentials(to).Items
            .Where(c => c.Status == "required" && c.Kind != "none" && !held.Contains(c.Name))
            .Where(c => !(licenceHeld && c.Kind is "licence" or "exam"))
            .Select(c => new CredentialNeed(c.Name, c.Kind, c.Issuer, c.Time, c.Source, c.Reviewed))
            .ToList();
    }
}
