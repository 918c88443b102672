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

    private const string WorkKinds = """
        computer:
          - 15-1252.00
          - 15-1212.00
        other:
          - 29-1141.00
        """;

    private static OccupationContent Load(string domains, string payBasis, string workKinds = WorkKinds) =>
        OccupationContentLoader.Load(("/x/domains.yaml", domains), ("/x/pay-basis.yaml", payBasis), ("/x/work-kinds.yaml", workKinds), Three);

    private static IReadOnlyList<ContentError> Fails(string domains, string payBasis, string workKinds = WorkKinds) =>
        Assert.Throws<ContentException>(() => Load(domains, payBasis, workKinds)).Errors;

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

    [Fact]
    public void Work_kinds_place_each_occupation_once_and_refuse_gaps_repeats_and_unknown_kinds_at_their_positions()
    {
        Assert.Equal(WorkKind.Computer, Load(Domains, PayBasis).WorkKindOf("15-1212.00"));
        Assert.Equal(WorkKind.Other, Load(Domains, PayBasis).WorkKindOf("29-1141.00"));
        var missing = Assert.Single(Fails(Domains, PayBasis, WorkKinds.Replace("\n  - 15-1212.00", "", StringComparison.Ordinal)));
        Assert.Equal("work-kinds.yaml:1:1: 15-1212.00 Information Security Analysts is under none of 'office', 'computer', 'media-and-sales', 'military', 'other': list it under one.", missing.ToString());
        var twice = Assert.Single(Fails(Domains, PayBasis, WorkKinds + "\nmilitary:\n  - 15-1252.00\n"));
        Assert.Equal("work-kinds.yaml:7:5: 15-1252.00 Software Developers is already under 'computer' at work-kinds.yaml:2:5; list each occupation once.", twice.ToString());
        var unknown = Fails(Domains, PayBasis, WorkKinds.Replace("other:", "clinical:", StringComparison.Ordinal));
        Assert.Contains(unknown, e => e.File == "work-kinds.yaml" && e.Line == 4 && e.Column == 1 && e.Message.StartsWith("unknown key 'clinical'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_work_kinds_keep_the_major_group_rules_they_replaced_for_every_occupation()
    {
        // Before work-kinds.yaml, C# decided by SOC major group: office work 11, 13, 43; computer work 15; media and
        // sales 27, 41; military 55. The data must say the same for all 1,016 occupations, and so must the software
        // rule that reads it, for every technology O*NET lists.
        var checkedPairs = 0;
        foreach (var o in shipped.Catalog.Occupations)
        {
            var group = o.Code.MajorGroup;
            var old = group is "11" or "13" or "43" ? WorkKind.Office : group == "15" ? WorkKind.Computer
                : group is "27" or "41" ? WorkKind.MediaAndSales : group == "55" ? WorkKind.Military : WorkKind.Other;
            Assert.Equal(old, shipped.Catalog.WorkKindOf(o.Code));
            foreach (var t in o.Technologies)
            {
                var oldGeneric = old is not WorkKind.Office && (old is WorkKind.Computer ? IsSocial(t.Name)
                    : OfficeWork.IsOfficeSoftware(t.Name) || IsErp(t.Name) || (old is not WorkKind.MediaAndSales && IsSocial(t.Name)));
                Assert.Equal(oldGeneric, OfficeWork.IsGenericFor(shipped.Catalog.WorkKindOf(o.Code), t.Name));
                checkedPairs++;
            }
        }
        Assert.True(checkedPairs > 10_000, $"only {checkedPairs} technologies checked");
        Assert.Contains("a military occupation", shipped.Guide("55-1011.00").SectionNotes["overview"], StringComparison.Ordinal);
    }

    private static bool IsSocial(string name) => OfficeWork.IsEverywhere(name) && !OfficeWork.IsOfficeSoftware(name) && !IsErp(name);

    private static bool IsErp(string name) =>
        new[] { "SAP software", "SAP ERP", "Oracle JD Edwards", "Oracle PeopleSoft", "Microsoft Dynamics", "NetSuite", "Enterprise resource planning" }
            .Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

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
