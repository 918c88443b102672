using Ladder.Matching;

namespace Ladder.Tests.Core.Matching;

public sealed class GapAnalyzerTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    [Fact]
    public void Listed_skills_raise_the_match_and_leave_a_learning_plan()
    {
        var analyzer = new GapAnalyzer(data.Space);
        var target = data.Role("data-scientist");
        var none = analyzer.Analyze(target, GapAnalyzer.FromHits([]), "list");
        var some = analyzer.Analyze(target, GapAnalyzer.FromHits(data.Space.Extractor.ExtractList("python, sql, critical thinking").Hits), "list");
        Assert.Equal(0, none.MatchPercent);
        Assert.NotNull(none.Note);
        Assert.True(some.MatchPercent > 0);
        Assert.Contains(some.Matched, m => m.Name == "Python");
        Assert.DoesNotContain(some.LearningPlan, s => s.Name == "Python");
        Assert.Equal(10, some.ClosestRoles.Count);
    }

    [Fact]
    public void Learning_plan_puts_fundamentals_first_and_lower_levels_before_higher()
    {
        var report = new GapAnalyzer(data.Space).Analyze(data.Role("29-1171.00"), GapAnalyzer.FromHits([]), "list");
        var stages = report.LearningPlan.Select(s => s.Stage).ToList();
        Assert.Equal("fundamentals", stages[0]);
        Assert.Equal(stages.OrderBy(s => s switch { "fundamentals" => 0, "tools" => 1, _ => 2 }), stages);
        var fundamentals = report.LearningPlan.Where(s => s.Stage == "fundamentals").Select(s => s.Level!.Value).ToList();
        Assert.Equal(fundamentals.Order(), fundamentals);
    }

    [Fact]
    public void A_current_role_counts_its_levels()
    {
        var analyzer = new GapAnalyzer(data.Space);
        var fromRn = analyzer.Analyze(data.Role("29-1171.00"), analyzer.FromRole(data.Role("29-1141.00")), "role");
        var fromDs = analyzer.Analyze(data.Role("29-1171.00"), analyzer.FromRole(data.Role("data-scientist")), "role");
        Assert.True(fromRn.MatchPercent > fromDs.MatchPercent);
    }
}
