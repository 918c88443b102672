using Ladder.Content;
using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>Roadmaps never invite an untrained reader into dangerous work, and cons name the Handbook's hazards.</summary>
public sealed class SafeRoadmapTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private Guide G(string code) => shipped.Guide(code);

    // The step issue 23 found in 744 guides: "a course project, volunteering, part-time work or shadowing where you can <task>".
    private static bool InvitesPractice(RoadmapStep s) =>
        s.Detail.Contains("volunteering", StringComparison.OrdinalIgnoreCase) || s.Detail.Contains("where you can", StringComparison.Ordinal);

    [Theory]
    [InlineData("45-4021.00", "logging-workers.htm")]        // fallers
    [InlineData("47-2181.00", "roofers.htm")]
    [InlineData("37-3013.00", "grounds-maintenance-workers.htm")] // tree trimmers
    [InlineData("45-3031.00", "fishers-and-related-fishing-workers.htm")]
    [InlineData("53-3032.00", "heavy-and-tractor-trailer-truck-drivers.htm")]
    public void Dangerous_work_has_a_hazard_con_citing_the_Handbook_page(string code, string page)
    {
        var g = G(code);
        Assert.Contains(g.Cons, c => c.Text == "One of the more dangerous jobs" && c.Reason.Contains("https://www.bls.gov/ooh/", StringComparison.Ordinal) && c.Reason.Contains(page, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("45-4021.00")] // fallers
    [InlineData("47-5032.00")] // explosives workers and blasters
    [InlineData("37-3013.00")] // tree trimmers
    [InlineData("51-4051.00")] // metal-refining furnace operators
    [InlineData("49-9051.00")] // power-line installers
    public void Hazardous_roadmaps_say_how_people_are_trained_and_never_invite_practice(string code)
    {
        var g = G(code);
        Assert.Contains(g.Roadmap, s => s.Title == "Train before you touch the work" || s.Title == "Practise safely");
        Assert.DoesNotContain(g.Roadmap, s => InvitesPractice(s));
    }

    [Fact]
    public void No_guide_in_a_hazardous_family_or_with_a_Handbook_hazard_invites_hands_on_practice()
    {
        var composer = new GuideComposer(shipped.Catalog);
        var failures = shipped.Catalog.Occupations
            .Where(o => shipped.Catalog.Families.For(o.Code).Hazardous || shipped.Catalog.Hazards.GetValueOrDefault(o.Code.Value)?.Summary is not null)
            .Select(o => (o.Code.Value, Guide: composer.Compose(o)))
            .Where(x => x.Guide.Roadmap.Any(s => InvitesPractice(s)))
            .Select(x => x.Value).ToList();
        Assert.True(failures.Count == 0, string.Join(", ", failures));
    }

    [Fact]
    public void No_con_restates_the_job_as_a_high_level_of_a_skill()
    {
        var composer = new GuideComposer(shipped.Catalog);
        Assert.DoesNotContain(shipped.Catalog.Occupations.SelectMany(o => composer.Compose(o).Cons), c => c.Text.StartsWith("Demands a high level", StringComparison.Ordinal));
    }

    [Fact]
    public void Hot_technologies_are_a_pro_only_for_computer_work()
    {
        Assert.DoesNotContain(G("31-1121.00").Pros, p => p.Text == "Skills employers are asking for"); // home health aides
        Assert.Contains(G("15-1252.00").Pros, p => p.Text == "Skills employers are asking for");   // software developers
    }

    [Theory]
    [InlineData("21-1014.00")] // mental health counselors: confidential work
    [InlineData("35-2011.00")] // fast-food cooks
    public void Show_your_work_appears_only_where_the_field_keeps_portfolios(string code)
    {
        var g = G(code);
        Assert.DoesNotContain(g.Roadmap, s => s.Title == "Show your work" || s.Detail.Contains("examples of your work", StringComparison.Ordinal));
        Assert.Contains(G("27-1024.00").Roadmap, s => s.Title == "Show your work"); // graphic designers
    }

    [Fact]
    public void The_industries_line_shows_data_or_nothing()
    {
        var g = G("29-1141.00");
        Assert.Empty(g.Industries);
        Assert.Null(g.IndustriesNote);
    }

    [Fact]
    public void Tasks_climb_the_ladder_only_with_evidence_of_seniority()
    {
        // Fallers' tasks (saw back-cuts, appraise trees) are the work itself: they stay in "What they do".
        var fallers = G("45-4021.00");
        Assert.DoesNotContain(fallers.Levels.SelectMany(l => l.Responsibilities), r => fallers.Tasks.Any(t => t.TrimEnd('.') == r));
        Assert.True(SeniorityEvidence.Shows("Supervise and train new employees."));
        Assert.True(SeniorityEvidence.Shows("Train new workers in safety procedures."));
        Assert.False(SeniorityEvidence.Shows("Train horses to carry riders."));
        Assert.False(SeniorityEvidence.Shows("Arrange childcare services for guests."));
    }

    [Fact]
    public void Assigning_is_seniority_only_when_what_is_assigned_is_other_peoples_work()
    {
        // O*NET's own tasks, as they were dealt onto senior stages: the first three hand out work, the rest are the job.
        Assert.True(SeniorityEvidence.Shows("Assign work to biostatistical assistants or programmers."));
        Assert.True(SeniorityEvidence.Shows("Assign and review the work of systems analysts, programmers, and other computer-related workers."));
        Assert.True(SeniorityEvidence.Shows("Assign stories to other reporters or duties to production staff."));
        Assert.False(SeniorityEvidence.Shows("Assign the patient to diagnosis-related groups (DRGs), using appropriate computer software."));
        Assert.False(SeniorityEvidence.Shows("Assign lockers to employees and maintain locker rooms."));
        Assert.False(SeniorityEvidence.Shows("Assign and grade class work and homework."));
        // Across the catalog: no senior stage carries an "Assign" task whose object is not work or the people who do it.
        var wrong = TasksOnTheLadder("29-2072.00", "29-9021.00", "35-9031.00", "43-4071.00", "51-9071.06", "25-2022.00", "39-9011.01", "39-3093.00")
            .Where(r => r.Contains(": Assign", StringComparison.Ordinal)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Contains(G("15-2041.01").Levels.SelectMany(l => l.Responsibilities), r => r.StartsWith("Assign work", StringComparison.Ordinal));
    }

    [Fact]
    public void Planning_ones_own_job_and_directing_the_public_are_not_seniority()
    {
        Assert.True(SeniorityEvidence.Shows("Plan and direct research to characterize and compare economies."));
        Assert.True(SeniorityEvidence.Shows("Plan and develop budgets for tree work."));
        Assert.True(SeniorityEvidence.Shows("Direct reactor operators in emergency situations."));
        Assert.False(SeniorityEvidence.Shows("Plan the layout of the carpet, allowing for expected traffic patterns."));
        Assert.False(SeniorityEvidence.Shows("Plan menus according to employers' needs and diet restrictions."));
        Assert.False(SeniorityEvidence.Shows("Plan and supervise class projects, field trips, visits by guest speakers."));
        Assert.False(SeniorityEvidence.Shows("Direct patrons to rides, seats, or attractions."));
        Assert.False(SeniorityEvidence.Shows("Direct patients in simple prescribed exercises or in the use of braces or artificial limbs."));
        // O*NET tasks that used to sit on a senior stage of these guides: a carpet installer's layout, a home health aide's
        // exercises, a parking attendant's hand signals, a trucker's routes, a private cook's menus.
        var wrong = TasksOnTheLadder("47-2041.00", "31-1121.00", "53-6021.00", "53-3032.00", "35-2013.00", "33-9091.00", "53-2021.00");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The occupations' own O*NET tasks that their guides put on a rung of the ladder, as "title: task".</summary>
    private List<string> TasksOnTheLadder(params string[] codes) => codes.Select(G)
        .SelectMany(g => g.Levels.SelectMany(l => l.Responsibilities).Where(r => g.Tasks.Any(t => t.TrimEnd('.') == r)).Select(r => $"{g.Title}: {r}"))
        .ToList();

    [Fact]
    public void An_occupation_without_a_job_zone_says_so_instead_of_inventing_years()
    {
        var noZone = shipped.Catalog.Occupations.First(o => o.JobZone is null && shipped.Catalog.Families.For(o.Code).Stages.Any(s => s.Years is null));
        Assert.Contains(G(noZone.Code.Value).Levels, l => l.Years.StartsWith("not enough data", StringComparison.Ordinal));
    }
}
