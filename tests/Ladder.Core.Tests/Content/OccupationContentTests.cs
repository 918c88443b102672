using Ladder.Catalog;
using Ladder.Content;
using Ladder.Guides;
using Ladder.Occupations;
using Ladder.Storage;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Content;

/// <summary>
/// content/occupations: every occupation's domain and pay basis by exact code, validated at import with file:line:column
/// errors that name the code, and docs/domains.md generated from it.
/// </summary>
public sealed class OccupationContentTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private static readonly Dictionary<string, string> Three = new()
    {
        ["15-1252.00"] = "Software Developers", ["29-1141.00"] = "Registered Nurses", ["15-1212.00"] = "Information Security Analysts",
    };

    private const string Domains = """
        - domain: Software Engineering
          why: Computer occupations
          occupations:
            - 15-1252.00
        - domain: Security
          why: Information security
          occupations: [15-1212.00]
        - domain: Healthcare
          why: SOC 29 and 31
          occupations:
            - 29-1141.00
        """;

    private const string PayBasis = """
        hourly:
          - 29-1141.00
        annual:
          - 15-1252.00
          - 15-1212.00
        """;

    private static OccupationContent Load(string domains, string payBasis) =>
        OccupationContentLoader.Load(("/x/domains.yaml", domains), ("/x/pay-basis.yaml", payBasis), Three);

    private static IReadOnlyList<ContentError> Fails(string domains, string payBasis) =>
        Assert.Throws<ContentException>(() => Load(domains, payBasis)).Errors;

    [Fact]
    public void Valid_files_give_each_occupation_its_domain_and_pay_basis()
    {
        var content = Load(Domains, PayBasis);
        Assert.Equal("Security", content.DomainOf("15-1212.00"));
        Assert.Equal("Healthcare", content.DomainOf("29-1141.00"));
        Assert.True(content.IsUsuallyHourly("29-1141.00"));
        Assert.False(content.IsUsuallyHourly("15-1252.00"));
        Assert.Equal(["Software Engineering", "Security", "Healthcare"], content.Domains.Select(d => d.Name));
    }

    [Fact]
    public void An_occupation_in_no_domain_is_named_with_its_code_and_title()
    {
        var e = Assert.Single(Fails(Domains.Replace("- domain: Security\n  why: Information security\n  occupations: [15-1212.00]\n", "", StringComparison.Ordinal), PayBasis));
        Assert.Equal("domains.yaml", e.File);
        Assert.Contains("15-1212.00 Information Security Analysts is in no domain", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupation_in_two_domains_is_refused_at_the_second_listing_naming_the_first()
    {
        var e = Assert.Single(Fails(Domains.Replace("    - 29-1141.00", "    - 29-1141.00\n    - 15-1252.00", StringComparison.Ordinal), PayBasis));
        Assert.Equal(("domains.yaml", 12, 7), (e.File, e.Line, e.Column));
        Assert.Contains("15-1252.00 Software Developers is already in domain 'Software Engineering' at domains.yaml:4:7", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_and_a_code_under_both_pay_bases_are_refused_at_their_positions()
    {
        var errors = Fails(Domains.Replace("occupations: [15-1212.00]", "occupations: [15-1212.00, 99-9999.00]", StringComparison.Ordinal),
            PayBasis.Replace("  - 29-1141.00", "  - 29-1141.00\n  - 15-1252.00", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "domains.yaml" && e.Line == 7 && e.Message.Contains("unknown occupation '99-9999.00'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "pay-basis.yaml" && e.Line == 5 && e.Message.Contains("15-1252.00 Software Developers is already under 'hourly' at pay-basis.yaml:3:5", StringComparison.Ordinal));
    }

    [Fact]
    public void An_occupation_under_neither_pay_basis_is_named()
    {
        var e = Assert.Single(Fails(Domains, PayBasis.Replace("\n  - 15-1212.00", "", StringComparison.Ordinal)));
        Assert.Contains("15-1212.00 Information Security Analysts is under neither 'hourly' nor 'annual'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15-1212.00", "Security")]
    [InlineData("15-1299.09", "Management")]
    [InlineData("27-1021.00", "Product & Design")]
    [InlineData("29-1141.00", "Healthcare")]
    [InlineData("53-3032.00", "Transportation & Logistics")]
    public void The_shipped_catalog_reads_each_domain_from_content(string code, string domain)
    {
        Assert.Equal(domain, shipped.Catalog.RoleForCode(code)!.Domain);
        Assert.Equal(domain, shipped.Guide(code).Domain);
    }

    [Fact]
    public void Hourly_figures_show_where_the_pay_basis_says_hourly_and_nowhere_else()
    {
        var nurses = shipped.Guide("29-1141.00");
        Assert.True(shipped.Catalog.IsUsuallyHourlyWork(OccupationCode.Parse("29-1141.00")));
        Assert.NotNull(nurses.MedianPay.HourlyDisplay);
        var developers = shipped.Guide("15-1252.00");
        Assert.False(shipped.Catalog.IsUsuallyHourlyWork(OccupationCode.Parse("15-1252.00")));
        Assert.Null(developers.MedianPay.HourlyDisplay);
    }

    [Fact]
    public void Every_shipped_occupation_has_a_domain_and_the_shipped_folder_loads_what_the_catalog_holds()
    {
        var titles = shipped.Catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title);
        var loaded = OccupationContentLoader.LoadFolder(Path.Combine(RepoRoot(), "content", "occupations"), titles);
        Assert.Equal(loaded.Domains.Select(d => (d.Name, d.Occupations.Count)), shipped.Catalog.OccupationContent.Domains.Select(d => (d.Name, d.Occupations.Count)));
        Assert.DoesNotContain(shipped.Catalog.Roles, r => r.Domain == OccupationContent.NoDomain);
    }

    [Fact]
    public void Docs_domains_is_generated_from_the_content()
    {
        var path = Path.Combine(RepoRoot(), "docs", "domains.md");
        var rendered = DomainsDoc.Render(shipped.Catalog.OccupationContent, shipped.Catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title));
        // LADDER_WRITE_DOCS=1 dotnet test ... --filter Docs_domains rewrites the page after a content change.
        if (Environment.GetEnvironmentVariable("LADDER_WRITE_DOCS") == "1") File.WriteAllText(path, rendered);
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == rendered,
            "docs/domains.md is out of date: run `LADDER_WRITE_DOCS=1 dotnet test tests/Ladder.Core.Tests -c Release --filter Docs_domains`.");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) dir = dir.Parent;
        return dir!.FullName;
    }
}
