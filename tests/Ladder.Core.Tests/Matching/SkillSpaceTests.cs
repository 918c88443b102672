using Ladder.Guides;
using Ladder.Matching;

namespace Ladder.Tests.Core.Matching;

public sealed class SkillSpaceTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    private const string DataScientist = "data-scientist", MlEngineer = "machine-learning-engineer", Nurse = "29-1141.00", NursePractitioner = "29-1171.00";

    private static MatchingWeights Only(Func<MatchingWeights, MatchingWeights> set) => set(new MatchingWeights
    {
        SkillsKnowledge = 0, Technologies = 0, TechnologyCategories = 0, WorkActivities = 0, Interests = 0, TaskText = 0, Titles = 0,
        JobZone = 0, OccupationFamily = 0, LevelGapPenalty = 0,
    });

    [Fact]
    public void Data_scientist_to_machine_learning_engineer_scores_higher_than_to_registered_nurse()
    {
        var ds = data.Profile(DataScientist);
        Assert.True(data.Space.Score(ds, data.Profile(MlEngineer)) > data.Space.Score(ds, data.Profile(Nurse)) + 20);
    }

    [Fact]
    public void A_target_whose_entry_is_a_doctorate_needs_new_schooling_only_from_work_that_asks_for_less()
    {
        // BLS: postsecondary psychology teachers typically enter with a doctoral degree, elementary teachers with a
        // bachelor's, family medicine physicians with a doctoral or professional degree.
        var teacher = TransitionAnalyzer.Analyze(data.Space, data.Role("25-2021.00"), data.Role("25-1066.00"));
        Assert.Contains("needs a doctoral or professional degree (BLS typical entry education; Elementary School Teachers, Except Special Education: bachelor's degree)", teacher.Barriers);
        Assert.True(MoveVerdicts.NeedsSchooling(teacher.JobZoneChange, teacher.Barriers));
        Assert.NotEqual("close move", teacher.Verdict);
        Assert.Contains("needs new schooling", teacher.Move.Headline, StringComparison.Ordinal);
        var physician = TransitionAnalyzer.Analyze(data.Space, data.Role("29-1215.00"), data.Role("25-1066.00"));
        Assert.DoesNotContain(physician.Barriers, TransitionBarrier.IsSchooling);
        // Any degree from work that asks for no credential: janitors (none) into clinical lab work (BLS: bachelor's for
        // its group); licensed practical nurses (a postsecondary award) into registered nursing stay a bridge, not a barrier.
        var janitor = TransitionAnalyzer.Analyze(data.Space, data.Role("37-2011.00"), data.Role("29-2012.01"));
        Assert.Contains(janitor.Barriers, TransitionBarrier.IsSchooling);
        var lpn = TransitionAnalyzer.Analyze(data.Space, data.Role("29-2061.00"), data.Role("29-1141.00"));
        Assert.DoesNotContain(lpn.Barriers, TransitionBarrier.IsSchooling);
    }

    [Fact]
    public void School_that_is_the_usual_route_from_the_origin_still_needs_school_but_leaves_the_origin_a_way_in()
    {
        var catalog = data.Catalog;
        // Teachers into school administration: the licence builds on the teacher's (content/licences), and the master's
        // is still school the move needs.
        var teacher = data.Role("25-2021.00");
        var principal = data.Role("11-9032.00");
        Assert.Contains(TransitionAnalyzer.Analyze(data.Space, teacher, principal).Barriers, TransitionBarrier.IsSchooling);
        Assert.True(TransitionBarrier.SchoolOnTheWay(catalog, teacher, principal));
        // Registered nurses into nurse practitioner programmes; licensed practical nurses are two schools away.
        Assert.True(TransitionBarrier.SchoolOnTheWay(catalog, data.Role(Nurse), data.Role(NursePractitioner)));
        Assert.False(TransitionBarrier.SchoolOnTheWay(catalog, data.Role("29-2061.00"), data.Role(NursePractitioner)));
        // A master's with related work (instructional coordinators) is on the way from a teacher's bachelor's, not from a
        // janitor's start, and not a general manager's into a principal's licence or anyone's into a judge's law degree.
        Assert.True(TransitionBarrier.SchoolOnTheWay(catalog, teacher, data.Role("25-9031.00")));
        Assert.False(TransitionBarrier.SchoolOnTheWay(catalog, data.Role("37-2011.00"), data.Role("25-9031.00")));
        Assert.False(TransitionBarrier.SchoolOnTheWay(catalog, data.Role("11-1021.00"), principal));
        Assert.False(TransitionBarrier.SchoolOnTheWay(catalog, data.Role("11-1021.00"), data.Role("23-1023.00")));
    }

    [Fact]
    public void A_physician_specialty_needs_its_own_residency_from_another_specialty()
    {
        // One licence (MD or DO), earned through a residency in the specialty: a family physician is not an anesthesiologist.
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role("29-1215.00"), data.Role("29-1211.00"));
        Assert.Contains(TransitionBarrier.SpecialtyResidencyBarrier, t.Barriers);
        Assert.True(MoveVerdicts.NeedsSchooling(t.JobZoneChange, t.Barriers));
        // A hospitalist is an internist or a family physician who works in hospitals: no residency of its own
        // (content/licences, residencies). A pediatrician is not trained for adult inpatients.
        Assert.Empty(TransitionAnalyzer.Analyze(data.Space, data.Role("29-1216.00"), data.Role("29-1229.02")).Barriers);
        Assert.Empty(TransitionAnalyzer.Analyze(data.Space, data.Role("29-1215.00"), data.Role("29-1229.02")).Barriers);
        Assert.Contains(TransitionBarrier.SpecialtyResidencyBarrier, TransitionAnalyzer.Analyze(data.Space, data.Role("29-1221.00"), data.Role("29-1229.02")).Barriers);
        Assert.Contains(TransitionBarrier.SpecialtyResidencyBarrier, TransitionAnalyzer.Analyze(data.Space, data.Role("29-1215.00"), data.Role("29-1216.00")).Barriers);
        // A general dentist needs the orthodontics residency.
        Assert.Contains(TransitionBarrier.SpecialtyResidencyBarrier, TransitionAnalyzer.Analyze(data.Space, data.Role("29-1021.00"), data.Role("29-1023.00")).Barriers);
    }

    [Fact]
    public void Registered_nurse_to_nurse_practitioner_is_a_stretch_because_of_the_advanced_practice_licence_and_its_school()
    {
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role(Nurse), data.Role(NursePractitioner));
        Assert.Equal("stretch", t.Verdict);
        Assert.Contains(t.Barriers, b => b.Contains("APRN", StringComparison.Ordinal));
        // The APRN licence is earned through a master's or doctoral programme (content/licences): new schooling, not
        // experience. In words: a step up in pay, with the school and the licence first, and the summary names it.
        Assert.Contains(TransitionBarrier.LicenceDegree, t.Barriers);
        Assert.Equal("Step up: needs new schooling and a licence", t.Move.Headline);
        Assert.Contains("APRN", t.Summary, StringComparison.Ordinal);
        Assert.Equal(1, t.JobZoneChange);
        Assert.True(t.Pay.MedianChange > 0);
        Assert.Equal(4, t.Pay.Levels.Count);
    }

    [Fact]
    public void Moves_down_the_nursing_licences_cross_none_because_each_licence_includes_the_ones_below()
    {
        var back = TransitionAnalyzer.Analyze(data.Space, data.Role(NursePractitioner), data.Role(Nurse));
        Assert.DoesNotContain(back.Barriers, b => b.Contains("licence", StringComparison.Ordinal));
        var credentials = CredentialGap.Between(data.Catalog, data.Role(NursePractitioner), data.Role(Nurse));
        Assert.DoesNotContain(credentials, c => c.Name.Contains("RN", StringComparison.Ordinal));
        // An RN may fill an LPN post: its scope includes the practical nurse's.
        var toLpn = TransitionAnalyzer.Analyze(data.Space, data.Role(Nurse), data.Role("29-2061.00"));
        Assert.DoesNotContain(toLpn.Barriers, b => b.Contains("licence", StringComparison.Ordinal));
        Assert.DoesNotContain(CredentialGap.Between(data.Catalog, data.Role(Nurse), data.Role("29-2061.00")), c => c.Kind is "licence" or "exam");
        // The containment runs one way only: an RN does not hold the APRN licence (asserted above), nor an LPN the RN.
        var fromLpn = TransitionAnalyzer.Analyze(data.Space, data.Role("29-2061.00"), data.Role(Nurse));
        Assert.Contains(fromLpn.Barriers, b => b.Contains("registered nurse (RN) licence", StringComparison.Ordinal));
        Assert.Equal("Registered nurse (RN) licence", Assert.Single(CredentialGap.Between(data.Catalog, data.Role("29-2061.00"), data.Role(Nurse))).Name);
    }

    [Theory]
    [InlineData("skills")]
    [InlineData("technologies")]
    [InlineData("categories")]
    [InlineData("activities")]
    [InlineData("interests")]
    [InlineData("tasks")]
    [InlineData("titles")]
    public void Each_similarity_block_alone_scores_its_cosine(string term)
    {
        var weights = term switch
        {
            "skills" => Only(w => w with { SkillsKnowledge = 1 }),
            "technologies" => Only(w => w with { Technologies = 1 }),
            "categories" => Only(w => w with { TechnologyCategories = 1 }),
            "activities" => Only(w => w with { WorkActivities = 1 }),
            "tasks" => Only(w => w with { TaskText = 1 }),
            "titles" => Only(w => w with { Titles = 1 }),
            _ => Only(w => w with { Interests = 1 }),
        };
        var space = SkillSpace.Build(data.Catalog, weights);
        var a = space.ProfileOf(data.Role(DataScientist));
        var b = space.ProfileOf(data.Role(MlEngineer));
        var c = space.ProfileOf(data.Role(Nurse));
        var breakdown = space.Explain(a, b);
        double? cosine = term switch
        {
            "skills" => breakdown.SkillsKnowledge, "technologies" => breakdown.Technologies, "categories" => breakdown.TechnologyCategories,
            "activities" => breakdown.WorkActivities, "tasks" => breakdown.TaskText, "titles" => breakdown.Titles, _ => breakdown.Interests,
        };
        Assert.NotNull(cosine);
        Assert.Equal(Math.Round(100 * Math.Clamp(cosine!.Value, 0, 1), 1), breakdown.Score, 1);
        Assert.Equal(100, space.Score(a, a), 1);
        Assert.True(space.Score(a, b) > space.Score(a, c), $"{term}: DS→MLE {space.Score(a, b)} vs DS→RN {space.Score(a, c)}");
    }

    [Fact]
    public void Job_zone_term_is_closeness_of_zones()
    {
        Assert.Equal(1.0, SkillSpace.ZoneCloseness(4, 4));
        Assert.Equal(0.5, SkillSpace.ZoneCloseness(2, 4));
        var space = SkillSpace.Build(data.Catalog, Only(w => w with { JobZone = 1 }));
        var rn = space.ProfileOf(data.Role(Nurse));
        var np = space.ProfileOf(data.Role(NursePractitioner));
        Assert.Equal(75, space.Score(rn, np), 1);
    }

    [Fact]
    public void Occupation_family_term_rewards_the_same_soc_group()
    {
        var space = SkillSpace.Build(data.Catalog, Only(w => w with { OccupationFamily = 1 }));
        var rn = space.ProfileOf(data.Role(Nurse));
        Assert.Equal(60, space.Score(rn, space.ProfileOf(data.Role(NursePractitioner))), 1); // same minor group 29-1
        Assert.Equal(0, space.Score(rn, space.ProfileOf(data.Role("15-2051.00"))), 1);
    }

    [Fact]
    public void Level_gap_penalty_is_directional_and_costs_its_weight()
    {
        var rn = data.Profile(Nurse);
        var np = data.Profile(NursePractitioner);
        var up = SkillSpace.LevelGap(rn, np);
        Assert.True(up > SkillSpace.LevelGap(np, rn), "moving up to NP should show a bigger level gap than moving down");
        Assert.Equal(0, SkillSpace.LevelGap(rn, rn));
        var noPenalty = SkillSpace.Build(data.Catalog, data.Space.Weights with { LevelGapPenalty = 0 });
        var without = noPenalty.Score(noPenalty.ProfileOf(rn.Role), noPenalty.ProfileOf(np.Role));
        Assert.Equal(without - 100 * data.Space.Weights.LevelGapPenalty * up, data.Space.Score(rn, np), 0);
    }

    [Fact]
    public void Technologies_are_idf_weighted_and_hot_ones_weighted_up()
    {
        var excel = data.Space.Features.Single(f => f.Kind == FeatureKind.Technology && f.Name == "Microsoft Excel");
        var pytorch = data.Space.Features.Single(f => f.Kind == FeatureKind.Technology && f.Name == "PyTorch");
        Assert.True(pytorch.Idf > excel.Idf, "a rare technology must weigh more than a ubiquitous one");
        var noBoost = SkillSpace.Build(data.Catalog, data.Space.Weights with { HotBoost = 0, InDemandBoost = 0 });
        var ds = data.Profile("15-2051.00");
        var dsNoBoost = noBoost.ProfileOf(ds.Role);
        // The flags move the similarity weights; the lists shown to readers keep the guide's order either way.
        var python = data.Space.Features.Single(f => f.Kind == FeatureKind.Technology && f.Name == "Python");
        var weight = ds.Block(SimilarityBlock.Technologies).Single(x => data.Space.Features[x.Index] == python).Value;
        var plain = dsNoBoost.Block(SimilarityBlock.Technologies).Single(x => noBoost.Features[x.Index].Name == "Python").Value;
        Assert.True(weight > plain, $"Python is hot and in demand for data scientists: {weight} vs {plain}");
        Assert.Equal(data.Space.TechnologiesOf(ds), noBoost.TechnologiesOf(dsNoBoost));
    }

    [Fact]
    public void Technology_lists_follow_the_guide_and_leave_out_software_every_employer_runs()
    {
        var cashier = data.Space.TechnologiesOf(data.Profile("41-2011.00"));
        Assert.DoesNotContain(cashier, t => OfficeWork.IsEverywhere(t));
        var guide = new GuideComposer(data.Catalog).Compose(data.Role("41-2011.00")).Technologies
            .Select(t => t.Name).Where(t => !OfficeWork.IsEverywhere(t)).ToList();
        Assert.Equal(guide.Take(5), cashier.Take(5));
        var ds = data.Space.TechnologiesOf(data.Profile(DataScientist));
        Assert.Equal("Python", ds[0]);
    }

    [Fact]
    public void Curated_roles_add_their_stated_tools_to_the_linked_occupations()
    {
        var mle = data.Space.TechnologiesOf(data.Profile(MlEngineer));
        Assert.Contains("PyTorch", mle);
        Assert.Contains("Scikit-learn", mle);
        Assert.Contains("Docker", mle);
    }

    [Fact]
    public void All_pairs_scoring_agrees_with_the_explained_score()
    {
        var space = data.Space;
        var scores = new float[space.Profiles.Count];
        var scratch = new float[space.Features.Count];
        foreach (var from in new[] { data.Profile(DataScientist), data.Profile(Nurse), space.Profiles[^1] })
        {
            space.ScoreFrom(from, scores, scratch);
            for (int i = 0; i < space.Profiles.Count; i += 37)
                Assert.Equal(space.Score(from, space.Profiles[i]), scores[i], 0.15);
        }
    }

    [Fact]
    public void Best_moves_never_include_the_role_itself()
    {
        var rn = data.Profile(Nurse);
        var best = data.Space.BestFrom(rn, 10);
        Assert.Equal(10, best.Count);
        Assert.DoesNotContain(best, b => b.To.Ordinal == rn.Ordinal);
        Assert.True(best.Zip(best.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Task_and_title_words_are_stemmed_lightly_and_skip_stop_words()
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var byIndex = new Dictionary<int, int>();
        WordBag.Count("Registered Nurse; nurses and nursing of the C++ libraries", vocabulary, byIndex);
        var counts = vocabulary.ToDictionary(kv => kv.Key, kv => byIndex[kv.Value]);
        Assert.Equal(vocabulary.Count, vocabulary.Values.Distinct().Count());
        Assert.Equal(3, counts["nurs"]);
        Assert.Equal(1, counts["register"]);
        Assert.Equal(1, counts["c++"]);
        Assert.Equal(1, counts["library"]);
        Assert.DoesNotContain("and", counts.Keys);
        Assert.DoesNotContain("the", counts.Keys);
    }

    [Fact]
    public void Word_blocks_are_idf_weighted_and_capped()
    {
        var words = data.Space.Features.Where(f => f.Kind == FeatureKind.TaskWord).ToDictionary(f => f.Name, f => f.Idf);
        Assert.True(words["nurs"] > words["perform"], "a rare task word must weigh more than a common one");
        var capped = SkillSpace.Build(data.Catalog, data.Space.Weights with { TaskTextTerms = 5, TitleTerms = 3 });
        var rn = capped.ProfileOf(data.Role(Nurse));
        Assert.Equal(5, rn.Block(SimilarityBlock.TaskText).Count());
        Assert.Equal(3, rn.Block(SimilarityBlock.Titles).Count());
        Assert.Contains(rn.Block(SimilarityBlock.Titles), f => capped.Features[f.Index].Name == "nurs");
    }

    [Theory]
    [InlineData("41-2011.00", true)]
    [InlineData("29-1141.00", false)]
    [InlineData("machine-learning-engineer", true)]
    public void Explaining_one_role_against_all_gives_the_same_breakdowns_as_one_pair_at_a_time(string slugOrCode, bool outward)
    {
        var role = data.Profile(slugOrCode);
        var all = data.Space.ExplainAll(role, data.Space.Profiles, outward).ToList();
        Assert.Equal(data.Space.Profiles.Count, all.Count);
        Assert.All(all, x => Assert.Equal(outward ? data.Space.Explain(role, x.Other) : data.Space.Explain(x.Other, role), x.Breakdown));
        Assert.Contains(all, x => x.Breakdown.TaskText > 0);
    }
}
