using Ladder.Content;
using Ladder.Storage;

namespace Ladder.Tests.Core.Content;

public sealed class RoleContentValidationTests
{
    private static readonly ContentContext Context = new(
        new HashSet<string> { "15-2051.00", "15-1221.00", "29-1141.00" },
        new HashSet<string> { "data-scientists", "registered-nurses" });

    private const string Valid = """
        title: Test Role
        slug: test-role
        domain: Data & AI
        summary: A role used by tests.
        socCodes: [15-2051.00]
        related: [data-scientists]
        sources:
          - name: BLS
            asOf: "2025-05"
        reviewed: 2026-11
        """;

    private static IReadOnlyList<ContentError> Errors(string yaml, string file = "test-role.yaml")
    {
        try
        {
            RoleContentLoader.LoadFiles([(file, yaml)], Context);
        }
        catch (ContentException ex)
        {
            return ex.Errors;
        }
        throw new Xunit.Sdk.XunitException("expected the content to be rejected");
    }

    [Fact]
    public void Every_shipped_content_file_validates()
    {
        var context = new ContentContext(new HashSet<string>(), new HashSet<string>());
        // Validate against the real catalog's codes and slugs via a full import in the fixture test;
        // here, at least every file must parse and carry the required fields with no codes checked away.
        var files = Directory.GetFiles(LadderPaths.ShippedContent, "*.yaml");
        Assert.True(files.Length >= 40, $"expected at least 40 curated roles, found {files.Length}");
        var ex = Assert.Throws<ContentException>(() => RoleContentLoader.LoadFolder(LadderPaths.ShippedContent, context));
        // With an empty code list the only errors may be unknown codes or O*NET slugs: no syntax, key or type errors.
        Assert.All(ex.Errors, e => Assert.True(
            e.Message.StartsWith("unknown O*NET-SOC code", StringComparison.Ordinal) || e.Message.StartsWith("unknown role slug", StringComparison.Ordinal),
            e.ToString()));
    }

    private static readonly CareerFamilies Families = new(
    [
        new CareerFamily { Key = "computing", Name = "Computing", Stages = [new CareerStage(CareerLevel.Junior, "Junior", 10, 25, ["Deliver tickets"])] },
        new CareerFamily { Key = "management", Name = "Managers", Stages = [new CareerStage(CareerLevel.Junior, "Assistant manager", 10, 25, ["Run a shift"])] },
        new CareerFamily { Key = "construction", Name = "Construction", Stages = [new CareerStage(CareerLevel.Junior, "Apprentice", null, null, ["Learn"], TraineePay: "Paid by the sponsor.")] },
    ], new Dictionary<string, string>());

    private static IReadOnlyList<ContentError> FamilyErrors(string yaml)
    {
        var ex = Assert.Throws<ContentException>(() => RoleContentLoader.LoadFiles([("test-role.yaml", yaml)], Context with { Families = Families }));
        return ex.Errors;
    }

    [Fact]
    public void A_role_climbs_the_family_its_file_names_or_the_computing_family()
    {
        var named = RoleContentLoader.LoadFiles([("test-role.yaml", Valid + "\nfamily: management")], Context with { Families = Families });
        Assert.Equal("management", Assert.Single(named).Family);
        Assert.Equal("computing", Assert.Single(RoleContentLoader.LoadFiles([("test-role.yaml", Valid)], Context with { Families = Families })).Family);
    }

    [Fact]
    public void An_unknown_family_is_refused_at_its_position_naming_the_families()
    {
        var e = Assert.Single(FamilyErrors(Valid + "\nfamily: compting"));
        Assert.Equal(("test-role.yaml", 11, 9), (e.File, e.Line, e.Column));
        Assert.Contains("unknown family 'compting'", e.Message, StringComparison.Ordinal);
        Assert.Contains("computing, management, construction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_that_starts_with_an_unpaid_stage_is_refused_for_a_curated_role()
    {
        var e = Assert.Single(FamilyErrors(Valid + "\nfamily: construction"));
        Assert.Contains("no pay band", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_loads()
    {
        var roles = RoleContentLoader.LoadFiles([("test-role.yaml", Valid)], Context);
        var role = Assert.Single(roles);
        Assert.Equal("test-role", role.Slug);
        Assert.Equal(["15-2051.00"], role.SocCodes);
    }

    public static TheoryData<string, int, int, string> Malformed => new()
    {
        // YAML syntax: an unclosed flow sequence.
        { Valid.Replace("socCodes: [15-2051.00]", "socCodes: [15-2051.00"), 5, 11, "YAML syntax error" },
        // YAML syntax: a key indented under a scalar.
        { Valid.Replace("domain: Data & AI", "domain: Data & AI\n  extra: nope"), 4, 8, "YAML syntax error" },
        // Unknown key, reported at the key itself.
        { Valid + "\nsalary: 5", 11, 1, "unknown key 'salary'" },
        // Missing required field: reported at the mapping's start.
        { Valid.Replace("domain: Data & AI\n", ""), 1, 1, "missing required field 'domain'" },
        // Unknown SOC code, reported at the list item.
        { Valid.Replace("socCodes: [15-2051.00]", "socCodes: [15-2051.00, 99-9999.00]"), 5, 24, "unknown O*NET-SOC code '99-9999.00'" },
        // Not a code at all.
        { Valid.Replace("socCodes: [15-2051.00]", "socCodes: [data]"), 5, 12, "'data' is not an O*NET-SOC code" },
        // Unknown related slug.
        { Valid.Replace("related: [data-scientists]", "related: [data-scientists, no-such-role]"), 6, 28, "unknown role slug 'no-such-role'" },
        // A role listing itself.
        { Valid.Replace("related: [data-scientists]", "related: [test-role]"), 6, 11, "lists the role itself" },
        // Slug must match the file name.
        { Valid.Replace("slug: test-role", "slug: other-role"), 2, 7, "must match the file name" },
        // Pay range with low above high.
        { Valid + """

            levels:
              junior: { responsibilities: [a, b, c], pay: { low: 90000, high: 80000, source: s, asOf: "2025" } }
              mid: { responsibilities: [a, b, c] }
              senior: { responsibilities: [a, b, c] }
              lead: { responsibilities: [a, b, c] }
            """, 12, 54, "low 90000 above high 80000" },
        // A level missing.
        { Valid + """

            levels:
              junior: { responsibilities: [a, b, c] }
            """, 12, 3, "missing level 'mid'" },
        // Wrong type.
        { Valid.Replace("related: [data-scientists]", "related: data-scientists"), 6, 10, "'related' must be a list" },
        // The review date: missing (at the mapping's start), not a month, or a month that has not come yet.
        { Valid.Replace("reviewed: 2026-11", ""), 1, 1, "missing required field 'reviewed'" },
        { Valid.Replace("reviewed: 2026-11", "reviewed: last autumn"), 10, 11, "'reviewed' must be a month like 2026-11" },
        { Valid.Replace("reviewed: 2026-11", "reviewed: 2026-13"), 10, 11, "'reviewed' must be a month like 2026-11" },
        { Valid.Replace("reviewed: 2026-11", "reviewed: 2099-01"), 10, 11, "is not a past month" },
        // Median pay that is not a number.
        { Valid + "\nmedianPay: { amount: lots, source: s, asOf: \"2025\" }", 11, 22, "'amount' must be a positive number" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_content_reports_file_line_and_column(string yaml, int line, int column, string message)
    {
        var errors = Errors(yaml);
        Assert.True(errors.Any(e => e.File == "test-role.yaml" && e.Line == line && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal)),
            $"expected test-role.yaml:{line}:{column}: ...{message}... but got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Duplicate_slugs_across_files_are_rejected()
    {
        var other = Valid.Replace("slug: test-role", "slug: test-role");
        var ex = Assert.Throws<ContentException>(() => RoleContentLoader.LoadFiles([("test-role.yaml", Valid), ("test-role.yml", other)], Context));
        Assert.Contains(ex.Errors, e => e.Message.Contains("duplicate slug 'test-role'", StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_render_as_file_line_column()
    {
        var error = Errors(Valid + "\nsalary: 5").First();
        Assert.Equal($"test-role.yaml:11:1: {error.Message}", error.ToString());
    }
}
