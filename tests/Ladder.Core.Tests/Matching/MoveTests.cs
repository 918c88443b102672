using Ladder.Matching;

namespace Ladder.Tests.Core.Matching;

/// <summary>The fitted move model, the verdicts in words and the gaps a person can act on.</summary>
public sealed class MoveTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    private const string Cashier = "41-2011.00", PharmacyAide = "31-9095.00", Teacher = "25-2031.00", Trainer = "13-1151.00", Developer = "15-1252.00";

    [Fact]
    public void The_shipped_model_is_fitted_and_says_where_its_weights_came_from()
    {
        var model = data.Space.Moves;
        Assert.NotSame(MoveModel.SimilarityOnly, model);
        Assert.Contains("CPS", model.Provenance, StringComparison.Ordinal);
        Assert.Contains("bench/move-eval/run.sh --fit", model.Provenance, StringComparison.Ordinal);
        Assert.Equal(MoveFeatures.Count, model.Weights.Count);
    }

    [Fact]
    public void People_leaving_cashier_jobs_are_pointed_where_they_really_go_not_to_three_gambling_cashier_jobs()
    {
        var moves = TransitionList.For(data.Space, data.Role(Cashier), 10).OutOf.Select(m => m.Role.Code).ToList();
        // Retail sales, waiting tables, sales supervision and customer service are among the largest observed destinations.
        foreach (var code in new[] { "41-2031.00", "35-3031.00", "41-1011.00", "43-4051.00" }) Assert.Contains(code, moves);
        // Gambling change persons, gambling cage workers, sports book writers: one move at most, not three.
        Assert.True(moves.Count(c => c is "41-2012.00" or "43-3041.00" or "39-3012.00") <= 1, string.Join(", ", moves));
    }

    [Fact]
    public void Moves_in_weigh_each_origin_by_its_size_so_the_large_feeders_lead()
    {
        // Into retail sales: cashiers, the largest feeder; into registered nursing: LPNs near the top.
        var retail = MoveRanking.Into(data.Space, data.Profile("41-2031.00"), 10, p => !p.Role.IsCurated).Select(m => m.Other.Role.Code).ToList();
        Assert.Contains("41-2011.00", retail.Take(2));
        var nurses = MoveRanking.Into(data.Space, data.Profile("29-1141.00"), 10, p => !p.Role.IsCurated).Select(m => m.Other.Role.Code).ToList();
        Assert.Contains("29-2061.00", nurses.Take(3));
        // Each origin's score is the move's score plus ln(employment) minus its normaliser, the size the rule adds.
        var model = data.Space.Moves;
        var bare = MoveRanking.Into(data.Space, data.Profile("41-2031.00"), 400, p => !p.Role.IsCurated, MoveRules.Shown with { OriginSize = 0 }).ToDictionary(m => m.Other.Role.Code, m => m.ModelScore);
        foreach (var m in MoveRanking.Into(data.Space, data.Profile("41-2031.00"), 10, p => !p.Role.IsCurated))
            Assert.Equal(bare[m.Other.Role.Code] + MoveRules.Shown.OriginSize * (MoveFeatures.LogEmployment(m.Other.Role) - Math.Log(data.Space.Profiles.Count(p => p.Role.Primary.Code.Soc == m.Other.Role.Primary.Code.Soc)) - model.LogPartitionOf(m.Other.Role)), m.ModelScore, 9);
        Assert.NotEmpty(model.LogPartitions);
    }

    [Fact]
    public void Reverse_flows_are_known_for_observed_origins_and_neutral_for_the_rest()
    {
        var model = data.Space.Moves;
        // Retail salespersons are an observed origin in the tuning half or not; either way the feature says which.
        var cashier = data.Role(Cashier);
        var retail = data.Role("41-2031.00");
        var flow = model.ReverseFlow(cashier, retail);
        Assert.Equal(model.Flows.ContainsKey(model.NodeOf(retail)!), flow is not null);
        if (flow is { } f) Assert.True(f > 0, "people move from retail sales into cashier work");
        Assert.Null(model.ReverseFlow(cashier, cashier));
        var features = new double[MoveFeatures.Count];
        MoveFeatures.Compute(model, data.Catalog, data.Profile(Cashier), data.Profile("41-2031.00"), data.Space.Explain(data.Profile(Cashier), data.Profile("41-2031.00")), 0, null, features);
        Assert.Equal(flow is null ? 0 : 1, features[MoveFeatures.ReverseIndex + 1]);
        Assert.Equal(MoveFeatures.ReverseFeature(flow), features[MoveFeatures.ReverseIndex]);
    }

    [Fact]
    public void An_occupation_and_a_curated_role_built_on_it_are_one_job_not_a_move()
    {
        // Technical Writers and the curated "Technical Writer" share one O*NET code and one BLS median: no move, either way.
        var writers = data.Role("27-3042.00");
        var curated = Assert.Single(data.Catalog.CuratedRoles, r => r.Code == writers.Code);
        foreach (var (from, other) in new[] { (writers, curated), (curated, writers) })
        {
            var list = TransitionList.For(data.Space, from, 10);
            Assert.DoesNotContain(list.OutOf.Concat(list.Closest).Concat(list.Into), m => m.Role.Slug == other.Slug);
        }
    }

    [Fact]
    public void Ranking_is_deterministic()
    {
        var a = TransitionList.For(data.Space, data.Role(Teacher), 10).OutOf.Select(m => m.Role.Slug);
        var b = TransitionList.For(data.Space, data.Role(Teacher), 10).OutOf.Select(m => m.Role.Slug);
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_software_developer_taking_a_cashier_job_is_a_step_down_not_retraining()
    {
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role(Developer), data.Role(Cashier));
        Assert.Equal("step down", t.Move.Kind);
        Assert.StartsWith("Step down: ", t.Move.Headline, StringComparison.Ordinal);
        Assert.Contains(t.Move.Reasons, r => r.StartsWith("median pay −$", StringComparison.Ordinal));
        Assert.DoesNotContain("etraining", t.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teacher_deepens_education_and_training_rather_than_lacking_it_and_nothing_is_both_shared_and_missing()
    {
        // O*NET rates the teacher's level 5.3 and the specialist's 6.7: more to learn, but as a skill to deepen, not one lacking.
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role(Teacher), data.Role(Trainer));
        var education = t.MissingSkills.Single(s => s.Name == "Education and Training");
        Assert.Equal("Education and Training (deepen)", education.Label);
        Assert.All(t.MissingSkills.Where(s => !s.Label.Contains("deepen", StringComparison.Ordinal)),
            s => Assert.True(data.Profile(Teacher).Importance[data.Space.Features.Single(f => f.Name == s.Name && (f.Kind == FeatureKind.Skill ? "skill" : "knowledge") == s.Kind).Index] < TransitionAnalyzer.ImportantAt));
        Assert.Empty(t.SharedSkills.Select(s => s.Label).Intersect(t.MissingSkills.Select(s => s.Label)));
    }

    [Fact]
    public void A_gap_is_only_a_gap_past_onets_standard_error()
    {
        var a = data.Profile(Teacher);
        var b = data.Profile(Trainer);
        // Skills carry O*NET's standard error; knowledge rated by occupational experts has none ("n/a") and falls back to half a level.
        Assert.Contains(data.Role(Trainer).Primary.Skills, r => r.LevelError is > 0);
        Assert.Contains(data.Role(Trainer).Primary.Knowledge, r => r.LevelError is null);
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role(Teacher), data.Role(Trainer));
        foreach (var m in t.MissingSkills.Where(m => m.FromLevel is not null))
        {
            var e = data.Space.Features.Single(f => f.Name == m.Name && (f.Kind == FeatureKind.Skill ? "skill" : "knowledge") == m.Kind).Index;
            Assert.True(m.LevelGap > TransitionAnalyzer.SharedWithin(a, b, e), $"{m.Label}: gap {m.LevelGap} within the standard error");
        }
    }

    [Fact]
    public void Skills_and_knowledge_areas_of_one_name_are_told_apart_and_basic_skills_never_come_first()
    {
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role(Cashier), data.Role("29-2052.00"));
        var labels = t.MissingSkills.Concat(t.SharedSkills).Select(s => s.Label).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.DoesNotContain("Mathematics", labels);
        var move = TransitionList.For(data.Space, data.Role(Cashier), 10).OutOf.Concat(TransitionList.For(data.Space, data.Role(PharmacyAide), 10).Into)
            .First(m => m.ToLearnFirst.Count > 0);
        Assert.NotEqual("Reading Comprehension", move.ToLearnFirst[0]);
    }

    [Fact]
    public void A_move_that_needs_a_licence_starts_with_the_licence()
    {
        var into = TransitionList.For(data.Space, data.Role("29-1171.00"), 10).Into;
        var fromNurse = into.Concat(TransitionList.For(data.Space, data.Role("29-1141.00"), 30).OutOf).First(m => m.Barriers.Any(b => b.Contains("licence", StringComparison.Ordinal)));
        Assert.Contains("licence", fromNurse.ToLearnFirst[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "\"features\" must be an array")]
    [InlineData("{\"features\": [\"similarity\"]}", "\"features\" must be [")]
    public void A_broken_model_file_fails_naming_the_file_and_what_is_wrong(string json, string message)
    {
        var path = Path.Combine(Path.GetTempPath(), $"moves-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => MoveModel.Load(path));
            Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_shipped_model_file_round_trips_through_its_loader()
    {
        var model = MoveModel.Load(MoveModel.ShippedPath);
        Assert.Equal(data.Space.Moves.Weights, model.Weights);
        Assert.True(model.Flows.Count > 100);
        Assert.Equal("41-2010", model.NodesBySoc["41-2011"]);
    }
}
