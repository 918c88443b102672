using Ladder.Guides;
using Ladder.Catalog;
using Ladder.Occupations;
using Ladder.Outlook;
using Ladder.Tests.Shared;

namespace Ladder.Tests.Core.Outlook;

/// <summary>The Outlook section, the way in and the roadmap on guides composed from the shipped data.</summary>
public sealed class OutlookGuideTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    private Guide Guide(string code) => new GuideComposer(fixture.Catalog).Compose(fixture.Catalog.RoleForCode(code)!);

    [Fact]
    public void Data_scientists_grow_33_5_percent_with_23_400_openings_a_year()
    {
        var o = Guide("15-2051.00").Outlook;

        Assert.True(o.Available);
        Assert.Equal(33.5, o.ChangePercent);
        Assert.Equal(23_400, o.OpeningsPerYear);
        Assert.Equal("23,400", o.OpeningsDisplay);
        Assert.Equal(3.1, o.AllOccupationsChangePercent);
        Assert.Equal("Much faster than average", o.Verdict);
        Assert.Equal("U.S. Bureau of Labor Statistics, Employment Projections 2024–34", o.Source);
        Assert.Equal("August 2025", o.AsOf);
        var markdown = GuideMarkdown.Render(Guide("15-2051.00"));
        Assert.Contains("+33.5%", markdown);
        Assert.Contains("23,400", markdown);
        Assert.Contains("+3.1% for all occupations", markdown);
    }

    [Fact]
    public void Openings_that_BLS_rounds_to_0_0_thousand_read_fewer_than_50_not_about_0()
    {
        // BLS's table gives prosthodontists 0.0 thousand openings a year: fewer than 50, not none.
        var g = Guide("29-1024.00");
        Assert.Equal(0, g.Outlook.OpeningsPerYear);
        Assert.Equal("fewer than 50", g.Outlook.OpeningsDisplay);
        var markdown = GuideMarkdown.Render(g);
        Assert.Contains("fewer than 50 openings a year", markdown);
        Assert.DoesNotContain("about 0 ", markdown);
    }

    [Fact]
    public void Electricians_grow_9_5_percent_with_81_000_openings_and_train_through_an_apprenticeship_then_a_licence()
    {
        var g = Guide("47-2111.00");

        Assert.Equal(9.5, g.Outlook.ChangePercent);
        Assert.Equal(81_000, g.Outlook.OpeningsPerYear);
        Assert.Equal("Apprenticeship", g.Entry.Training);
        Assert.Equal("High school diploma or equivalent", g.Entry.Education);
        Assert.NotNull(g.Entry.Apprenticeship);
        var titles = g.Roadmap.Select(s => s.Title).ToList();
        var apprenticeship = titles.IndexOf("Join an apprenticeship");
        var licence = titles.IndexOf("Get licensed");
        Assert.True(apprenticeship >= 0 && licence > apprenticeship, string.Join(" | ", titles));
        Assert.Contains("4 to 5 years", g.Roadmap[apprenticeship].Detail, StringComparison.Ordinal);
        Assert.Contains(g.Credentials.Items, c => c is { Kind: "licence", Status: "Required in most states" });
        Assert.Equal(4, g.Credentials.Licence!.Training!.MinYears);
        Assert.Contains(g.Pros, p => p.Text == "Growing, with many openings");
    }

    [Fact]
    public void Postal_service_clerks_are_declining_and_say_so_as_a_con()
    {
        var g = Guide("43-5051.00");

        Assert.Equal(-3.5, g.Outlook.ChangePercent);
        Assert.Equal("Decline", g.Outlook.Verdict);
        Assert.Equal("decline", g.Outlook.VerdictKey);
        Assert.Equal("A declining field", g.Cons[0].Text);
        Assert.Contains("3.5%", g.Cons[0].Reason);
        Assert.Empty(g.Entry.Programmes);
        Assert.Equal(0, g.Entry.ProgrammesTotal);
    }

    [Fact]
    public void The_registered_nurses_roadmap_includes_the_nclex_rn()
    {
        var g = Guide("29-1141.00");

        Assert.Contains(g.Roadmap, s => s.Title == "Get licensed" && s.Detail.Contains("NCLEX-RN", StringComparison.Ordinal));
        Assert.Contains(g.Credentials.Items, c => c is { Name: "Registered nurse (RN) licence", Status: "Required in every state" } && c.Time.Contains("NCLEX-RN", StringComparison.Ordinal));
        Assert.Equal("51.3801", g.Entry.Programmes[0].CipCode);
        Assert.True(g.Entry.Programmes.Count <= 8);
    }

    [Fact]
    public void A_narrower_occupation_keeps_a_programme_only_on_whole_word_evidence()
    {
        // "plan" and "commercial" in the biofuels managers' description once met "Planning" and "Community" on four letters.
        var biofuels = Guide("11-9041.01");
        Assert.Empty(biofuels.Entry.Programmes);
        Assert.Contains("No programme is specific to this occupation", biofuels.Entry.ProgrammeNote, StringComparison.Ordinal);
        // Whole words still meet across forms: an O*NET alternate title ("Intraoperative Neuromonitoring Technologist")
        // supports Intraoperative Neuromonitoring Technology for neurodiagnostic technologists; "Rail" meets "Railroad".
        Assert.Contains(Guide("29-2099.01").Entry.Programmes, p => p.CipCode == "51.0922");
        Assert.Contains(Guide("53-4099.00").Entry.Programmes, p => p.Title.StartsWith("Railroad", StringComparison.Ordinal));
        Assert.Contains(Guide("29-1229.01").Entry.Programmes, p => p.Title.StartsWith("Allergy and Immunology", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_programme_is_the_one_the_occupation_names_not_a_longer_title_that_repeats_a_word()
    {
        // "Cheminformatics/Chemistry Informatics" met chemistry teachers' one word twice and came first; "Facilities
        // Planning and Management" lost to parks and leisure management when "planning" no longer met "plan".
        Assert.DoesNotContain("Informatics", Guide("25-1052.00").Entry.Programmes[0].Title, StringComparison.Ordinal);
        Assert.Equal("19.0604", Guide("11-3013.00").Entry.Programmes[0].CipCode);
        Assert.Equal("plan", Ladder.Guides.GuideComposer.Stem("planning"));
    }

    [Fact]
    public void The_truck_driver_roadmap_includes_the_cdl()
    {
        Assert.Contains(Guide("53-3032.00").Roadmap, s => s.Title == "Get licensed" && s.Detail.Contains("commercial driver's licence (CDL)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("13-1021.00", "13-1020", "broader group")]
    [InlineData("31-1122.00", "31-1120", "broader group")]
    [InlineData("21-1011.00", "21-1018", "aggregate")]
    [InlineData("29-2011.01", "29-2010", "broader group")]
    [InlineData("15-1299.08", "15-1299", "does not project 15-1299.08 separately")]
    public void Occupations_that_bls_projects_as_part_of_a_group_use_that_group_and_say_so(string code, string projectedAs, string note)
    {
        var o = Guide(code).Outlook;

        Assert.True(o.Available);
        Assert.Equal(projectedAs, o.ProjectionCode);
        Assert.Contains(note, o.Note);
        if (projectedAs != code[..7]) Assert.Contains($"matrix code {projectedAs}", o.Source);
    }

    [Fact]
    public void A_curated_role_shows_its_primary_occupations_outlook_and_says_whose_it_is()
    {
        var role = fixture.Catalog.FindRole("machine-learning-engineer")!;
        var g = new GuideComposer(fixture.Catalog).Compose(role);

        Assert.Equal(33.5, g.Outlook.ChangePercent);
        Assert.Contains($"primary occupation, {role.Primary.Code.Value} {role.Primary.Title}", g.Outlook.Note);
        Assert.Contains(g.Credentials.Items, c => c.Kind == "none");
    }

    [Fact]
    public void An_occupation_without_a_projection_says_not_available_and_shows_no_number()
    {
        var g = Guide("55-1011.00");

        Assert.False(g.Outlook.Available);
        Assert.Null(g.Outlook.ChangePercent);
        Assert.StartsWith("not available", g.Outlook.Summary);
        Assert.DoesNotContain(g.Pros, p => p.Text.Contains("Growing", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_guide_has_an_outlook_an_entry_and_credentials_in_its_json()
    {
        var json = GuideJson.Serialize(Guide("29-1141.00"));

        Assert.Contains("\"outlook\": {", json);
        Assert.Contains("\"entry\": {", json);
        Assert.Contains("\"credentials\": {", json);
        Assert.Contains("\"verdictKey\": \"faster\"", json);
    }

    [Fact]
    public void Every_occupation_and_curated_role_has_one_sourced_licence_decision_shown_with_its_review_month()
    {
        var catalog = fixture.Catalog;
        var composer = new GuideComposer(catalog);
        var undecided = catalog.Occupations.Where(o => catalog.Outlook.Licences.For(o.Code) is null).Select(o => o.Code.Value)
            .Concat(catalog.CuratedRoles.Where(r => catalog.Outlook.Licences.ForRole(r.Slug) is null).Select(r => r.Slug)).ToList();
        Assert.True(undecided.Count == 0, "undecided: " + string.Join(", ", undecided));
        var credentials = catalog.Roles.SelectMany(r => composer.Compose(r).Credentials.Items).ToList();
        Assert.All(credentials, c =>
        {
            Assert.Matches("^https?://", c.Source);
            Assert.Matches(@"^((January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|not yet checked)$", c.Reviewed);
        });
        // An unchecked decision says so on the page, not only in the data; a checked one does not. The shipped decisions
        // may all be checked, so the notice is shown on a real decision with its review month taken away.
        var checkedDecision = catalog.Outlook.Licences.For(OccupationCode.Parse("29-1071.01"))!;
        Assert.True(checkedDecision.IsChecked);
        Assert.DoesNotContain("Not yet checked", GuideComposer.Credentials(checkedDecision).Summary, StringComparison.Ordinal);
        var notChecked = GuideComposer.Credentials(checkedDecision with { Reviewed = null });
        Assert.EndsWith("(Not yet checked against its source.)", notChecked.Summary, StringComparison.Ordinal);
        Assert.All(notChecked.Items, c => Assert.Equal("not yet checked", c.Reviewed));
    }

    [Theory]
    [InlineData(33.5, "much-faster")]
    [InlineData(6.5, "much-faster")]
    [InlineData(6.49, "faster")]
    [InlineData(4.5, "faster")]
    [InlineData(4.49, "average")]
    [InlineData(2.5, "average")]
    [InlineData(2.4, "slower")]
    [InlineData(0.5, "slower")]
    [InlineData(0.4, "little-change")]
    [InlineData(-0.4, "little-change")]
    [InlineData(-0.5, "decline")]
    [InlineData(-3.5, "decline")]
    public void The_verdict_follows_the_handbook_bands_on_the_whole_percent(double change, string key) =>
        Assert.Equal(key, OutlookVerdict.ForChange(change).Key);

    [Theory]
    // Table 1.2: 1,333.7 → 1,393.5 thousand, printed +4.5%; BLS's change is +4.48%, as fast as average, not faster.
    [InlineData("11-9199.00", "average")]
    // Carpenters: printed +4.5%, the Handbook says "4 percent … about as fast as the average".
    [InlineData("47-2031.00", "average")]
    // Sales engineers: printed +5.5%, the Handbook says "5 percent … faster than the average".
    [InlineData("41-9031.00", "faster")]
    // Teacher assistants: printed −1.5%, the Handbook says "decline 1 percent".
    [InlineData("25-9042.00", "decline")]
    public void The_verdict_comes_from_the_employment_figures_not_the_rounded_percent(string code, string key)
    {
        var catalog = fixture.Catalog;
        var role = catalog.RoleForCode(code)!;
        Assert.Equal(key, new GuideComposer(catalog).Compose(role).Outlook.VerdictKey);
        // The role lists (filters, discover, API) read the same verdict.
        Assert.Equal(key, RoleOutlookFacts.For(catalog, role).VerdictKey);
    }

    [Fact]
    public void A_broader_rows_figures_say_whose_they_are_in_the_same_sentence()
    {
        var catalog = fixture.Catalog;
        var composer = new GuideComposer(catalog);
        // Business intelligence analysts (15-2051.01) have no BLS row of their own: BLS projects 15-2051 Data Scientists.
        var detail = composer.Compose(catalog.RoleForCode("15-2051.01")!);
        Assert.StartsWith("BLS's figures for the broader group Data scientists (SOC 15-2051): typical entry education:", detail.Entry.Summary, StringComparison.Ordinal);
        Assert.StartsWith("BLS projects employment in the broader group Data scientists (SOC 15-2051) to grow", detail.Outlook.Summary, StringComparison.Ordinal);
        Assert.Contains(detail.Roadmap, s => s.Detail.Contains("as the typical entry education for the broader group Data scientists (SOC 15-2051).", StringComparison.Ordinal));
        // The role lists (domain and search pages) print the same group beside growth and entry education.
        Assert.Equal("the broader group Data scientists (SOC 15-2051)", RoleOutlookFacts.For(catalog, catalog.RoleForCode("15-2051.01")!).FiguresFor);
        Assert.Null(RoleOutlookFacts.For(catalog, catalog.RoleForCode("15-2051.00")!).FiguresFor);
        // An occupation with its own row says nothing of the kind.
        var own = composer.Compose(catalog.RoleForCode("15-2051.00")!);
        Assert.StartsWith("BLS: typical entry education:", own.Entry.Summary, StringComparison.Ordinal);
        Assert.Null(own.Entry.FiguresFor);
        // Every guide whose outlook row is another code's says so in the entry summary and the outlook summary.
        foreach (var o in catalog.Occupations)
        {
            var match = catalog.Outlook.ProjectionFor(o.Code);
            if (match?.Group(o.Code) is not { } group || match.Projection.EntryEducation is null) continue;
            var g = composer.Compose(catalog.RoleForCode(o.Code.Value)!);
            Assert.Contains(group, g.Entry.Summary, StringComparison.Ordinal);
            Assert.Contains(group, g.Outlook.Summary, StringComparison.Ordinal);
        }
    }
}
