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

    // Two physician specialties under one residency decision: which residency trains for each is data, sourced.
    private static readonly LicenceContext Physicians = new(
        new Dictionary<string, string> { ["29-1216.00"] = "General Internal Medicine Physicians", ["29-1229.02"] = "Hospitalists", ["29-1211.00"] = "Anesthesiologists" },
        null, new DateOnly(2026, 12, 6));

    private const string Residencies = """
        - codes: [29-1216.00, 29-1229.02, 29-1211.00]
          kind: every-state
          credential: Physician (MD or DO) licence
          issuer: the state medical board
          key: md
          training: {route: residency, minYears: 3, maxYears: 7, detail: Residency in the specialty}
          residencies:
            - {residency: internal medicine, codes: [29-1216.00, 29-1229.02], source: "https://abim.org/"}
            - {residency: anesthesiology, codes: [29-1211.00], source: "https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm"}
          source: https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm
          reviewed: 2026-12
        """;

    private static LicenceBook LoadPhysicians(string yaml) => LicenceLoader.LoadFiles([("29-health.yaml", yaml)], Physicians);

    [Fact]
    public void Each_specialty_carries_the_residencies_that_train_for_it()
    {
        var book = LoadPhysicians(Residencies);
        Assert.Equal(["internal medicine"], book.For(Ladder.Occupations.OccupationCode.Parse("29-1229.02"))!.Residencies);
        Assert.Equal(["anesthesiology"], book.For(Ladder.Occupations.OccupationCode.Parse("29-1211.00"))!.Residencies);
    }

    [Theory]
    [InlineData("    - {residency: anesthesiology, codes: [29-1211.00], source: \"https://www.bls.gov/ooh/healthcare/physicians-and-surgeons.htm\"}\n", "",
        "29-1211.00 is in no residency")]
    [InlineData("codes: [29-1211.00], source", "codes: [29-1141.00], source", "'29-1141.00' is not one of this decision's codes")]
    [InlineData("source: \"https://abim.org/\"", "source: abim", "'abim' is not a web address")]
    [InlineData("{residency: internal medicine, ", "{", "missing 'residency'")]
    [InlineData("route: residency", "route: programme", "'residencies' is only for a decision whose training route is 'residency'")]
    public void A_bad_residency_is_refused_at_its_position(string from, string to, string message)
    {
        var errors = Assert.Throws<ContentException>(() => LoadPhysicians(Residencies.Replace(from, to, StringComparison.Ordinal))).Errors;
        Assert.Contains(errors, e => e.Message.StartsWith(message, StringComparison.Ordinal) && e.File == "29-health.yaml" && e.Line >= 7 && e.Column > 1);
    }

    [Fact]
    public void A_residency_decision_for_several_specialties_must_place_each()
    {
        var yaml = string.Join('\n', Residencies.Split('\n').Where(l => !l.Contains("residenc", StringComparison.Ordinal) || l.Contains("route", StringComparison.Ordinal)));
        var e = Assert.Single(Assert.Throws<ContentException>(() => LoadPhysicians(yaml)).Errors);
        Assert.Equal((1, 3), (e.Line, e.Column));
        Assert.StartsWith("a residency decision for 3 occupations needs 'residencies'", e.Message, StringComparison.Ordinal);
    }
}
