using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>Stage years and pros that agree with the way in the same guide states (issue 23), on the shipped data.</summary>
public sealed class TrainingRouteTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private Guide G(string code) => new GuideComposer(shipped.Catalog).Compose(shipped.Catalog.RoleForCode(code)!);

    [Fact]
    public void An_apprenticeship_route_moves_the_next_stage_after_it_even_where_only_some_states_license_the_work()
    {
        // Stationary engineers: some states license them; the decision's apprenticeship takes about 4 years.
        var d = shipped.Catalog.Outlook.Licences.For(shipped.Catalog.RoleForCode("51-8021.00")!.Primary.Code)!;
        Assert.Equal(Ladder.Licences.LicenceKind.SomeStates, d.Kind);
        var g = G("51-8021.00");
        Assert.StartsWith($"{d.Training!.MaxYears ?? d.Training.MinYears}–", g.Levels[1].Years, StringComparison.Ordinal);
    }

    [Fact]
    public void No_guide_starts_a_stage_before_its_apprenticeship_or_residency_ends()
    {
        var composer = new GuideComposer(shipped.Catalog);
        var short_ = new List<string>();
        foreach (var o in shipped.Catalog.Occupations)
        {
            if (shipped.Catalog.Outlook.Licences.For(o.Code)?.Training is not { Route: Ladder.Licences.TrainingRouteKind.Apprenticeship or Ladder.Licences.TrainingRouteKind.Residency, MinYears: { } min }) continue;
            var levels = composer.Compose(shipped.Catalog.RoleForCode(o.Code.Value)!).Levels;
            if (levels.Count > 1 && int.TryParse(levels[1].Years.Split('–', '+')[0], out var from) && from < min) short_.Add($"{o.Code.Value} {levels[1].Label} {levels[1].Years}");
        }
        Assert.True(short_.Count == 0, string.Join("; ", short_));
    }

    [Fact]
    public void Work_entered_with_a_bachelors_degree_is_not_quick_to_start()
    {
        // Agricultural inspectors: O*NET job zone 2, BLS entry education a bachelor's degree.
        var g = G("45-2011.00");
        Assert.Equal("Bachelor's degree", g.Entry.Education);
        Assert.DoesNotContain(g.Pros, p => p.Text == "Quick to start");
    }

    [Fact]
    public void Work_learned_over_more_than_a_year_is_not_quick_to_start()
    {
        // Millwrights: O*NET job zone 2, and a 3- or 4-year apprenticeship stated in the same guide's way in.
        Assert.DoesNotContain(G("49-9044.00").Pros, p => p.Text == "Quick to start");
        var composer = new GuideComposer(shipped.Catalog);
        var quick = new List<string>();
        foreach (var o in shipped.Catalog.Occupations)
        {
            var training = shipped.Catalog.Outlook.ProjectionFor(o.Code)?.Projection.Training;
            var route = shipped.Catalog.Outlook.Licences.For(o.Code)?.Training;
            var long_ = training is "Long-term on-the-job training" or "Apprenticeship" or "Internship/residency"
                || route is { Route: Ladder.Licences.TrainingRouteKind.Apprenticeship } || route?.MaxYears > 1;
            if (long_ && composer.Compose(shipped.Catalog.RoleForCode(o.Code.Value)!).Pros.Any(p => p.Text == "Quick to start"))
                quick.Add($"{o.Code.Value} ({training}; {route?.Detail})");
        }
        Assert.True(quick.Count == 0, string.Join("; ", quick));
    }
}
