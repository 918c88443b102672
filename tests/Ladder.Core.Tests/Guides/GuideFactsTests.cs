using Ladder.Guides;
using Ladder.Matching;
using Ladder.Tests.Core.Matching;
using Ladder.Content;
using Ladder.Catalog;

namespace Ladder.Tests.Core.Guides;

/// <summary>The specific facts issue 12 asks of eight guides on the shipped data.</summary>
public sealed class GuideFactsTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    // The engine's composer: its guides name the moves into a role as ways in.
    private Guide G(string slugOrCode) => data.Engine.Composer.Compose(data.Role(slugOrCode));

    private static string Roadmap(Guide g) => string.Join("\n", g.Roadmap.Select(s => $"{s.Title}: {s.Detail}"));

    private decimal? Pay(string slug) => data.Catalog.FindRole(slug)!.MedianPay;

    [Theory]
    [InlineData("29-1021.00")] // dentists: a DDS or DMD
    [InlineData("29-1071.01")] // anesthesiologist assistants: a master's programme, licensed only in some states
    [InlineData("29-1141.04")] // clinical nurse specialists: an APRN licence after a graduate programme
    public void No_way_in_skips_the_graduate_school_a_licence_is_earned_through(string code)
    {
        var g = G(code);
        var book = data.Catalog.Outlook.Licences;
        var target = book.For(data.Role(code))!;
        Assert.True(target.Training?.MinYears >= TransitionBarrier.GraduateProgrammeYears);
        // A veterinarian, an optometrist or a nurse practitioner was listed as a way into dentistry before. A way in holds
        // the licence, or the one it builds on directly (registered nurses into an APRN programme).
        Assert.All(g.BreakIn.FromRoles, r => Assert.True(book.For(data.Role(r.Slug)) is { } from
            && (from.Covers(target) || target.Includes is [var basis, ..] && basis == from.Key), $"{r.Title} does not hold {target.Credential}"));
    }

    [Fact]
    public void Teachers_are_a_way_into_school_administration_and_no_specialty_is_a_way_into_another()
    {
        // The Handbook: principals need a master's and several years of teaching (content/licences: the school
        // administrator licence builds on the teacher's). A physician specialty is entered through its own residency.
        Assert.Contains(G("11-9032.00").BreakIn.FromRoles, r => r.Code is "25-2021.00" or "25-2031.00" or "25-2022.00");
        Assert.Contains(G("25-9031.00").BreakIn.FromRoles, r => r.Code is "25-2021.00" or "25-2031.00");
        var anesthesiologists = G("29-1211.00");
        Assert.Empty(anesthesiologists.BreakIn.FromRoles);
        Assert.StartsWith("none: the way in is not another job", anesthesiologists.BreakIn.FromRolesText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compare_page_states_the_education_the_guide_follows()
    {
        // O*NET's survey says "Doctoral Degree" for hearing aid specialists; BLS, whom the guide follows, a high school
        // diploma. A clinical nurse specialist's own BLS row does not exist (registered nurses' bachelor's is the broader
        // group's), so the survey's answer stands there.
        var hearing = data.Role("29-2092.00");
        var cns = data.Role("29-1141.04");
        var side = data.Engine.Compare(hearing, cns);
        Assert.Equal(G("29-2092.00").Entry.Education, side.A.Education);
        Assert.Equal("High school diploma or equivalent", side.A.Education);
        Assert.Equal("Master's Degree", side.B.Education);
    }

    [Fact]
    public void Work_entered_through_a_required_academy_names_it_as_the_way_in()
    {
        // Air traffic controllers: every observed move into the work is a pay cut or needs the FAA Academy; the guide said
        // "not available" instead of naming the route its own licence decision gives.
        var decision = data.Engine.Catalog.Outlook.Licences.For(data.Engine.Catalog.RoleForCode("53-2021.00")!.Primary.Code)!;
        Assert.Equal(Ladder.Licences.TrainingRouteKind.Academy, decision.Training!.Route);
        var g = G("53-2021.00");
        Assert.Empty(g.BreakIn.FromRoles);
        Assert.Equal($"none: the way in is not another job but {decision.Time} ({decision.Credential})", g.BreakIn.FromRolesText);
    }

    [Fact]
    public void A_residual_category_without_sub_occupations_points_to_its_SOC_broad_group()
    {
        // Surgeons, All Other (29-1249) pointed to anesthesiologists, cardiologists and dermatologists (the minor group
        // 29-12, in code order); the surgeons listed separately are 29-1241 to 29-1243.
        var note = G("29-1249.00").SectionNotes["overview"];
        Assert.Contains("Ophthalmologists, Except Pediatric; Orthopedic Surgeons, Except Pediatric; and Pediatric Surgeons", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Anesthesiologists", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_residual_category_points_first_to_the_occupations_filed_under_its_own_code()
    {
        // O*NET's related list for 29-1299.00 starts with physicians; its own sub-occupations are naturopaths and orthoptists.
        var g = G("29-1299.00");
        Assert.Contains("The closest detailed occupations are Naturopathic Physicians, Orthoptists and ", g.SectionNotes["overview"], StringComparison.Ordinal);
        Assert.StartsWith("Start from a detailed occupation", g.Roadmap[0].Title, StringComparison.Ordinal);
        Assert.Contains("Naturopathic Physicians, Orthoptists and ", g.Roadmap[0].Detail, StringComparison.Ordinal);
        // Its own O*NET titles ("Herb Doctor", "Resident Intern") span unlike jobs: the apply step sends the reader to the detailed guide.
        var apply = g.Roadmap.Single(s => s.Title == "Apply for entry-level roles").Detail;
        Assert.DoesNotContain("Herb Doctor", apply, StringComparison.Ordinal);
        Assert.Contains("the guide of the detailed occupation closest to yours", apply, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_nurses_get_the_nursing_ladder_a_licence_step_and_no_clinical_work_before_it()
    {
        var g = G("29-1141.00");
        Assert.Equal(["New-graduate RN", "Experienced RN", "Charge nurse or specialist", "Nurse manager"], g.Levels.Select(l => l.Label));
        var roadmap = Roadmap(g);
        Assert.Contains("NCLEX-RN", roadmap, StringComparison.Ordinal);
        Assert.DoesNotContain("administer", roadmap, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Dentrix", roadmap, StringComparison.Ordinal);
        foreach (var task in data.Role("29-1141.00").Primary.Tasks)
            Assert.DoesNotContain(task.Text.TrimEnd('.')[1..], roadmap, StringComparison.OrdinalIgnoreCase);
        // One licence step, in the licence decision's words (licence, board and exam), and no clinical work before the licence.
        var licence = g.Roadmap.Single(s => s.Title == "Get licensed");
        Assert.Contains("registered nurse (RN) licence, from the state board of nursing", licence.Detail, StringComparison.Ordinal);
        Assert.Contains("Exam: NCLEX-RN.", licence.Detail, StringComparison.Ordinal);
        var practice = g.Roadmap.Single(s => s.Title == "Practise safely");
        Assert.Contains("until you hold the registered nurse (RN) licence", practice.Detail, StringComparison.Ordinal);
        var apply = g.Roadmap.Single(s => s.Title.StartsWith("Apply", StringComparison.Ordinal)).Step;
        Assert.True(practice.Step < licence.Step && licence.Step < apply, string.Join(" | ", g.Roadmap.Select(s => s.Title)));
        // Electronic health records lead; dental software, Spark and office suites do not.
        Assert.All(g.Technologies.Take(3), t => Assert.Contains(t.Name, new[] { "Epic Systems", "MEDITECH software", "eClinicalWorks EHR software" }));
        Assert.DoesNotContain(g.Technologies.Take(5), t => t.Name.Contains("Dentrix", StringComparison.Ordinal) || t.Name.StartsWith("Microsoft", StringComparison.Ordinal));
        // Specialisations are related roles, not feeders; LPNs are an earlier stage.
        Assert.Contains(g.BreakIn.FromRoles, r => r.Code == "29-2061.00");
        Assert.DoesNotContain(g.BreakIn.FromRoles, r => r.Code!.StartsWith("29-1141", StringComparison.Ordinal));
        Assert.Contains(g.Related, r => r.Code == "29-1141.01");
        Assert.NotEmpty(g.BreakIn.EntryTitles);
        Assert.DoesNotContain(g.BreakIn.EntryTitles, t => t.Contains("Charge", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Electricians_climb_apprentice_to_contractor_through_a_licensed_apprenticeship()
    {
        var g = G("47-2111.00");
        Assert.Equal(["Apprentice or helper", "Journeyworker", "Foreman or master", "Contractor or superintendent"], g.Levels.Select(l => l.Label));
        // The apprentice is paid by the sponsor's scale, not a BLS percentile band of journeyworkers' wages.
        Assert.Null(g.Levels[0].PayLow);
        Assert.Contains("sponsor", g.Levels[0].PaySource, StringComparison.Ordinal);
        Assert.Contains(g.Roadmap, s => s.Title == "Join an apprenticeship");
        Assert.Contains(g.Roadmap, s => s.Title == "Get licensed" && s.Detail.Contains("journeyworker electrician licence", StringComparison.Ordinal));
        // Moves in weigh each origin by its size: the first way in is the large maintenance or construction trade people
        // leave for electrical work (CPS), not a small helper occupation.
        Assert.Matches("^(47|49)-", g.BreakIn.FromRoles[0].Code!);
        // Trades show tools, and the ones named in the electrician's own tasks (wire, conduit, cable) come first.
        Assert.NotEmpty(g.Tools);
        Assert.All(g.Tools.Take(3), t => Assert.Matches("(?i)wire|conduit|cable", t));
    }

    [Fact]
    public void Truck_drivers_get_the_cdl_and_defining_equipment_not_alphabetical_tools_or_office_software()
    {
        var g = G("53-3032.00");
        var roadmap = Roadmap(g);
        Assert.Contains("CDL", roadmap, StringComparison.Ordinal);
        Assert.DoesNotContain("4-ranger", roadmap, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft", roadmap, StringComparison.Ordinal);
        Assert.DoesNotContain("Broaden into", roadmap, StringComparison.Ordinal);
        Assert.Equal("Trucks greater than 26000 pounds", g.Tools[0]);
        Assert.Equal("New driver", g.Levels[0].Label);
        Assert.Equal("Owner-operator or fleet supervisor", g.Levels[^1].Label);
    }

    [Fact]
    public void Ways_into_performing_come_from_performing_and_a_senior_post_is_no_way_into_entry_work()
    {
        // Choreographers: dancers, never photographers or teachers of other subjects (content/families/performing-arts ownField).
        var choreographers = G("27-2032.00").BreakIn;
        Assert.Contains(choreographers.FromRoles, r => r.Code == "27-2031.00");
        var field = data.Catalog.Families.For(Ladder.Occupations.OccupationCode.Parse("27-2032.00")).OwnField!;
        Assert.All(choreographers.FromRoles, r => Assert.True(field.Contains(r.Code!), $"{r.Title} is not performing work"));
        // Models: the moves ranked in are day jobs (cashiers, retail), so the guide lists none and says why.
        var models = G("41-9012.00").BreakIn;
        Assert.Empty(models.FromRoles);
        Assert.Equal(field.Note, models.FromRolesText);
        // A Cloud Architect (Computer Network Architects: five years or more elsewhere, BLS) is no way into software development.
        Assert.DoesNotContain(G("15-1252.00").BreakIn.FromRoles, r => r.Slug == "cloud-architect");
        var moves = TransitionList.MovesInto(data.Engine.Space, data.Role("15-1252.00"), 10);
        Assert.Contains(moves, m => m.Role.Slug == "cloud-architect");
    }

    [Fact]
    public void Elementary_teachers_get_three_teaching_stages_and_no_template_standards()
    {
        var g = G("25-2021.00");
        Assert.Equal(["First-year teacher", "Experienced teacher", "Lead or mentor teacher"], g.Levels.Select(l => l.Label));
        Assert.DoesNotContain(g.Levels.SelectMany(l => l.Responsibilities), r => r.StartsWith("Set the standards", StringComparison.Ordinal));
        Assert.Contains("teaching licence", Roadmap(g), StringComparison.Ordinal);
        Assert.Contains(g.BreakIn.FromRoles, r => r.Code == "25-9042.00");
    }

    [Fact]
    public void Chief_executives_have_no_junior_level_no_entry_titles_and_name_what_leads_to_them()
    {
        var g = G("11-1011.00");
        Assert.Equal(2, g.Levels.Count);
        Assert.DoesNotContain(g.Levels, l => l.Name == CareerLevel.Junior || l.Label.Contains("Junior", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(g.BreakIn.EntryTitles);
        Assert.Contains("appointed", g.BreakIn.EntryNote, StringComparison.Ordinal);
        Assert.Contains(g.BreakIn.FromRoles, r => r.Code == "11-1021.00");
        Assert.DoesNotContain(g.Roadmap, s => s.Title.Contains("entry-level", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Apply to openings titled", Roadmap(g), StringComparison.Ordinal);
    }

    [Fact]
    public void Postal_clerks_are_not_said_to_come_from_postmasters_or_better_paid_jobs()
    {
        var g = G("43-5051.00");
        Assert.DoesNotContain(g.BreakIn.FromRoles, r => r.Code == "11-9131.00");
        var pay = Pay(g.Slug)!.Value;
        Assert.All(g.BreakIn.FromRoles, r => Assert.True(Pay(r.Slug) <= pay * 1.05m, $"{r.Title} pays {Pay(r.Slug)} against {pay}"));
        Assert.NotEmpty(g.BreakIn.FromRoles);
        Assert.DoesNotContain(g.Pros.Concat(g.Cons), p => p.Reason.Contains("rose", StringComparison.Ordinal) || p.Reason.Contains("fell", StringComparison.Ordinal));
    }

    [Fact]
    public void No_entry_title_is_a_certification_or_registry_credential()
    {
        // "Certified Critical Care Nurse" was offered to critical care nurses as a first job; the CCRN needs 1,750 hours
        // of direct care first (AACN). "Certified Hand Therapist (CHT)", "Certified First Assistant (CFA)" and
        // "Registered Polysomnographic Technologist (RPSGT)" were offered the same way.
        Assert.DoesNotContain("Certified Critical Care Nurse", G("29-1141.03").BreakIn.EntryTitles);
        // Nor an advanced-practice title, which needs an APRN licence after a graduate programme.
        Assert.DoesNotContain(G("29-1141.03").BreakIn.EntryTitles, t => t.Contains("Practitioner", StringComparison.Ordinal));
        Assert.NotEmpty(G("29-1141.03").BreakIn.EntryTitles);
        foreach (var o in data.Catalog.Occupations)
            Assert.All(G(o.Code.Value).BreakIn.EntryTitles, t =>
                Assert.DoesNotMatch(@"(?i)\bcertifi|\bregistered (?!nurse)|\bCCRN\b|\b[A-Z]{2,}-B?C\b", t));
    }

    [Fact]
    public void Data_scientists_lead_with_specific_technologies_and_beginner_titles()
    {
        var g = G("15-2051.00");
        Assert.DoesNotContain(g.Technologies.Take(5), t => OfficeWork.IsOfficeSoftware(t.Name));
        Assert.Contains("Data Science Intern", g.BreakIn.EntryTitles);
        Assert.All(g.BreakIn.EntryTitles, t => Assert.False(EntryTitles.IsNotEntry(t), t));
        Assert.Equal("professional", g.LadderFamily);
    }

    [Theory]
    [InlineData("35-2014.00", "Facebook")]      // cooks: a hot flag on a social network is not what a kitchen runs on
    [InlineData("53-3032.00", "SAP software")]  // truck drivers
    [InlineData("53-7065.00", "SAP software")]  // stockers
    [InlineData("47-2111.00", "SAP software")]  // electricians
    public void Hands_on_jobs_do_not_lead_with_software_every_employer_runs(string code, string generic)
    {
        var g = G(code);
        Assert.NotEmpty(g.Technologies);
        Assert.DoesNotContain(g.Technologies, t => t.Name == generic);
        Assert.DoesNotContain(generic, Roadmap(g), StringComparison.Ordinal);
    }

    [Fact]
    public void A_technology_no_related_occupation_lists_is_left_out_of_a_long_list()
    {
        // O*NET lists Apache Spark and Oracle Taleo for registered nurses; of the twenty occupations it relates to
        // nursing, one lists each. The guide keeps what nursing runs on.
        var rn = G("29-1141.00");
        Assert.Equal("Epic Systems", rn.Technologies[0].Name);
        Assert.DoesNotContain(rn.Technologies, t => t.Name is "Apache Spark" or "Oracle Taleo" or "Henry Schein Dentrix");
        Assert.Contains(rn.Technologies, t => t.Name == "MEDITECH software");
        // A short list keeps what one related occupation corroborates: cooks keep their menu planning software.
        Assert.Contains(G("35-2014.00").Technologies, t => t.Name == "Menu planning software");
        // Where few are corroborated, the best ranked of the rest fill in rather than leaving the section empty.
        Assert.True(G("29-1023.00").Technologies.Count >= GuideEvidence.MinimumShown);
    }

    [Fact]
    public void A_job_whose_only_software_is_what_every_employer_runs_says_so_rather_than_that_there_is_none()
    {
        var dishwashers = G("35-9021.00");
        Assert.Empty(dishwashers.Technologies);
        var note = dishwashers.SectionNotes["technologies"];
        Assert.StartsWith("O*NET lists only software nearly every employer runs for this occupation (", note);
        Assert.DoesNotContain("lists no software", note);
    }

    [Fact]
    public void Required_skills_never_list_what_onet_rates_less_than_somewhat_important()
    {
        var keno = G("39-3012.00");
        Assert.DoesNotContain(keno.Skills, s => s.Name == "Programming");
        Assert.Contains(keno.Skills, s => s.Name == "Mathematics");
        foreach (var role in data.Catalog.Roles.Where(r => !r.IsCurated).Take(300))
            Assert.All(G(role.Slug).Skills.Where(s => s.Importance is not null),
                s => Assert.True(s.Importance >= GuideComposer.MinimumImportance, $"{role.Slug}: {s.Name} {s.Importance}"));
    }

    [Fact]
    public void Break_in_advice_never_describes_another_occupation_from_onet_job_zone_examples()
    {
        var pharmacy = G("29-2052.00");
        Assert.DoesNotContain("electrician", pharmacy.BreakIn.Advice, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Previous work-related skill, knowledge, or experience is required", pharmacy.BreakIn.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("landscaping", G("39-3012.00").BreakIn.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("surgeons", G("27-1027.00").BreakIn.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Hydrologists_are_not_told_to_search_for_scientist_nor_told_twice_that_openings_are_few()
    {
        var g = G("19-2043.00");
        Assert.DoesNotContain("Scientist", g.BreakIn.EntryTitles);
        Assert.Contains("Hydrologist", g.BreakIn.EntryTitles);
        Assert.Single(g.Cons, c => c.Text.Contains("openings", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Experience_carries_to_other_fields_only_where_the_closest_relatives_span_other_domains()
    {
        var keno = G("39-3012.00").Pros.Single(p => p.Text == "Experience that carries to other fields");
        Assert.Contains("Gambling Cage Workers (Office & Administrative)", keno.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(G("29-1141.00").Pros, p => p.Text == "Experience that carries to other fields");
        // Every occupation has five closest relatives, so a pro that fired on the count alone would be in nearly every guide.
        var with = data.Catalog.Roles.Where(r => !r.IsCurated).Count(r => G(r.Slug).Pros.Any(p => p.Text == "Experience that carries to other fields"));
        Assert.InRange(with, 50, data.Catalog.Occupations.Count / 2);
    }

    [Fact]
    public void Military_guides_send_readers_to_recruiters_not_to_state_boards_or_job_postings()
    {
        var g = G("55-3019.00");
        Assert.DoesNotContain("licensing board", g.Credentials.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("job postings", g.BreakIn.Advice, StringComparison.Ordinal);
        Assert.False(g.Outlook.Available);
        Assert.DoesNotContain("not available.** not available", GuideMarkdown.Render(g), StringComparison.Ordinal);
    }

    [Fact]
    public void Teachers_student_teach_before_the_licence_rather_than_practise_safely()
    {
        var g = G("25-2021.00");
        var student = g.Roadmap.Single(s => s.Title == "Student-teach");
        var licence = g.Roadmap.Single(s => s.Title == "Get licensed" && s.Detail.Contains("teaching licence", StringComparison.Ordinal));
        Assert.True(student.Step < licence.Step);
        Assert.DoesNotContain(g.Roadmap, s => s.Title == "Practise safely");
    }

    [Fact]
    public void Hands_on_work_gets_a_software_step_only_on_in_demand_evidence()
    {
        Assert.DoesNotContain(G("47-2061.00").Roadmap, s => s.Title.Contains("software", StringComparison.Ordinal));
        Assert.Contains(G("51-4041.00").Roadmap, s => s.Title == "Learn the software employers ask for" && s.Detail.Contains("G-code", StringComparison.Ordinal));
        Assert.Contains(G("29-2052.00").Roadmap, s => s.Title == "Get to know the software of the trade");
    }

    [Theory]
    [InlineData("53-2011.00", "pilots")] // airline pilots
    [InlineData("53-4011.00", "rail-crew")] // locomotive engineers
    [InlineData("53-5021.00", "ship-crew")] // ship captains and mates
    public void Air_rail_and_water_crews_climb_toward_command_and_never_volunteer_at_the_controls(string code, string family)
    {
        var g = G(code);
        Assert.Equal(family, g.LadderFamily);
        Assert.DoesNotContain(g.Levels.SelectMany(l => l.Responsibilities), r => r.Contains("lockout", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(g.Roadmap, s => s.Title == "Get practice at the real work");
        Assert.Equal("Supervisor", G("53-6021.00").Levels[^1].Label); // parking attendants follow the service ladder
    }

    [Fact]
    public void Entry_titles_name_this_job_before_another_role()
    {
        // O*NET reports "Research Scientist" for nanotechnology technicians; it is a scientist's post, not where a
        // technician with an associate degree starts.
        var entry = G("17-3026.01").BreakIn.EntryTitles;
        Assert.DoesNotContain("Research Scientist", entry);
        Assert.All(entry, t => Assert.Contains("Technician", t, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("11-9199.08", "Loss Prevention Leader")]
    [InlineData("11-9199.11", "Brownfields Practice Leader")]
    public void A_leader_title_is_not_a_first_job(string code, string leader)
    {
        var g = G(code);
        Assert.Contains(leader, data.Role(code).Primary.AlternateTitles.Select(a => a.Title).Concat(data.Role(code).Primary.ReportedTitles));
        Assert.DoesNotContain(g.BreakIn.EntryTitles, t => t.Contains("Leader", StringComparison.Ordinal));
        Assert.DoesNotContain(leader, string.Join("\n", g.Roadmap.Select(s => s.Detail)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31-9092.00")] // medical assistants work for a physician's practice
    [InlineData("31-9096.00")] // veterinary assistants care for animals
    [InlineData("31-9094.00")] // medical transcriptionists see no patients at all
    public void Practice_support_jobs_are_not_described_as_ward_aides(string code)
    {
        var g = G(code);
        Assert.Equal("health-assistant", g.LadderFamily);
        var said = string.Join(" ", g.Levels.SelectMany(l => l.Responsibilities.Append(l.Label)).Concat(g.Roadmap.Select(s => s.Detail)));
        Assert.DoesNotContain("residents", said, StringComparison.Ordinal);
        Assert.DoesNotContain("nurse's", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Patient care is practised", said, StringComparison.Ordinal);
        // Nursing assistants keep the aides' ladder, where those words are true.
        Assert.Equal("health-support", G("31-1131.00").LadderFamily);
    }

    [Fact]
    public void No_roadmap_outside_office_work_sends_a_reader_to_learn_generic_business_software()
    {
        foreach (var role in data.Catalog.Roles.Where(r => !r.IsCurated && data.Catalog.WorkKindOf(r.Primary.Code) != WorkKind.Office))
        {
            var step = G(role.Slug).Roadmap.FirstOrDefault(s => s.Title.Contains("software", StringComparison.Ordinal));
            if (step is null) continue;
            var named = role.Primary.Technologies.Where(t => step.Detail.Contains(t.Name, StringComparison.Ordinal) && OfficeWork.IsGenericFor(data.Catalog.WorkKindOf(role.Primary.Code), t.Name));
            Assert.Empty(named.Select(t => $"{role.Slug}: {t.Name}"));
        }
    }

    [Fact]
    public void Machine_learning_engineers_keep_their_own_tools_fitting_tasks_and_a_cited_median()
    {
        var g = G("machine-learning-engineer");
        Assert.DoesNotContain(g.Tasks, t => t.Contains("survey", StringComparison.OrdinalIgnoreCase) || t.Contains("poll", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(g.Tools);
        Assert.DoesNotContain(g.Technologies, t => t.Name.Contains("printer", StringComparison.OrdinalIgnoreCase) || t.Name.Contains("speaker", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Bureau of Labor Statistics", g.MedianPay.Source, StringComparison.Ordinal);
        Assert.Equal(["Python", "TensorFlow", "PyTorch"], g.Technologies.Take(3).Select(t => t.Name));
    }

    [Fact]
    public void A_python_user_gap_plan_to_machine_learning_engineer_starts_with_what_is_distinctive()
    {
        var (report, problem) = new GapQuery("Python, SQL, pandas, scikit-learn", null, null).Run(data.Space, data.Role("machine-learning-engineer"));
        Assert.Null(problem);
        var firstThree = report!.LearningPlan.Take(3).Select(s => s.Name).ToList();
        Assert.DoesNotContain(firstThree, n => n is "English Language" or "Active Listening" or "Critical Thinking" or "Reading Comprehension");
        var generic = report.LearningPlan.Where(s => s.Name is "English Language" or "Active Listening").Select(s => s.Step);
        Assert.All(generic, step => Assert.True(step > report.LearningPlan.Count(s => s.Stage != "generic")));
    }

    [Fact]
    public void A_nurse_to_family_physician_move_is_never_close_and_says_the_residency_stands_in_the_way()
    {
        var t = TransitionAnalyzer.Analyze(data.Space, data.Role("29-1141.00"), data.Role("29-1215.00"));
        Assert.NotEqual("close move", t.Verdict);
        Assert.Contains(t.Barriers, b => b.Contains("residency", StringComparison.Ordinal));
        Assert.Contains("physician (MD or DO) licence", t.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_other_shell_flags_its_residual_figures_and_points_to_detailed_occupations()
    {
        var g = G("35-2019.00");
        Assert.Contains("residual group", g.Wages!.Note, StringComparison.Ordinal);
        Assert.Contains("Cooks, Fast Food", g.SectionNotes["overview"], StringComparison.Ordinal);
        Assert.DoesNotContain(g.Pros.Concat(g.Cons), p => p.Text.Contains("field", StringComparison.Ordinal));
        Assert.Equal("Start from a detailed occupation", g.Roadmap[0].Title);
        Assert.StartsWith("not enough data", g.SectionNotes["tasks"], StringComparison.Ordinal);
    }
}
