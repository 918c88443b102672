using Ladder.Content;
using Ladder.Engine;
using Ladder.Guides;
using Ladder.Matching;
using Ladder.Occupations;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Content;

/// <summary>
/// content/occupations/routes.yaml: the way in each occupation's Handbook page names, by exact code, validated at import
/// with file:line:column errors; guides lead their way in with it, keep the observed moves after it, and add the licence
/// the work still needs from the licence record.
/// </summary>
public sealed class HandbookRouteTests
{
    private static LadderEngine Engine => SharedEngine.Instance;

    private static readonly Dictionary<string, string> Three = new()
    {
        ["15-1244.00"] = "Network and Computer Systems Administrators", ["29-1141.00"] = "Registered Nurses", ["15-1212.00"] = "Information Security Analysts",
    };

    private const string Domains = "- domain: All\n  why: test\n  occupations: [15-1244.00, 29-1141.00, 15-1212.00]\n";
    private const string PayBasis = "hourly: [29-1141.00]\nannual: [15-1244.00, 15-1212.00]\n";
    private const string WorkKinds = "computer: [15-1244.00, 15-1212.00]\nother: [29-1141.00]\n";

    private const string Routes = """
        - title: Information security analysts
          code: 15-1212.00
          from:
            - 15-1244.00
          page: Information Security Analysts
          source: https://www.bls.gov/ooh/computer-and-information-technology/information-security-analysts.htm
          reviewed: 2026-12
        - code: 29-1141.00
          note: a nursing programme
          page: Registered Nurses
          source: https://www.bls.gov/ooh/healthcare/registered-nurses.htm
          reviewed: 2026-12
        """;

    private static OccupationContent Load(string routes) =>
        OccupationContentLoader.Load(("/x/domains.yaml", Domains), ("/x/pay-basis.yaml", PayBasis), ("/x/work-kinds.yaml", WorkKinds), Three, ("/x/routes.yaml", routes));

    private static IReadOnlyList<ContentError> Fails(string routes) => Assert.Throws<ContentException>(() => Load(routes)).Errors;

    [Fact]
    public void A_valid_file_gives_each_listed_occupation_its_route_and_no_route_to_the_rest()
    {
        var content = Load(Routes);
        Assert.Equal(["15-1244.00"], content.RouteOf("15-1212.00")!.From);
        Assert.Equal("a nursing programme", content.RouteOf("29-1141.00")!.Note);
        Assert.Empty(content.RouteOf("29-1141.00")!.From);
        Assert.Null(content.RouteOf("15-1244.00"));
    }

    [Fact]
    public void An_unknown_code_is_refused_at_its_line_and_column()
    {
        var e = Assert.Single(Fails(Routes.Replace("    - 15-1244.00", "    - 15-9999.00", StringComparison.Ordinal)));
        Assert.Equal(("routes.yaml", 4, 7), (e.File, e.Line, e.Column));
        Assert.Contains("unknown occupation '15-9999.00'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupation_named_as_its_own_route_is_refused()
    {
        var e = Assert.Single(Fails(Routes.Replace("    - 15-1244.00", "    - 15-1212.00", StringComparison.Ordinal)));
        Assert.Equal(("routes.yaml", 4, 7), (e.File, e.Line, e.Column));
        Assert.Contains("15-1212.00 Information Security Analysts is named as its own route", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_entry_for_an_occupation_and_a_route_named_twice_are_refused_naming_the_first()
    {
        var errors = Fails(Routes.Replace("- code: 29-1141.00", "- code: 15-1212.00", StringComparison.Ordinal)
            .Replace("    - 15-1244.00", "    - 15-1244.00\n    - 15-1244.00", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("15-1244.00 Network and Computer Systems Administrators is named twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 9 && e.Column == 9
            && e.Message.Contains("15-1212.00 Information Security Analysts already has a route at routes.yaml:2:9", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("note: a nursing programme", "note: a nursing programme and the state licence", "may not state a licence")]
    [InlineData("note: a nursing programme", "note: a nursing programme\n  then: the NCLEX licensure exam", "may not state a licence")]
    [InlineData("source: https://www.bls.gov/ooh/healthcare/registered-nurses.htm", "source: https://example.org/nurses", "is not a Handbook page address")]
    [InlineData("  reviewed: 2026-12\n", "  reviewed: lately\n", "'reviewed' must be the month")]
    [InlineData("  note: a nursing programme\n", "", "names the occupations people come from ('from') or says in a 'note'")]
    [InlineData("  page: Registered Nurses\n", "  pages: Registered Nurses\n", "unknown key 'pages'")]
    public void A_licence_in_words_a_source_off_the_handbook_a_bad_month_an_empty_route_and_an_unknown_key_are_refused(string from, string to, string message)
    {
        var index = Routes.LastIndexOf(from, StringComparison.Ordinal);
        var errors = Fails(Routes[..index] + to + Routes[(index + from.Length)..]);
        Assert.Contains(errors, e => e.File == "routes.yaml" && e.Line >= 7 && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_file_loads_and_the_catalog_holds_every_route_in_it()
    {
        var titles = Engine.Catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title);
        var loaded = OccupationContentLoader.LoadFolder(Path.Combine(RepoRoot(), "content", "occupations"), titles);
        Assert.True(loaded.Routes.Count >= 50, $"only {loaded.Routes.Count} routes");
        Assert.Equal(loaded.Routes.Values.OrderBy(r => r.Code).Select(r => (r.Code, string.Join(' ', r.From), r.Note, r.Then, r.Source)),
            Engine.Catalog.OccupationContent.Routes.Values.OrderBy(r => r.Code).Select(r => (r.Code, string.Join(' ', r.From), r.Note, r.Then, r.Source)));
    }

    [Fact]
    public void Information_security_analysts_lead_with_network_administrators_and_keep_no_curated_role_from_other_work()
    {
        var guide = Engine.Guide("information-security-analysts")!;
        var route = guide.BreakIn.Route!;
        Assert.Equal("network-and-computer-systems-administrators", Assert.Single(route.Roles).Slug);
        Assert.StartsWith(GuideRoute.Lead + "experience as Network and Computer Systems Administrators (BLS Occupational Outlook Handbook: Information Security Analysts)", route.Text, StringComparison.Ordinal);
        // The way in says the route, not the survey's likeliest moves, and the roadmap says the same words.
        Assert.EndsWith(route.Text, guide.BreakIn.EntryNote, StringComparison.Ordinal);
        Assert.Contains(guide.Roadmap, s => s.Title == "How people get there" && s.Detail == guide.BreakIn.EntryNote);
        // A curated role's move across from other work (Machine Learning Engineer, Cloud Architect) is not listed beside the
        // route; its moves up, and a curated role built on the route's own occupation (Systems Administrator), are.
        var moves = TransitionList.MovesInto(Engine.Space, Engine.Catalog.FindRole("information-security-analysts")!, LadderEngine.GuideMoves);
        Assert.Contains(moves, m => m.Role.Slug == "machine-learning-engineer" && m.Kind == "across");
        Assert.DoesNotContain(guide.BreakIn.FromRoles, r => r.Slug is "machine-learning-engineer" or "cloud-architect");
        Assert.Contains(guide.BreakIn.FromRoles, r => r.Slug == "systems-administrator");
        Assert.All(guide.BreakIn.FromRoles.Where(r => Engine.Catalog.FindRole(r.Slug)!.Curated is not null && Engine.Catalog.FindRole(r.Slug)!.Primary.Code.Value != "15-1244.00"),
            r => Assert.Equal("step up", moves.Single(m => m.Role.Slug == r.Slug).Kind));
        Assert.Contains(guide.Sources, s => s.Url == route.Source && s.AsOf == "December 2026");
    }

    [Fact]
    public void The_observed_moves_stay_in_the_order_of_the_transition_list()
    {
        foreach (var code in Engine.Catalog.OccupationContent.Routes.Keys)
        {
            var role = Engine.Catalog.RoleForCode(code)!;
            var into = TransitionList.MovesInto(Engine.Space, role, LadderEngine.GuideMoves).Select(m => m.Role.Slug).ToList();
            // A supervisor's list starts with the crew it leads, ranked among themselves (SupervisedCrewTests); the observed moves follow.
            var from = Engine.Guide(role).BreakIn.FromRoles.SkipWhile(r => r.Relation.EndsWith(WaysIn.CrewRelation, StringComparison.Ordinal))
                .Select(r => r.Slug).ToList();
            Assert.Equal(from, into.Where(from.Contains));
        }
    }

    [Fact]
    public void Career_and_technical_teachers_are_told_the_route_is_years_in_the_trade_not_teaching_assistant_work()
    {
        var guide = Engine.Guide("career-technical-education-teachers-postsecondary")!;
        Assert.Equal("years of work in the trade or field taught", guide.BreakIn.Route!.Note);
        Assert.Empty(guide.BreakIn.Route.Roles);
        Assert.Contains(guide.BreakIn.Route.Text, guide.BreakIn.EntryNote, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaching Assistants", guide.BreakIn.EntryNote, StringComparison.Ordinal);
        // The secondary-school teachers' route adds the teaching licence the licence record requires.
        var secondary = Engine.Guide("career-technical-education-teachers-secondary-school")!;
        var licence = Engine.Catalog.Outlook.Licences.For(OccupationCode.Parse("25-2032.00"))!;
        Assert.True(licence.RequiredToWork);
        Assert.Contains($", then the {char.ToLowerInvariant(licence.Credential![0])}{licence.Credential[1..]} from {licence.Issuer}", secondary.BreakIn.Route!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licensed_route_is_never_shown_without_the_licence_the_work_requires()
    {
        foreach (var (code, named) in Engine.Catalog.OccupationContent.Routes)
        {
            var decision = Engine.Catalog.Outlook.Licences.For(OccupationCode.Parse(code));
            var route = Engine.Guide(Engine.Catalog.RoleForCode(code)!).BreakIn.Route!;
            var held = named.Note is null && named.From.All(c => Ladder.Licences.LicenceBook.Crossed(Engine.Catalog.Outlook.Licences.For(OccupationCode.Parse(c)), decision) is null);
            if (decision is { RequiredToWork: true } && !held)
                Assert.Contains(decision.Credential!.ToLowerInvariant(), route.Text.ToLowerInvariant(), StringComparison.Ordinal);
            else if (decision is not { Kind: Ladder.Licences.LicenceKind.SomeStates }) Assert.Null(route.Licence);
        }
        var manicurists = Engine.Guide("manicurists-and-pedicurists")!.BreakIn.Route!;
        Assert.Equal(GuideRoute.Lead + "a state-approved nail technician or cosmetology programme, then the nail technician or cosmetology licence from the state cosmetology board (BLS Occupational Outlook Handbook: Manicurists and Pedicurists).", manicurists.Text);
    }

    [Fact]
    public void Facilities_managers_come_from_building_maintenance_and_cost_estimating_as_the_handbook_says()
    {
        var route = Engine.Guide("facilities-managers")!.BreakIn.Route!;
        Assert.Equal(["maintenance-and-repair-workers-general", "cost-estimators"], route.Roles.Select(r => r.Slug));
        Assert.Equal("https://www.bls.gov/ooh/management/administrative-services-managers.htm", route.Source);
        Assert.Null(Engine.Guide("data-scientists")!.BreakIn.Route);
    }

    [Fact]
    public void A_curated_role_keeps_its_own_ways_in_and_never_shows_its_primary_occupations_route()
    {
        // Data Science Manager is built on Computer and Information Systems Managers, whose Handbook route is help-desk and
        // security work: true of IT managers, not of a data science manager.
        Assert.NotNull(Engine.Guide("computer-and-information-systems-managers")!.BreakIn.Route);
        var guide = Engine.Guide("data-science-manager")!;
        Assert.Equal("11-3021.00", Engine.Catalog.FindRole("data-science-manager")!.Primary.Code.Value);
        Assert.Null(guide.BreakIn.Route);
        Assert.DoesNotContain(guide.Roadmap, s => s.Detail.Contains(GuideRoute.Lead, StringComparison.Ordinal));
        Assert.DoesNotContain(guide.Sources, s => s.Section.StartsWith("Way in", StringComparison.Ordinal));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
