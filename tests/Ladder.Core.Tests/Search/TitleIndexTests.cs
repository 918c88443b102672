using Ladder.Search;

namespace Ladder.Tests.Core.Search;

public sealed class TitleIndexTests(TitleIndexFixture fixture) : IClassFixture<TitleIndexFixture>
{
    private readonly TitleIndex _index = fixture.Index;

    private IReadOnlyList<TitleMatch> Top(string query, int limit = 5) => _index.Search(query, limit).Matches;

    private static string Soc(TitleMatch match) => match.Soc[..7];

    [Theory]
    [InlineData("Sr Accountant", "13-2011")]
    [InlineData("Jr Accountant", "13-2011")]
    [InlineData("Civil Eng", "17-2051")]
    [InlineData("Civil Engr", "17-2051")]
    [InlineData("Restaurant Mgr", "11-9051")]
    [InlineData("Web Dev", "15-1254")]
    [InlineData("SWE", "15-1252")]
    [InlineData("SDE", "15-1252")]
    [InlineData("ML Engineer", "15-2051")]
    [InlineData("AI Engineer", "15-1221")]
    [InlineData("QA Tester", "15-1253")]
    [InlineData("UX Designer", "15-1255")]
    [InlineData("UI Designer", "15-1255")]
    [InlineData("HR Generalist", "13-1071")]
    [InlineData("RN", "29-1141")]
    [InlineData("LPN", "29-2061")]
    [InlineData("CNA", "31-1131")]
    [InlineData("VP Sales", "11-2022")]
    [InlineData("Dir of Nursing", "11-9111")]
    [InlineData("Dental Asst", "31-9091")]
    [InlineData("Sales Assoc", "41-2031")]
    [InlineData("Network Admin", "15-1244")]
    [InlineData("Pharmacy Tech", "29-2052")]
    [InlineData("Payroll Spec", "43-3051")]
    [InlineData("Customer Service Rep", "43-4051")]
    [InlineData("Event Coord", "13-1121")]
    [InlineData("Ops Manager", "11-1021")]
    public void Each_abbreviation_expands_to_the_right_occupation(string query, string soc)
    {
        var top = Top(query);
        Assert.NotEmpty(top);
        Assert.Contains(soc, top.Select(Soc));
    }

    [Theory]
    [InlineData("sr", "senior")]
    [InlineData("jr", "junior")]
    [InlineData("eng", "engineer")]
    [InlineData("engr", "engineer")]
    [InlineData("mgr", "manager")]
    [InlineData("dev", "developer")]
    [InlineData("swe", "software engineer")]
    [InlineData("sde", "software development engineer")]
    [InlineData("ml", "machine learning")]
    [InlineData("ai", "artificial intelligence")]
    [InlineData("qa", "quality assurance")]
    [InlineData("ux", "user experience")]
    [InlineData("ui", "user interface")]
    [InlineData("hr", "human resources")]
    [InlineData("rn", "registered nurse")]
    [InlineData("lpn", "licensed practical nurse")]
    [InlineData("cna", "certified nursing assistant")]
    [InlineData("vp", "vice president")]
    [InlineData("dir", "director")]
    [InlineData("asst", "assistant")]
    [InlineData("assoc", "associate")]
    [InlineData("admin", "administrator")]
    [InlineData("tech", "technician")]
    [InlineData("spec", "specialist")]
    [InlineData("rep", "representative")]
    [InlineData("coord", "coordinator")]
    [InlineData("ops", "operations")]
    public void Abbreviation_table_holds_each_required_entry(string abbreviation, string expansion)
    {
        Assert.Equal(expansion, string.Join(' ', TitleAbbreviations.Table[abbreviation]));
    }

    [Theory]
    [InlineData("Sofware Developer", "15-1252", "sofware → software")]
    [InlineData("Registred Nurse", "29-1141", "registred → registered")]
    [InlineData("Acountant", "13-2011", "acountant → accountant")]
    [InlineData("Physcial Therapist", "29-1123", "physcial → physical")]
    [InlineData("Graphic Desginer", "27-1024", "desginer → designer")]
    [InlineData("Electricain", "47-2111", "electricain → electrician")]
    public void One_typo_in_a_long_word_is_forgiven_and_reported(string query, string soc, string correction)
    {
        var top = Top(query);
        Assert.Equal(soc, Soc(top[0]));
        Assert.Contains(correction, top[0].Matched);
    }

    [Fact]
    public void Short_words_are_not_typo_corrected()
    {
        // "nurze" is five letters and fixed; "rnn" is three and must not become anything.
        Assert.NotEmpty(Top("nurze"));
        Assert.Empty(Top("rnn"));
    }

    [Theory]
    [InlineData("Senior Accountant", "senior")]
    [InlineData("Sr. Accountant II", "senior, level 2")]
    [InlineData("Accountant III", "level 3")]
    [InlineData("Accountant Level 2", "level 2")]
    [InlineData("Lead Accountant", "lead")]
    [InlineData("Principal Accountant", "principal")]
    [InlineData("Staff Accountant IV", "staff, level 4")]
    [InlineData("Jr Accountant - JC60", "junior")]
    [InlineData("Accountant - Req 2231 - US", null)]
    [InlineData("Accountant #4512 - Remote", null)]
    public void Seniority_and_posting_noise_do_not_decide_the_occupation(string query, string? seniority)
    {
        var result = _index.Search(query);
        Assert.Equal("13-2011", Soc(result.Matches[0]));
        Assert.True(result.Matches[0].Exact, result.Matches[0].Matched);
        Assert.Equal(seniority, result.Seniority);
        Assert.All(result.Matches, m => Assert.Equal(seniority, m.Seniority));
    }

    [Fact]
    public void Machine_learning_engineer_is_ambiguous_between_three_occupations_and_the_curated_role()
    {
        var top = Top("machine learning engineer", 10);
        var codes = top.Where(m => m.Score == 1.0).Select(m => m.Code).ToList();
        Assert.Equal("machine-learning-engineer", codes[0]);
        Assert.Equal(["15-1221.00", "15-1299.08", "15-2051.00"], codes.Skip(1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Aeronautics Commission Director", "11-1011.00")]
    [InlineData("Arts and Humanities Council Director", "11-1011.00")]
    [InlineData("Software Engineer", "15-1252.00")]
    public void An_exact_alternate_title_ranks_first(string query, string code)
    {
        var top = Top(query);
        Assert.Equal(code, top[0].Code);
        Assert.True(top[0].Exact);
        Assert.Equal(1.0, top[0].Score);
        Assert.StartsWith("exact alternate title", top[0].Matched);
        Assert.All(top.Skip(1).Where(m => !m.Exact), m => Assert.True(m.Score < 1.0));
    }

    [Theory]
    // A catch-all's own title reads as the bare noun once "All Other" goes, and "F and B Manager" or "Web3 Developer"
    // once their initials go: none of them is the exact title a reader typing the noun means.
    [InlineData("developer", "15-1252.00")]
    [InlineData("cook", "35-20")]
    [InlineData("engineer", "17-2")]
    public void A_bare_noun_opens_a_specific_occupation_that_has_it_as_a_title(string query, string codePrefix)
    {
        var top = Top(query);
        Assert.StartsWith(codePrefix, top[0].Code);
        Assert.True(top[0].Exact);
        Assert.DoesNotContain("All Other", top[0].Role.Title);
        Assert.False(top[0].Role.IsCurated);
    }

    [Theory]
    // O*NET files "Internal Medicine Physician" under Pediatric Surgeons only; General Internal Medicine Physicians
    // holds every word in its own title, ties with the alternate title, and fits the words far better.
    [InlineData("internal medicine physician", "29-1216.00", "29-1243.00")]
    public void An_own_title_holding_every_word_ties_with_another_occupations_alternate_title(string query, string owner, string alternate)
    {
        var top = Top(query);
        Assert.Equal(owner, top[0].Code);
        Assert.True(top[0].HoldsEveryWord);
        Assert.False(top[0].Exact);
        Assert.Equal(1.0, top[0].Score);
        Assert.StartsWith("every word in its occupation title", top[0].Matched);
        var other = Assert.Single(top, m => m.Code == alternate);
        Assert.True(other.Exact);
        Assert.StartsWith("exact alternate title", other.Matched);
    }

    [Theory]
    // "Medical Appliance Technicians" holds both words of "appliance technician" but is narrower: it ties with Home
    // Appliance Repairers' exact alternate title and comes after it. A curated specialty ("Embedded Software
    // Engineer") never stands for the general title.
    [InlineData("technician appliance", "49-9031.00")]
    [InlineData("software engineer", "15-1252.00")]
    public void An_exact_alternate_title_keeps_first_place_over_a_narrower_own_title(string query, string code)
    {
        var top = Top(query, 10);
        Assert.Equal(code, top[0].Code);
        Assert.True(top[0].Exact);
        Assert.DoesNotContain(top, m => m.Role.IsCurated && m.Score >= 1.0);
    }

    [Fact]
    public void Own_titles_settle_nothing_without_an_exact_title_to_weigh_against()
    {
        // No role has "air crew supervisor" as a title, so "First-Line Supervisors of Air Crew Members", which holds
        // all three words, is overlap like any other title.
        var top = Top("air crew supervisor", 10);
        Assert.DoesNotContain(top, m => m.HoldsEveryWord || m.Score >= 1.0);
    }

    [Fact]
    public void A_catch_all_title_is_evidence_for_the_catch_all_but_not_an_exact_match()
    {
        var top = Top("manager");
        var catchAll = Assert.Single(top, m => m.Code == "11-9199.00");
        Assert.False(catchAll.Exact);
        Assert.True(catchAll.Score < 1.0);
        Assert.StartsWith("words of occupation title \"Managers, All Other\"", catchAll.Matched);
    }

    [Theory]
    [InlineData("machine learning engineer")]
    [InlineData("programmer analyst")]
    [InlineData("principal")]
    public void Equal_scores_are_ordered_by_classifier_fit_then_bls_employment_and_say_so(string query)
    {
        // Specific occupations first; an "All Other" catch-all (xx-xx99) tied with them comes after and says so.
        var all = Top(query, 20).Where(m => m.Score == 1.0 && !m.Role.IsCurated).ToList();
        var catchAll = all.FindIndex(m => m.Soc[5..7] == "99");
        if (catchAll >= 0)
        {
            Assert.All(all.Skip(catchAll), m => Assert.Equal("99", m.Soc[5..7]));
            Assert.Contains("\"All Other\" catch-all", all[catchAll].Matched);
        }
        var tied = catchAll >= 0 ? all.Take(catchAll).ToList() : all;
        Assert.True(tied.Count >= 2, $"expected a tie for '{query}'");
        Assert.All(tied, m => Assert.Contains("by BLS employment", m.Matched));
        var keys = tied.Select(m => (Step: Fit(m.Matched) / 5, Employment: _index.EstimatedEmployment(m.Role))).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Step).ThenByDescending(k => k.Employment), keys);
    }

    [Fact]
    public void Fits_in_the_same_five_point_step_leave_the_tie_to_employment()
    {
        // "General Manager" is an alternate title of general and operations managers (fit 27%) and of food service
        // managers (28%): no real difference, so the 3.5 million workers decide.
        var top = Top("general manager");
        Assert.Equal(["11-1021.00", "11-9051.00"], top.Take(2).Select(m => m.Code));
        Assert.Equal(Fit(top[0].Matched) / 5, Fit(top[1].Matched) / 5);
        Assert.Contains("in steps of 5 points", top[0].Matched);
    }

    // "classifier fit 26%" in the tie note, or 0 when the fits are equal and the note names employment alone.
    private static int Fit(string matched)
    {
        var match = System.Text.RegularExpressions.Regex.Match(matched, @"classifier fit (\d+)%");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData(null)]
    [InlineData("senior II")]
    [InlineData("Lead - Level 3 - JC60")]
    [InlineData("#4512 2231")]
    [InlineData("zzqxv wwkkj")]
    public void Bad_input_gives_an_explained_empty_result(string? query)
    {
        var result = _index.Search(query);
        Assert.Empty(result.Matches);
        Assert.False(string.IsNullOrWhiteSpace(result.Note));
    }

    [Fact]
    public void Ten_thousand_characters_give_an_explained_empty_result()
    {
        var result = _index.Search(new string('a', 5_000) + new string(' ', 5_000));
        Assert.Empty(result.Matches);
        Assert.Contains("10,000", result.Note);
    }

    [Theory]
    [InlineData("nurse\u0000\u0007\u001b[31m")]
    [InlineData("\uFFFD\uFFFD nurse \uD800")]
    [InlineData("登録看護師 nurse")]
    public void Control_characters_and_broken_text_never_throw(string query)
    {
        var result = _index.Search(query);
        Assert.NotEmpty(result.Matches);
    }

    [Fact]
    public void Sr_ml_eng_has_a_clear_winner_the_curated_role()
    {
        var winner = _index.Search("sr ml eng").ClearWinner();
        Assert.NotNull(winner);
        Assert.Equal("machine-learning-engineer", winner.Code);
    }

    [Fact]
    public void Held_out_titles_are_not_in_the_index()
    {
        var options = new TitleIndexOptions { IncludeReportedTitles = false, ExcludedTitles = ["Aeronautics Commission Director"] };
        var heldOut = TitleIndex.Build(fixture.Catalog, options);
        Assert.True(heldOut.TitleCount < _index.TitleCount);
        Assert.False(heldOut.Search("Aeronautics Commission Director").Matches.FirstOrDefault()?.Exact ?? false);
    }

    [Fact]
    public void Scores_stay_between_zero_and_one()
    {
        foreach (var query in new[] { "nurse", "software", "truck driver nights", "data", "teacher kindergarten" })
            Assert.All(Top(query, 20), m => Assert.InRange(m.Score, 0.0, 1.0));
    }

    [Theory]
    [InlineData("A&P Mechanic", "49-3011")]
    [InlineData("A/R Specialist", "43-3031")]
    public void Abbreviations_added_with_the_search_tuning_find_the_occupation(string query, string soc)
    {
        // "A/R Specialist" is an exact O*NET alternate title of two occupations; the classifier orders the tie.
        var top = Top(query);
        Assert.True(top[0].Exact, top[0].Matched);
        Assert.Contains(soc, top.Where(m => m.Exact).Select(Soc));
    }

    [Theory]
    [InlineData("Operations Manager", "11-1021")]
    [InlineData("Ops Mgr", "11-1021")]
    [InlineData("Computer Programmer", "15-1251")]
    [InlineData("Program Manager", "11-")]
    public void Operator_and_operations_and_programmer_and_program_are_different_jobs(string query, string socPrefix)
    {
        Assert.StartsWith(socPrefix, Soc(Top(query)[0]));
    }

    [Theory]
    [InlineData("Tax Senior (CPA) - Busy Season")]
    [InlineData("Audit Senior")]
    public void A_seniority_word_used_as_the_noun_names_the_job(string query)
    {
        var result = _index.Search(query);
        Assert.Equal("13-2011", Soc(result.Matches[0]));
        Assert.Equal("senior", result.Seniority);
    }

    [Theory]
    [InlineData("Sales Manager")]
    [InlineData("Ops Mgr")]
    [InlineData("RN ICU nights")]
    [InlineData("Warehouse Worker - Immediate Hire")]
    [InlineData("manager")]
    [InlineData("assistant store manager retail")]
    public void The_answer_does_not_depend_on_how_many_results_are_asked_for(string query)
    {
        // A batch asks for one match, the search box for eight, the API for up to a hundred: the nearest-title vote
        // looks across all roles, so every limit must score the same titles and agree on each match it shows (a tie
        // note counts only the ties shown, so it is compared up to that note).
        var hundred = _index.Search(query, 100).Matches;
        foreach (var limit in new[] { 1, 8, 10 })
        {
            var some = _index.Search(query, limit).Matches;
            Assert.Equal(hundred.Take(some.Count).Select(Key), some.Select(Key));
        }

        static (string, double, string) Key(TitleMatch m) => (m.Code, m.Score, m.Matched.Split("; tied")[0]);
    }

    [Fact]
    public void An_unseen_title_is_ranked_by_its_head_noun_and_the_evidence_of_many_titles()
    {
        // "Sales Manager" and every title normalizing to it are held out: the answer must come from other titles.
        var options = new TitleIndexOptions { IncludeReportedTitles = false, ExcludedTitles = ["Sales Manager", "Operations Manager"] };
        var heldOut = TitleIndex.Build(fixture.Catalog, options);
        Assert.Equal("11-2022", heldOut.Search("Sales Manager").Matches[0].Soc[..7]);
        Assert.StartsWith("11-", heldOut.Search("Operations Manager").Matches[0].Soc);
    }
}
