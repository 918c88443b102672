using Ladder.Guides;
using Ladder.Licences;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Issue 23 (lead, seed-29 reading): occupations that climbed another field's ladder (judicial law clerks on the
/// lawyers' partner track, crossing guards on the security officers', advertising and travel agents on the licensed
/// brokers', driver/sales workers on the freight owner-operators'), and the preparation step of an occupation whose
/// BLS education is for a broader group that most of its own workers exceed.
/// </summary>
public sealed class FieldLadderTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private Guide G(string code) => shipped.Guide(code);

    private static string Ladder(Guide g) => string.Join(" | ", g.Levels.Select(l => l.Label + ": " + string.Join("; ", l.Responsibilities)));

    [Fact]
    public void Judicial_law_clerks_climb_a_clerkship_not_a_partnership_and_are_hired_from_law_school()
    {
        var g = G("23-1012.00");
        Assert.Equal("Term law clerk", g.Levels[0].Label);
        Assert.DoesNotContain("partner", Ladder(g), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(g.Roadmap, s => s.Title == "How people get there" && s.Detail.Contains("law school", StringComparison.Ordinal));
        // Lawyers keep theirs.
        Assert.Equal("Associate attorney", G("23-1011.00").Levels[0].Label);
    }

    [Fact]
    public void Crossing_guards_and_flaggers_are_not_officers_and_train_before_their_first_post()
    {
        var g = G("33-9091.00");
        Assert.DoesNotContain("officer", Ladder(g), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("flagger", g.Levels[0].Label, StringComparison.Ordinal);
        Assert.Contains(g.Roadmap, s => s.Title == "Train before your first post" && s.Detail.Contains("flagger course", StringComparison.Ordinal));
    }

    [Fact]
    public void Brokers_and_licensing_exams_are_on_the_ladders_of_licensed_sales_only()
    {
        foreach (var o in shipped.Catalog.Occupations)
        {
            var g = G(o.Code.Value);
            var ladder = Ladder(g);
            if (!ladder.Contains("Broker", StringComparison.Ordinal) && !ladder.Contains("licensing exam", StringComparison.Ordinal)) continue;
            var decision = shipped.Catalog.Outlook.Licences.For(o.Code);
            Assert.True(decision is not null && decision.Kind != LicenceKind.None, $"{o.Code} {o.Title} climbs a broker's ladder without a licence: {ladder}");
        }
        Assert.Equal("Sales manager", G("41-3011.00").Levels[^1].Label);
        Assert.Equal("Agency manager or owner", G("41-3041.00").Levels[^1].Label);
    }

    [Fact]
    public void Driver_sales_workers_run_a_route_and_haul_no_freight()
    {
        var ladder = Ladder(G("53-3031.00"));
        Assert.DoesNotContain("Owner-operator", ladder, StringComparison.Ordinal);
        Assert.DoesNotContain("Haul", ladder, StringComparison.Ordinal);
        Assert.Contains("route", ladder, StringComparison.Ordinal);
        Assert.Contains("Owner-operator", Ladder(G("53-3032.00")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broader_groups_education_says_when_the_occupations_own_workers_report_more()
    {
        var step = G("19-3039.02").Roadmap.Single(s => s.Title == "Get the right preparation").Detail;
        Assert.Contains("for the broader group", step, StringComparison.Ordinal);
        Assert.Contains("'Post-Doctoral Training'", step, StringComparison.Ordinal);
        // An occupation with its own BLS figures keeps the plain sentence.
        Assert.DoesNotContain("O*NET's education survey", G("19-3033.00").Roadmap.Single(s => s.Title == "Get the right preparation").Detail, StringComparison.Ordinal);
    }
}
