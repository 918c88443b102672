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
    public void Learning_plan_puts_distinctive_needs_first_and_generic_skills_last()
    {
        var report = new GapAnalyzer(data.Space).Analyze(data.Role("29-1171.00"), GapAnalyzer.FromHits([]), "list");
        var stages = report.LearningPlan.Select(s => s.Stage).ToList();
        Assert.Equal("distinctive", stages[0]);
        Assert.Equal(stages.OrderBy(s => s switch { "distinctive" => 0, "tools" => 1, _ => 2 }), stages);
        var generic = report.LearningPlan.Where(s => s.Stage == "generic").Select(s => s.Name).ToList();
        Assert.Contains("Active Listening", generic);
        Assert.DoesNotContain(report.LearningPlan.Take(3), s => s.Name is "English Language" or "Active Listening" or "Critical Thinking");
    }

    [Fact]
    public void The_plan_names_only_technologies_the_role_guide_shows()
    {
        // O*NET lists Apache Spark and Dentrix for registered nurses; the guide leaves them out, and so must the plan.
        var report = new GapAnalyzer(data.Space).Analyze(data.Role("29-1141.00"), GapAnalyzer.FromHits([]), "list");
        var technologies = report.Missing.Where(m => m.Kind == "technology").Select(m => m.Name).ToList();
        Assert.Contains("MEDITECH software", technologies);
        Assert.DoesNotContain(technologies, t => t is "Apache Spark" or "Henry Schein Dentrix" or "Oracle Taleo");
        Assert.DoesNotContain(report.LearningPlan, s => s.Name is "Apache Spark" or "Henry Schein Dentrix");
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
