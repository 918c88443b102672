using Ladder.Content;
using Ladder.Guides;

namespace Ladder.Tests.Core.Guides;

/// <summary>Bad family files are rejected whole, each problem named with the code and file:line:column.</summary>
public sealed class FamilyLoaderTests
{
    private static readonly Dictionary<string, string> Occupations = new()
    {
        ["47-2111.00"] = "Electricians", ["45-4021.00"] = "Fallers", ["15-1252.00"] = "Software Developers",
    };

    private const string Trades = """
        name: Construction trades
        hazardous: true
        practice:
          title: Train before you touch the work
          detail: Trades are learned in an apprenticeship.
        stages:
          - level: junior
            label: Apprentice
            years: [0, 4]
            trainee: Paid by the sponsor.
            duties: [Work under a journeyworker]
          - level: mid
            label: Journeyworker
            pay: [25, 50]
            duties: [Complete jobs on your own]
        occupations:
          - 47-2111.00  # Electricians
          - 45-4021.00  # Fallers
        """;

    private const string Computing = """
        name: Computing
        stages:
          - level: junior
            label: Junior
            pay: [10, 25]
            duties: [Deliver tickets]
        occupations:
          - 15-1252.00
        """;

    private static CareerFamilies Load(params (string File, string Yaml)[] files) => FamilyLoader.LoadFiles(files, Occupations);

    private static IReadOnlyList<ContentError> Fails(params (string File, string Yaml)[] files) =>
        Assert.Throws<ContentException>(() => Load(files)).Errors;

    [Fact]
    public void Valid_files_assign_each_occupation_its_family_with_training_and_paid_stages()
    {
        var families = Load(("/x/construction.yaml", Trades), ("/x/computing.yaml", Computing));

        var trades = families.For(Ladder.Occupations.OccupationCode.Parse("47-2111.00"));
        Assert.Equal("construction", trades.Key);
        Assert.True(trades.Stages[0].IsTraining);
        Assert.Equal("0–4 years", trades.Stages[0].Years!.Display);
        Assert.Equal((25, 50), (trades.Stages[1].LowPercentile!.Value, trades.Stages[1].HighPercentile!.Value));
        Assert.Equal("computing", families.For(Ladder.Occupations.OccupationCode.Parse("15-1252.00")).Key);
    }

    [Fact]
    public void A_prior_work_stage_shows_no_band_and_says_whose_pay_it_is()
    {
        var prior = Trades.Replace("trainee: Paid by the sponsor.", "prior: Paid as the helper you are then.", StringComparison.Ordinal);
        var stage = Load(("/x/construction.yaml", prior), ("/x/computing.yaml", Computing)).Find("construction")!.Stages[0];
        Assert.True(stage.PriorWork);
        Assert.True(stage.IsTraining);
        Assert.Null(stage.LowPercentile);
        Assert.Equal("Paid as the helper you are then.", stage.TraineePay);
    }

    [Fact]
    public void An_own_field_lists_codes_of_its_family_and_a_code_of_another_is_refused_at_its_position()
    {
        var field = Computing.Replace("stages:", "ownField:\n  note: Hired on a body of work.\n  occupations: [15-1252.00]\nstages:", StringComparison.Ordinal);
        var own = Load(("/x/construction.yaml", Trades), ("/x/computing.yaml", field)).Find("computing")!.OwnField!;
        Assert.True(own.Contains("15-1252.00"));
        Assert.Equal("Hired on a body of work.", own.Note);

        var e = Assert.Single(Fails(("/x/construction.yaml", Trades), ("/x/computing.yaml", field.Replace("[15-1252.00]", "[47-2111.00]", StringComparison.Ordinal))));
        Assert.Equal(("computing.yaml", 4, 17), (e.File, e.Line, e.Column));
        Assert.Contains("'47-2111.00' in ownField is not among this family's occupations", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unassigned_occupation_is_named_with_its_code_and_title()
    {
        var e = Assert.Single(Fails(("/x/construction.yaml", Trades)));
        Assert.Contains("15-1252.00 Software Developers is in no family", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupation_in_two_families_is_refused_at_the_second_listing_naming_the_first()
    {
        var twice = Computing.Replace("  - 15-1252.00", "  - 15-1252.00\n  - 47-2111.00", StringComparison.Ordinal);
        var e = Assert.Single(Fails(("/x/construction.yaml", Trades), ("/x/computing.yaml", twice)));
        Assert.Equal(("computing.yaml", 9, 5), (e.File, e.Line, e.Column));
        Assert.Contains("47-2111.00 Electricians is already in family 'construction' at construction.yaml:17:5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_refused_at_its_position()
    {
        var e = Assert.Single(Fails(("/x/construction.yaml", Trades), ("/x/computing.yaml", Computing.Replace("15-1252.00", "15-1252.00\n  - 99-9999.00", StringComparison.Ordinal))));
        Assert.Equal(("computing.yaml", 9, 5), (e.File, e.Line, e.Column));
        Assert.Contains("unknown occupation '99-9999.00'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hazardous_family_may_not_invite_the_reader_to_do_a_task()
    {
        var e = Assert.Single(Fails(("/x/construction.yaml", Trades.Replace("Trades are learned in an apprenticeship.", "Volunteer where you can {task}.", StringComparison.Ordinal)),
            ("/x/computing.yaml", Computing)));
        Assert.Equal(("construction.yaml", 4, 3), (e.File, e.Line, e.Column));
    }

    [Theory]
    [InlineData("pay: [25, 50]", "pay: [50, 25]", "'pay' must be [low, high]")]
    [InlineData("pay: [25, 50]", "pay: [25, 60]", "'pay' must be [low, high]")]
    [InlineData("level: mid", "level: junior", "must be above the stage before it")]
    [InlineData("years: [0, 4]", "years: [4, 0]", "'years' must be [from, to]")]
    [InlineData("trainee: Paid by the sponsor.", "pay: [10, 25]\n    trainee: Paid by the sponsor.", "exactly one of 'pay'")]
    [InlineData("hazardous: true", "hazardous: yes please", "'hazardous' must be true or false")]
    [InlineData("trainee: Paid by the sponsor.", "trainee: Paid by the sponsor.\n    prior: Paid as a helper.", "not both")]
    [InlineData("pay: [25, 50]", "prior: Paid as an apprentice.", "only the first stage may be 'prior'")]
    [InlineData("name: Construction trades", "name: Construction trades\ncolour: blue", "unknown key 'colour'")]
    public void A_bad_stage_or_key_is_refused_with_a_specific_message(string from, string to, string message)
    {
        var errors = Fails(("/x/construction.yaml", Trades.Replace(from, to, StringComparison.Ordinal)), ("/x/computing.yaml", Computing));
        Assert.Contains(errors, e => e.File == "construction.yaml" && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
