using Ladder.Content;
using Ladder.Outlook;

namespace Ladder.Tests.Core.Outlook;

/// <summary>Bad credential files are rejected whole, each problem located by file:line:column.</summary>
public sealed class CredentialLoaderTests
{
    private static readonly CredentialContext Context = new(
        new HashSet<string> { "29-1141.00", "47-2111.00", "15-2051.00", "15-2051.01" },
        new HashSet<string> { "machine-learning-engineer" },
        code => code.StartsWith("29-1141", StringComparison.Ordinal) ? "https://www.bls.gov/ooh/healthcare/registered-nurses.htm" : null);

    private const string Valid = """
        - codes: [29-1141]
          source: ooh
          reviewed: 2026-12-01
          credentials:
            - {name: NCLEX-RN, kind: exam, issuer: NCSBN, status: required, time: one exam}
        - codes: [15-2051, 15-2051.01]
          roles: [machine-learning-engineer]
          source: https://www.careeronestop.org/Toolkit/Training/find-licenses.aspx
          reviewed: 2026-12-01
          none: No licence is required.
        """;

    private static IReadOnlyList<CredentialEntry> Load(params (string File, string Yaml)[] files) => CredentialLoader.LoadFiles(files, Context);

    private static ContentError Fails(string yaml) =>
        Assert.Single(Assert.Throws<ContentException>(() => Load(("bad.yaml", yaml))).Errors);

    [Fact]
    public void A_valid_file_reads_credentials_none_entries_codes_and_roles()
    {
        var entries = Load(("ok.yaml", Valid));

        Assert.Equal(2, entries.Count);
        Assert.Equal(["29-1141.00"], entries[0].Codes);
        Assert.Equal(Credential.HandbookSource, entries[0].Credentials[0].Source);
        Assert.Equal(["15-2051.00", "15-2051.01"], entries[1].Codes);
        Assert.Equal(["machine-learning-engineer"], entries[1].Roles);
        Assert.True(entries[1].Credentials[0].IsNone);
    }

    [Fact]
    public void An_unknown_status_names_the_allowed_values_at_its_position()
    {
        var e = Fails(Valid.Replace("status: required", "status: mandatory"));

        Assert.Equal(("bad.yaml", 5), (e.File, e.Line));
        Assert.Contains("'mandatory' is not a valid status; expected one of: required, common, optional", e.Message);
    }

    [Fact]
    public void A_missing_issuer_is_reported()
    {
        var e = Fails(Valid.Replace("issuer: NCSBN, ", ""));

        Assert.Equal(5, e.Line);
        Assert.Contains("missing required 'issuer'", e.Message);
    }

    [Fact]
    public void An_unknown_code_is_reported_where_it_is_written()
    {
        var e = Fails(Valid.Replace("codes: [29-1141]", "codes: [29-9999]"));

        Assert.Equal((1, 11), (e.Line, e.Column));
        Assert.Contains("unknown code '29-9999'", e.Message);
    }

    [Fact]
    public void The_handbook_source_needs_an_occupation_that_bls_links_to_a_handbook_page()
    {
        var e = Fails(Valid.Replace("codes: [29-1141]", "codes: [47-2111]"));

        Assert.Equal(2, e.Line);
        Assert.Contains("BLS links no Handbook page to 47-2111.00", e.Message);
    }

    [Fact]
    public void A_review_date_must_be_a_real_date()
    {
        var e = Fails(Valid.Replace("reviewed: 2026-12-01\n  credentials", "reviewed: 2026-13-01\n  credentials"));

        Assert.Equal(3, e.Line);
        Assert.Contains("'2026-13-01' is not a date", e.Message);
    }

    [Fact]
    public void An_entry_with_both_credentials_and_none_is_refused()
    {
        var e = Fails(Valid.Replace("  none: No licence is required.", "  none: No licence is required.\n  credentials: [{name: x, kind: exam, issuer: y, status: optional, time: z}]"));

        Assert.Contains("exactly one of 'credentials'", e.Message);
    }

    [Fact]
    public void An_unknown_key_is_reported()
    {
        var e = Fails(Valid.Replace("    - {name: NCLEX-RN,", "    - {nmae: x, name: NCLEX-RN,"));

        Assert.Equal(5, e.Line);
        Assert.Contains("unknown key 'nmae'", e.Message);
    }

    [Fact]
    public void A_plain_http_source_is_refused()
    {
        var e = Fails(Valid.Replace("https://www.careeronestop.org", "http://www.careeronestop.org"));

        Assert.Equal(8, e.Line);
        Assert.Contains("is not an https URL or 'ooh'", e.Message);
    }

    [Fact]
    public void The_same_code_in_two_files_is_refused_with_both_places()
    {
        var ex = Assert.Throws<ContentException>(() => Load(("a.yaml", Valid), ("b.yaml", Valid.Split("- codes: [15-2051")[0])));

        var e = Assert.Single(ex.Errors);
        Assert.Equal("b.yaml", e.File);
        Assert.Contains("'29-1141.00' already has credentials at a.yaml:1", e.Message);
    }

    [Fact]
    public void A_yaml_syntax_error_is_located()
    {
        var e = Fails("- codes: [29-1141\n  none: x\n");

        Assert.Equal((1, 10), (e.Line, e.Column));
        Assert.Contains("YAML syntax error: this [ or { is never closed", e.Message);
    }
}
