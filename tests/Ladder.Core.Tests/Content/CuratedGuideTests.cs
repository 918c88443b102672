using System.Text.Json;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Core.Content;

public sealed class CuratedGuideTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    private Guide GuideFor(string slug) =>
        new GuideComposer(fixture.Catalog).Compose(fixture.Catalog.FindRole(slug) ?? throw new InvalidOperationException(slug));

    private JsonElement JsonFor(string slug) => JsonDocument.Parse(GuideJson.Serialize(GuideFor(slug))).RootElement;

    [Fact]
    public void Import_loads_at_least_40_curated_roles_in_at_least_7_domains()
    {
        Assert.True(fixture.Catalog.CuratedRoles.Count >= 40);
        Assert.True(fixture.Catalog.CuratedRoles.Select(r => r.Domain).Distinct().Count() >= 7);
        Assert.True(fixture.Catalog.Domains.Count(d => d.CuratedRoles > 0) >= 7);
    }

    [Fact]
    public void Curated_pros_and_cons_state_no_trend_from_one_year_of_survey_estimates_and_lead_with_the_projection()
    {
        // OEWS employment for two Mays differs by sampling as much as by change; BLS projections are the trend evidence.
        foreach (var role in fixture.Catalog.CuratedRoles)
            foreach (var item in GuideFor(role.Slug).Pros.Concat(GuideFor(role.Slug).Cons))
                Assert.False(item.Reason.Contains("May 2024", StringComparison.Ordinal), $"{role.Slug}: {item.Text}: {item.Reason}");
        var ux = GuideFor("ux-designer");
        Assert.Equal("Growing faster than most fields", ux.Pros[0].Text);
        Assert.Contains("Employment Projections", ux.Pros[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Machine_learning_engineer_guide_carries_the_curated_facts()
    {
        var g = JsonFor("machine-learning-engineer");
        Assert.Equal("Machine Learning Engineer", g.GetProperty("title").GetString());
        Assert.Equal("Data & AI", g.GetProperty("domain").GetString());
        // The file's median cites an unnamed "published career-guide page", so the BLS median of 15-2051 stands.
        Assert.Equal(120230m, g.GetProperty("medianPay").GetProperty("amount").GetDecimal());
        Assert.Contains("Bureau of Labor Statistics", g.GetProperty("medianPay").GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(g.GetProperty("medianPay").GetProperty("source").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(g.GetProperty("medianPay").GetProperty("asOf").GetString()));
        var tech = g.GetProperty("technologies").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        foreach (var tool in new[] { "Python", "TensorFlow", "PyTorch", "MLOps", "Data Pipelines" }) Assert.Contains(tool, tech);
        var titles = g.GetProperty("alternateTitles").EnumerateArray().Select(t => t.GetString()).ToList();
        foreach (var title in new[] { "ML Engineer", "Applied ML Engineer", "Machine Learning Developer" }) Assert.Contains(title, titles);
        var codes = g.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["15-2051.00", "15-1221.00", "15-1299.08"], codes);
    }

    [Fact]
    public void Machine_learning_engineer_guide_has_four_levels_with_pay()
    {
        var levels = JsonFor("machine-learning-engineer").GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["junior", "mid", "senior", "lead"], levels.Select(l => l.GetProperty("name").GetString()));
        foreach (var level in levels)
        {
            Assert.True(level.GetProperty("payLow").GetDecimal() > 0);
            Assert.True(level.GetProperty("payHigh").GetDecimal() > level.GetProperty("payLow").GetDecimal());
            Assert.InRange(level.GetProperty("responsibilities").GetArrayLength(), 3, 5);
        }
        // The ladder agrees with the headline: the mid level tops out at the median shown.
        Assert.Equal(120230m, levels[1].GetProperty("payHigh").GetDecimal());
    }

    [Fact]
    public void Machine_learning_engineer_roadmap_has_seven_steps_from_fundamentals_to_complementary_skills()
    {
        var steps = GuideFor("machine-learning-engineer").Roadmap;
        Assert.Equal(7, steps.Count);
        var first = steps[0].Detail;
        foreach (var tool in new[] { "Python", "TensorFlow", "PyTorch" }) Assert.Contains(tool, first, StringComparison.Ordinal);
        Assert.Contains(steps, s => s.Detail.Contains("MLOps", StringComparison.Ordinal) || s.Title.Contains("MLOps", StringComparison.Ordinal));
        var complementary = steps.Single(s => s.Title.Contains("complementary", StringComparison.OrdinalIgnoreCase));
        foreach (var word in new[] { "feature engineering", "cloud", "Docker" })
            Assert.Contains(word, complementary.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Machine_learning_engineer_breaks_in_from_ai_engineer_and_data_scientist_and_relates_with_compare_targets()
    {
        var g = GuideFor("machine-learning-engineer");
        var from = g.BreakIn.FromRoles.Select(r => r.Slug).ToList();
        Assert.Equal("ai-engineer", from[0]);
        Assert.Equal("data-scientist", from[1]);
        Assert.NotEmpty(g.Pros);
        Assert.NotEmpty(g.Cons);
        Assert.NotEmpty(g.Related);
        Assert.All(g.Related, r => Assert.NotNull(fixture.Catalog.FindRole(r.CompareSlug)));
    }

    [Fact]
    public void A_curated_field_beats_onet_and_a_missing_field_is_filled_from_onet()
    {
        var role = fixture.Catalog.FindRole("machine-learning-engineer")!;
        var curated = GuideFor("machine-learning-engineer");
        var onet = new GuideComposer(fixture.Catalog).Compose(role.Primary);
        // Stated: title, summary and domain win; a median without a named publisher does not.
        Assert.NotEqual(onet.Title, curated.Title);
        Assert.NotEqual(onet.Summary, curated.Summary);
        Assert.Equal(onet.MedianPay.Amount, curated.MedianPay.Amount);
        // Not stated: wage percentiles and education come from the primary occupation; tasks only where they fit the role.
        Assert.Equal(onet.Wages!.P90, curated.Wages!.P90);
        Assert.Equal(onet.BreakIn.Education, curated.BreakIn.Education);
        Assert.NotEmpty(curated.Tasks);
        Assert.All(curated.Tasks, t => Assert.Contains(t, fixture.Catalog.FindRole("machine-learning-engineer")!.Occupations.SelectMany(o => o.Tasks).Select(x => x.Text)));
        // Technologies keep O*NET's list after the curated tools, with hot flags.
        Assert.Contains(curated.Technologies, t => t.Name == "Python" && t.Hot);
        Assert.Contains(curated.Technologies, t => t.Category != "Curated tool" && !role.Curated!.Tools.Contains(t.Name));
        // Sources say which parts came from where.
        Assert.Contains(curated.Sources, s => s.Section.StartsWith("Curated:", StringComparison.Ordinal) && s.Source.Contains("machine-learning-engineer.yaml", StringComparison.Ordinal));
        Assert.Contains(curated.Sources, s => s.Section.Contains("Filled from linked O*NET occupations", StringComparison.Ordinal));
    }

    [Fact]
    public void A_curated_role_without_a_median_takes_the_bls_median_of_its_primary_code()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ladder-merge-" + Guid.NewGuid().ToString("N"));
        var content = Path.Combine(folder, "roles");
        Directory.CreateDirectory(content);
        try
        {
            File.WriteAllText(Path.Combine(content, "nurse-test.yaml"), """
                title: Ward Nurse
                slug: nurse-test
                domain: Healthcare
                summary: A test role linked to registered nurses.
                reviewed: 2026-10
                socCodes: [29-1141.00]
                sources:
                  - name: BLS
                    asOf: "2025-05"
                """);
            var db = Path.Combine(folder, "ladder.db");
            CatalogImporter.Import(new ImportOptions
            {
                DatabasePath = db, OnetPath = LadderPaths.ShippedOnet, OewsPath = LadderPaths.ShippedOews, ContentPath = content,
            });
            var catalog = LadderCatalog.Open(db);
            var guide = new GuideComposer(catalog).Compose(catalog.FindRole("nurse-test")!);
            var onet = new GuideComposer(catalog).Compose(catalog.FindByCode("29-1141.00")!);
            Assert.Equal(onet.MedianPay.Amount, guide.MedianPay.Amount);
            Assert.Equal(onet.Levels.Select(l => l.PayLow), guide.Levels.Select(l => l.PayLow));
            Assert.Equal(onet.Levels.Select(l => l.Responsibilities.Count), guide.Levels.Select(l => l.Responsibilities.Count));
            Assert.Equal(onet.Roadmap, guide.Roadmap);
            Assert.Equal(onet.Pros, guide.Pros);
            Assert.Equal("Healthcare", guide.Domain);
            // The file's own review date, not the day the catalog was built, dates the curated parts.
            Assert.Equal("October 2026", guide.Reviewed);
            Assert.Contains(guide.Sources, s => s.Section.StartsWith("Curated:", StringComparison.Ordinal) && s.AsOf == "October 2026");
            Assert.Contains("Reviewed October 2026", GuideMarkdown.Render(guide), StringComparison.Ordinal);
            Assert.Null(onet.Reviewed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_curated_and_onet_role_renders_with_no_empty_section()
    {
        var composer = new GuideComposer(fixture.Catalog);
        foreach (var role in fixture.Catalog.Roles)
        {
            var g = composer.Compose(role);
            Assert.False(string.IsNullOrWhiteSpace(g.Title), role.Slug);
            Assert.False(string.IsNullOrWhiteSpace(g.Summary), role.Slug);
            Assert.False(string.IsNullOrWhiteSpace(g.Domain), role.Slug);
            Assert.InRange(g.Levels.Count, 2, 4);
            Assert.All(g.Levels, l => Assert.InRange(l.Responsibilities.Count, 3, 5));
            Assert.InRange(g.Roadmap.Count, 3, 9);
            Assert.True(g.Pros.Count > 0 || g.SectionNotes.ContainsKey("pros"), role.Slug);
            Assert.True(g.Cons.Count > 0 || g.SectionNotes.ContainsKey("cons"), role.Slug);
            Assert.NotEmpty(g.Sources);
            var md = GuideMarkdown.Render(g);
            var lines = md.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            for (int i = 0; i + 1 < lines.Count; i++)
                Assert.False(lines[i].StartsWith("## ", StringComparison.Ordinal) && lines[i + 1].StartsWith("## ", StringComparison.Ordinal), $"{role.Slug}: empty section '{lines[i]}'");
        }
    }

    [Fact]
    public void Curated_titles_resolve_before_onet_titles()
    {
        var resolver = new RoleResolver(fixture.Catalog);
        foreach (var query in new[] { "ML Engineer", "machine-learning-engineer", "Machine Learning Engineer" })
        {
            var found = Assert.IsType<Resolution.Found>(resolver.Resolve(query));
            Assert.Equal("machine-learning-engineer", found.Role.Slug);
        }
    }

    [Fact]
    public void Domains_give_every_role_exactly_one_domain()
    {
        Assert.All(fixture.Catalog.Roles, r => Assert.False(string.IsNullOrWhiteSpace(r.Domain)));
        Assert.Equal(fixture.Catalog.Roles.Count, fixture.Catalog.Domains.Sum(d => d.Roles));
        Assert.DoesNotContain(fixture.Catalog.Domains, d => d.Name == "Other");
        var data = fixture.Catalog.Domains.Single(d => d.Name == "Data & AI");
        Assert.True(data.CuratedRoles >= 8);
    }

    [Fact]
    public void Level_pay_alone_matches_the_levels_of_the_composed_guide_for_every_role_curated_or_not()
    {
        var composer = new GuideComposer(fixture.Catalog);
        var failures = new List<string>();
        foreach (var role in fixture.Catalog.Roles)
        {
            var shown = composer.Compose(role).Levels.Select(l => (l.Name, l.PayLow, l.PayHigh)).ToList();
            var alone = composer.LevelPay(role).Select(l => (l.Name, l.Low, l.High)).ToList();
            if (!shown.SequenceEqual(alone)) failures.Add($"{role.Slug}: guide {string.Join(" ", shown)} vs LevelPay {string.Join(" ", alone)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        // A median that names no publisher (machine-learning-engineer's) does not rescale the BLS ladder.
        var ml = fixture.Catalog.FindRole("machine-learning-engineer")!;
        Assert.False(ml.Curated!.MedianPay!.IsCited);
        Assert.Equal(composer.LevelPay(fixture.Catalog.RoleForCode(ml.Primary.Code.Value)!).Select(l => (l.Low, l.High)),
            composer.LevelPay(ml).Select(l => (l.Low, l.High)));
    }
}
