using Ladder.Engine;
using Ladder.Licences;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Moves into work that needs a licence earned through a programme, an academy or an apprenticeship are real (cashiers
/// and baristas into barbering), but a reader must not take them for a way around the licence: wherever a listed role
/// lacks the licence, "Roles people move from" says the mover still needs it first, with its route, on every surface.
/// </summary>
public sealed class LicenceCaveatTests
{
    private static LadderEngine Engine => SharedEngine.Instance;

    [Fact]
    public void Every_way_in_that_lacks_a_programme_route_licence_is_framed_and_no_other()
    {
        var framed = 0;
        var problems = new List<string>();
        foreach (var occupation in Engine.Catalog.Occupations)
        {
            var b = Engine.Guide(Engine.Catalog.RoleForCode(occupation.Code.Value)!).BreakIn;
            var target = Engine.Catalog.Outlook.Licences.For(occupation.Code);
            var programme = target is { RequiredToWork: true, Credential: not null }
                && target.Training?.Route is TrainingRouteKind.Programme or TrainingRouteKind.Academy or TrainingRouteKind.Apprenticeship;
            var lacking = programme && b.FromRoles.Any(f => Engine.Catalog.FindRole(f.Slug) is { IsCurated: false } r
                && LicenceBook.Crossed(Engine.Catalog.Outlook.Licences.For(r.Primary.Code), target) is not null);
            if (lacking != b.FromRolesCaveat is not null) problems.Add($"{occupation.Code} {occupation.Title}: caveat {b.FromRolesCaveat ?? "missing"}");
            if (b.FromRolesCaveat is not { } caveat) continue;
            framed++;
            if (!caveat.Contains($"still need the {target!.Credential}", StringComparison.OrdinalIgnoreCase)) problems.Add($"{occupation.Code}: {caveat}");
            if (!b.FromRolesText.EndsWith(caveat, StringComparison.Ordinal)) problems.Add($"{occupation.Code}: the text surfaces do not show it");
        }
        Assert.True(framed >= 20, $"only {framed} guides framed");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Barbers_ways_in_from_entry_jobs_say_the_programme_and_licence_come_first()
    {
        var b = Engine.Guide("barbers")!.BreakIn;
        Assert.Contains(b.FromRoles, f => f.Title == "Cashiers");
        Assert.Equal("People who move in from these jobs still need the barber licence from the state barber board first: a state-approved barber programme (often 9 months or more) and a state exam.", b.FromRolesCaveat);
    }
}
