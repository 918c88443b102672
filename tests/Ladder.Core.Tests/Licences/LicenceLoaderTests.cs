using Ladder.Content;
using Ladder.Licences;

namespace Ladder.Tests.Core.Licences;

/// <summary>The import is the compiler for content/licences: every occupation and role decided once, sourced, located on error.</summary>
public sealed class LicenceLoaderTests
{
    private static readonly LicenceContext Context = new(
        new Dictionary<string, string> { ["29-1141.00"] = "Registered Nurses", ["29-1171.00"] = "Nurse Practitioners", ["39-6012.00"] = "Concierges" },
        new HashSet<string> { "machine-learning-engineer" },
        new DateOnly(2026, 12, 6));

    private const string Valid = """
        - codes: [29-1141.00]
          kind: every-state
          credential: Registered nurse (RN) licence
          issuer: the state board of nursing
          exam: NCLEX-RN
          key: rn
          training: {route: programme, minYears: 2, maxYears: 4, detail: An ADN or BSN programme}
          source: https://www.bls.gov/ooh/healthcare/registered-nurses.htm
          reviewed: 2026-12
        - codes: [29-1171.00]
          kind: every-state
          credential: APRN licence
          issuer: the state board of nursing
          key: aprn
          includes: [rn]
          source: https://www.bls.gov/ooh/healthcare/nurse-anesthetists-nurse-midwives-and-nurse-practitioners.htm
          reviewed: unchecked
        - codes: [39-6012.00]
          roles: [machine-learning-engineer]
          kind: none
          instead: Employers look for customer-service experience.
          source: https://www.bls.gov/ooh/personal-care-and-service/concierges.htm
          reviewed: 2026-11
        """;

    private static LicenceBook Load(string yaml) => LicenceLoader.LoadFiles([("29-health.yaml", yaml)], Context);

    private static IReadOnlyList<ContentError> Errors(string yaml) => Assert.Throws<ContentException>(() => Load(yaml)).Errors;

    [Fact]
    public void A_valid_file_decides_each_occupation_and_role_once_with_containment_and_training()
    {
        var book = Load(Valid);

        var rn = book.For(Ladder.Occupations.OccupationCode.Parse("29-1141.00"))!;
        var np = book.For(Ladder.Occupations.OccupationCode.Parse("29-1171.00"))!;
        Assert.Equal(LicenceKind.EveryState, rn.Kind);
        Assert.Equal(4, rn.Training!.MaxYears);
        Assert.Equal("2 to 4 years", rn.Training.Length);
        Assert.True(np.Covers(rn));
        Assert.False(rn.Covers(np));
        Assert.Null(LicenceBook.Crossed(np, rn));
        Assert.Same(np, LicenceBook.Crossed(rn, np));
        Assert.Null(np.Reviewed);
        Assert.Equal(LicenceKind.None, book.ForRole("machine-learning-engineer")!.Kind);
    }

    [Fact]
    public void An_undecided_occupation_is_named_with_a_file_position()
    {
        var yaml = Valid.Replace("codes: [39-6012.00]\n  roles", "roles", StringComparison.Ordinal);

        var e = Assert.Single(Errors(yaml));
        Assert.Equal("29-health.yaml:1:1: 39-6012.00 Concierges has no licence decision: list it in exactly one entry's 'codes'.", e.ToString());
    }

    [Fact]
    public void An_occupation_decided_twice_is_named_at_its_second_position_with_the_first()
    {
        var yaml = Valid.Replace("codes: [29-1171.00]", "codes: [29-1171.00, 29-1141.00]", StringComparison.Ordinal);

        var e = Assert.Single(Errors(yaml));
        Assert.Equal(("29-health.yaml", 10, 23), (e.File, e.Line, e.Column));
        Assert.Equal("29-1141.00 Registered Nurses is decided twice: here and at 29-health.yaml:1:11.", e.Message);
    }

    [Fact]
    public void An_unsourced_decision_is_refused()
    {
        var yaml = Valid.Replace("  source: https://www.bls.gov/ooh/healthcare/registered-nurses.htm\n", "", StringComparison.Ordinal);

        var e = Assert.Single(Errors(yaml));
        Assert.Equal((1, 3), (e.Line, e.Column));
        Assert.StartsWith("unsourced decision", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: every-state\n  credential: Registered", "kind: some-work\n  credential: Registered", "a 'some-work' decision needs 'onlyFor'")]
    [InlineData("kind: every-state\n  credential: Registered", "kind: federal\n  credential: Registered", "a 'federal' decision needs 'agency'")]
    [InlineData("kind: every-state\n  credential: Registered", "kind: required\n  credential: Registered", "'required' is not a licence kind")]
    [InlineData("codes: [29-1141.00]", "codes: [29-1141]", "'29-1141' is not an exact O*NET-SOC code")]
    [InlineData("reviewed: 2026-12\n", "reviewed: 2027-01\n", "'2027-01' is a month still to come")]
    [InlineData("reviewed: 2026-12\n", "reviewed: 2026-12-01\n", "'2026-12-01' is not a month like 2026-12")]
    [InlineData("includes: [rn]", "includes: [lpn]", "'includes' names 'lpn', which no decision has as its 'key'")]
    [InlineData("minYears: 2, maxYears: 4", "minYears: 5, maxYears: 4", "minYears 5 is above maxYears 4")]
    [InlineData("instead: Employers", "credential: Employers", "a 'none' decision needs 'instead'")]
    public void A_bad_decision_is_refused_with_a_specific_message(string from, string to, string message)
    {
        var errors = Errors(Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Message.StartsWith(message, StringComparison.Ordinal) && e.File == "29-health.yaml" && e.Line > 0);
    }
}
