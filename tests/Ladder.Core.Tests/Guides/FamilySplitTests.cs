using Ladder.Content;
using Ladder.Guides;
using Ladder.Occupations;
using Ladder.Outlook;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Issue 23 (fam3): curated ladders independent of occupation families, architects reached from other work, the
/// service family split, no stage pay from pooled wage rows, and education figures that say when they disagree.
/// </summary>
public sealed class FamilySplitTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private Guide G(string code) => shipped.Guide(code);

    private Guide Role(string slug) => new GuideComposer(shipped.Catalog).Compose(shipped.Catalog.FindRole(slug)!);

    private CareerFamily FamilyOf(string code) => shipped.Catalog.Families.For(OccupationCode.Parse(code));

    [Theory]
    [InlineData("data-engineer", "15-1243.00")]
    [InlineData("network-engineer", "15-1241.00")]
    [InlineData("cloud-architect", "15-1241.00")]
    [InlineData("solutions-architect", "15-1299.08")]
    [InlineData("platform-engineer", "15-1299.08")]
    public void A_curated_role_keeps_its_own_ladder_when_its_primary_occupation_climbs_another(string slug, string primary)
    {
        var computing = shipped.Catalog.Families.Find("computing")!;
        Assert.Equal("it-architecture", FamilyOf(primary).Key);
        Assert.Equal(computing.Stages.Select(s => s.Label), Role(slug).Levels.Select(l => l.Label));
        Assert.Equal("computing", Role(slug).LadderFamily);
        // The occupation itself climbs the architects' ladder.
        Assert.Equal(FamilyOf(primary).Stages.Select(s => s.Label), G(primary).Levels.Select(l => l.Label));
    }

    [Fact]
    public void A_role_file_that_names_a_family_climbs_it()
    {
        Assert.Equal(shipped.Catalog.Families.Find("management")!.Stages.Select(s => s.Label), Role("product-manager").Levels.Select(l => l.Label));
        Assert.Equal("management", shipped.Catalog.CuratedRoles.Single(r => r.Slug == "product-manager").Curated!.Family);
    }

    [Theory]
    [InlineData("15-1243.00")] // Database Architects
    [InlineData("15-1241.00")] // Computer Network Architects
    [InlineData("15-1299.08")] // Computer Systems Engineers/Architects
    public void Architects_start_from_other_work_with_no_pay_band_and_no_entry_level_titles(string code)
    {
        var g = G(code);
        var route = g.Levels[0];
        Assert.Null(route.PayLow);
        Assert.StartsWith("no BLS figure", route.PayDisplay, StringComparison.Ordinal);
        Assert.Contains("Employment Projections", route.PaySource, StringComparison.Ordinal);
        Assert.Equal("Architect", g.Levels[1].Label);
        Assert.Empty(g.BreakIn.EntryTitles);
        Assert.DoesNotContain(g.Roadmap, s => s.Title == "Apply for entry-level roles");
        Assert.Contains(g.Roadmap, s => s.Title == "How people get there" && s.Detail.Contains("not hired as a first job", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_stage_counts_its_years_after_the_related_work_BLS_asks_for()
    {
        // Instructional coordinators need 5 years or more of related work (BLS), mostly teaching: "Junior · 0–3 years"
        // alone read as a first job. Where the family's first stage is that related work itself (deckhand before mate),
        // its years count from it; elsewhere the stage says it starts after it. No such guide is "Quick to start".
        Assert.Equal("0–3 years in this work, after 5 years or more of work in a related occupation (BLS)", G("25-9031.00").Levels[0].Years);
        Assert.StartsWith("0–2 years in this work, after less than 5 years", G("15-1212.00").Levels[0].Years, StringComparison.Ordinal);
        Assert.Equal("0–2 years", G("53-5021.00").Levels[0].Years);
        var checkedGuides = 0;
        foreach (var o in shipped.Catalog.Occupations)
        {
            var family = FamilyOf(o.Code.Value);
            if (!EntryVocabulary.NeedsPriorExperience(shipped.Catalog.Outlook.ProjectionFor(o.Code)?.Projection.Experience)) continue;
            var g = G(o.Code.Value);
            Assert.DoesNotContain(g.Pros, p => p.Text == "Quick to start");
            if (family.Top || family.StartsInTheField || g.Levels is not [var first, ..] || first.PayDisplay.StartsWith("no BLS figure", StringComparison.Ordinal)) continue;
            checkedGuides++;
            Assert.True(!first.Years.StartsWith('0') || first.Years.Contains(" in this work, after ", StringComparison.Ordinal), $"{o.Title}: {first.Label} · {first.Years}");
        }
        Assert.True(checkedGuides > 50, $"only {checkedGuides} guides checked");
    }

    [Fact]
    public void Work_that_needs_years_in_another_occupation_names_that_work_instead_of_its_own_titles()
    {
        var checkedGuides = 0;
        foreach (var o in shipped.Catalog.Occupations)
        {
            var family = FamilyOf(o.Code.Value);
            if (family.Top || family.EntryNote is not null) continue;
            if (!EntryVocabulary.NeedsPriorExperience(shipped.Catalog.Outlook.ProjectionFor(o.Code)?.Projection.Experience)) continue;
            var g = G(o.Code.Value);
            checkedGuides++;
            Assert.Empty(g.BreakIn.EntryTitles);
            Assert.StartsWith("Openings here are rarely first jobs", g.BreakIn.EntryNote, StringComparison.Ordinal);
            Assert.DoesNotContain(g.Roadmap, s => s.Title == "Apply for entry-level roles");
        }
        Assert.True(checkedGuides > 50, $"only {checkedGuides} guides need prior experience");
    }

    [Theory]
    [InlineData("37-3011.00", "grounds")]
    [InlineData("37-3012.00", "grounds")]
    [InlineData("37-3013.00", "grounds")]
    [InlineData("37-3019.00", "grounds")]
    [InlineData("37-2021.00", "grounds")]
    [InlineData("39-3011.00", "gaming")]
    [InlineData("39-3012.00", "gaming")]
    [InlineData("39-3019.00", "gaming")]
    [InlineData("41-2012.00", "gaming")]
    [InlineData("39-9031.00", "fitness-recreation")]
    [InlineData("39-9032.00", "fitness-recreation")]
    public void The_service_catch_all_is_split_by_how_each_field_climbs(string code, string family) =>
        Assert.Equal(family, FamilyOf(code).Key);

    [Theory]
    [InlineData("37-3013.00")] // tree trimmers
    [InlineData("37-3012.00")] // pesticide applicators
    [InlineData("37-2021.00")] // pest control
    public void Grounds_and_pest_work_says_how_people_are_trained_first_and_keeps_its_cited_hazard(string code)
    {
        var g = G(code);
        Assert.True(FamilyOf(code).Hazardous);
        Assert.Contains(g.Roadmap, s => s.Title is "Train before you touch the work" or "Practise safely");
        Assert.DoesNotContain(g.Roadmap, s => s.Detail.Contains("where you can", StringComparison.Ordinal) || s.Detail.Contains("volunteering", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(g.Cons, c => c.Reason.Contains("https://www.bls.gov/ooh/building-and-grounds-cleaning/", StringComparison.Ordinal));
    }

    [Fact]
    public void Gaming_guides_send_the_reader_to_the_state_gaming_licence()
    {
        var g = G("39-3011.00");
        Assert.Contains(g.Roadmap, s => s.Title == "Get licensed" && s.Detail.Contains("gaming licence", StringComparison.Ordinal));
        // The licence is a background check with no training route: the family's step says how the games are learned.
        Assert.Contains(g.Roadmap, s => s.Title == "Learn the games and get licensed" && s.Detail.Contains("gambling school", StringComparison.Ordinal)
            && s.Detail.EndsWith("until you hold the gaming licence.", StringComparison.Ordinal));
        Assert.Equal("New dealer, writer, runner or cashier", g.Levels[0].Label);
    }

    [Theory]
    [InlineData("29-1299.02", "29-1299")] // Orthoptists: Healthcare Diagnosing or Treating Practitioners, All Other
    [InlineData("11-9199.08", "11-9199")] // Loss Prevention Managers: Managers, All Other
    [InlineData("15-1299.00", "15-1299")] // Computer Occupations, All Other: its own residual row
    public void A_pooled_wage_row_gives_no_stage_a_pay_band_and_no_spread_pro(string code, string soc)
    {
        var g = G(code);
        Assert.All(g.Levels.Where(l => !l.PayDisplay.StartsWith("no BLS figure", StringComparison.Ordinal)), l =>
        {
            Assert.Null(l.PayLow);
            Assert.Null(l.PayHigh);
            Assert.Equal(GuideComposer.PooledStagePay, l.PayDisplay);
            Assert.Contains($"SOC {soc}", l.PaySource, StringComparison.Ordinal);
        });
        Assert.NotNull(g.MedianPay.Amount);
        Assert.Contains(soc, g.MedianPay.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(g.Pros.Concat(g.Cons), p => p.Text is "Room to grow your pay" or "Little pay growth with experience" or "Pays well above the typical U.S. job" or "Pays below the typical U.S. job");
        Assert.Contains("No pay is shown per stage", g.LevelMethod, StringComparison.Ordinal);
        var md = GuideMarkdown.Render(g);
        Assert.Contains(GuideComposer.PooledStagePay, md, StringComparison.Ordinal);
        // The overview keeps the group's figures, labelled as the group's; the ladder shows no dollar figure at all.
        var ladder = md[md.IndexOf("## Career levels", StringComparison.Ordinal)..md.IndexOf(g.LevelMethod, StringComparison.Ordinal)];
        Assert.DoesNotContain("$", ladder, StringComparison.Ordinal);
        Assert.Contains($"SOC {soc}", g.Wages!.Note, StringComparison.Ordinal);
        var role = shipped.Catalog.RoleForCode(code)!;
        Assert.All(new GuideComposer(shipped.Catalog).LevelPay(role), l => Assert.Null(l.Low));
    }

    [Fact]
    public void A_parent_row_that_is_one_occupation_keeps_its_stage_bands()
    {
        // Acute care nurses take the Registered Nurses row: one occupation, so its percentiles still describe the work.
        var g = G("29-1141.01");
        Assert.All(g.Levels.Where(l => !l.PayDisplay.StartsWith("no BLS figure", StringComparison.Ordinal)), l => Assert.NotNull(l.PayLow));
    }

    [Fact]
    public void Education_figures_far_apart_say_they_disagree_and_which_the_guide_follows()
    {
        var g = G("29-2092.00"); // Hearing Aid Specialists: BLS high school, O*NET survey mode doctoral
        Assert.Contains("O*NET's education survey disagrees", g.Entry.Summary, StringComparison.Ordinal);
        Assert.Contains("This guide follows BLS", g.Entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("the most common answer is", g.Entry.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Typical entry education (BLS): High school diploma", g.BreakIn.Education, StringComparison.Ordinal);
        Assert.Equal(g.Entry.EducationSurveyNote, g.Entry.Summary[(g.Entry.Summary.IndexOf("O*NET's", StringComparison.Ordinal))..]);
        Assert.Contains(g.Entry.EducationSurveyNote!, GuideMarkdown.Render(g), StringComparison.Ordinal);
        // Figures one level apart agree well enough: database architects (bachelor's, bachelor's).
        Assert.Null(G("15-1243.00").Entry.EducationSurveyNote);
    }

    [Theory]
    [InlineData(1, 0)]  // less than high school: no formal credential
    [InlineData(2, 1)]  // high school diploma
    [InlineData(3, 3)]  // post-secondary certificate: postsecondary nondegree award
    [InlineData(4, 2)]  // some college courses
    [InlineData(7, 5)]  // post-baccalaureate certificate sits with the bachelor's
    [InlineData(11, 7)] // doctoral degree
    [InlineData(13, -1)]
    public void Onet_survey_categories_map_onto_the_BLS_entry_scale(int category, int rank) =>
        Assert.Equal(rank, EntryVocabulary.SurveyRank(category));
}
