using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Issue 23 (fam6): the arts catch-all split by how each field climbs (performers, sports, design, fine art, writing,
/// editing, news, production crews, directing, language work), craft trades and plant operators apart from machine
/// operators in plants. Checked on every guide of the shipped catalog, not on a few chosen ones.
/// </summary>
public sealed class CraftAndArtsLadderTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private IEnumerable<Guide> AllGuides()
    {
        var composer = new GuideComposer(shipped.Catalog);
        return shipped.Catalog.Occupations.Select(composer.Compose);
    }

    private static string Ladder(Guide g) =>
        string.Join("\n", g.Levels.Select(l => l.Label).Concat(g.Levels.SelectMany(l => l.Responsibilities)));

    private static string RoadmapText(Guide g) => string.Join("\n", g.Roadmap.Select(s => $"{s.Title}. {s.Detail}"));

    [Theory]
    [InlineData("27-1023.00", "craft-trades")]       // Floral Designers
    [InlineData("51-7011.00", "craft-trades")]       // Cabinetmakers and Bench Carpenters
    [InlineData("51-9071.00", "craft-trades")]       // Jewelers
    [InlineData("51-3011.00", "craft-trades")]       // Bakers
    [InlineData("51-6052.00", "craft-trades")]       // Tailors, Dressmakers, and Custom Sewers
    [InlineData("51-4041.00", "production")]         // Machinists
    [InlineData("51-8011.00", "plant-operations")]   // Nuclear Power Reactor Operators
    [InlineData("51-8031.00", "plant-operations")]   // Water and Wastewater Treatment Plant and System Operators
    [InlineData("27-3041.00", "editing")]            // Editors
    [InlineData("43-9081.00", "editing")]            // Proofreaders and Copy Markers
    [InlineData("27-3043.00", "writing")]            // Writers and Authors
    [InlineData("27-3023.00", "news-broadcasting")]  // News Analysts, Reporters, and Journalists
    [InlineData("27-1012.00", "visual-arts")]        // Craft Artists
    [InlineData("27-4021.00", "visual-arts")]        // Photographers
    [InlineData("27-1024.00", "design")]             // Graphic Designers
    [InlineData("27-1011.00", "creative-direction")] // Art Directors
    [InlineData("27-4031.00", "media-production")]   // Camera Operators
    [InlineData("39-5091.00", "costume-makeup")]     // Makeup Artists, Theatrical and Performance
    [InlineData("27-2011.00", "performing-arts")]    // Actors
    [InlineData("27-2023.00", "sports")]             // Umpires, Referees, and Other Sports Officials
    [InlineData("27-3091.00", "language-services")]  // Interpreters and Translators
    [InlineData("11-9121.01", "professional")]       // Clinical Research Coordinators
    public void Each_field_climbs_its_own_ladder(string code, string family) =>
        Assert.Equal(family, shipped.Guide(code).LadderFamily);

    [Fact]
    public void No_guide_outside_performing_work_speaks_of_auditions_repertoire_or_casting()
    {
        // Florists and editors were told to build "audition repertoire" and earn credits in "student productions".
        // Casino dealers do audition for a table (Handbook, Gambling Services Workers), and Adobe Audition is software.
        var failures = AllGuides().Where(g => g.LadderFamily is not ("performing-arts" or "gaming"))
            .Where(g => System.Text.RegularExpressions.Regex.IsMatch(Ladder(g) + "\n" + RoadmapText(g), @"(?<!Adobe )\b(audition|repertoire|casting call|understud|student production)", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(g => $"{g.Codes[0]} {g.Title} ({g.LadderFamily})").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains("audition", RoadmapText(shipped.Guide("27-2011.00")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_directing_and_design_work_climbs_to_creative_or_art_director()
    {
        var failures = AllGuides()
            .Where(g => g.LadderFamily is not ("creative-direction" or "design"))
            .Where(g => g.Levels.Any(l => l.Label.Contains("creative director", StringComparison.OrdinalIgnoreCase) || l.Label.Contains("art director", StringComparison.OrdinalIgnoreCase)))
            .Select(g => $"{g.Codes[0]} {g.Title} ({g.LadderFamily})").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Craft_trades_climb_to_a_shop_of_their_own_and_plant_work_does_not()
    {
        // The Handbook: jewelers may become master or head jewelers and store managers; floral designers chief designers,
        // supervisors or shop owners; lab technicians may own a laboratory. Machine operators in plants have no such stage.
        foreach (var g in AllGuides())
        {
            var top = g.Levels[^1].Label;
            if (g.LadderFamily == "craft-trades")
            {
                Assert.Contains("owner", top, StringComparison.Ordinal);
                Assert.DoesNotContain(g.Levels, l => l.Label.Contains("operator", StringComparison.OrdinalIgnoreCase));
            }
            else if (g.LadderFamily is "production" or "plant-operations")
                Assert.DoesNotContain("owner", top, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Plant_operators_climb_by_licence_class_not_by_machine_setup()
    {
        // The Handbook: licences and company exams come in classes, each letting an operator run larger systems unsupervised;
        // licensed reactor operators advance to senior reactor operators. "Setup technician" is a machine shop's rung.
        var g = shipped.Guide("51-8011.00");
        Assert.Equal(["Trainee or auxiliary operator", "Qualified operator", "Senior operator",
            "Shift supervisor, plant superintendent or operations manager"], g.Levels.Select(l => l.Label));
        Assert.Contains(g.Levels[2].Responsibilities, r => r.Contains("senior reactor operators", StringComparison.Ordinal));
        Assert.DoesNotContain(AllGuides().Where(x => x.LadderFamily == "plant-operations"), x => Ladder(x).Contains("Setup", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amateur_stage_shows_no_BLS_wage_band()
    {
        // School, club and college athletes are mostly unpaid: the sports ladder's first stage is a training stage.
        var g = shipped.Guide("27-2021.00");
        Assert.Null(g.Levels[0].PayLow);
        Assert.Contains("unpaid", g.Levels[0].PaySource, StringComparison.Ordinal);
        Assert.NotNull(g.Levels[1].PayLow);
    }

    [Fact]
    public void Only_managers_climb_the_managers_ladder()
    {
        // "Assistant or deputy manager" is false of a clinical research coordinator or a water resource specialist, whom SOC
        // files under management: every member of the family holds a manager's, director's or administrator's post.
        var titles = shipped.Catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title);
        var family = shipped.Catalog.Families.Find("management")!;
        var others = shipped.Catalog.Families.Members["management"].Where(c => !System.Text.RegularExpressions.Regex.IsMatch(titles[c],
            @"\b(Managers?|Directors?|Administrators|Postmasters|Treasurers)\b")).Select(c => $"{c} {titles[c]}").ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
        Assert.Equal("Assistant or deputy manager", family.Stages[0].Label);
    }
}
