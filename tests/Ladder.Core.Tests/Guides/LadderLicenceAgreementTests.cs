using System.Text.RegularExpressions;
using Ladder.Licences;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Issue 23 (fam4): a guide's ladder never holds or renews a licence that its own licence decision says does not exist
/// ("Licensed practitioner" beside "No one licence covers this group" for Counselors, All Other). The same rule as
/// bench/content-audit's "sections that contradict".
/// </summary>
public sealed partial class LadderLicenceAgreementTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    // Conditional or someone else's licence is true of every member: "licensed or certified", "a step into licensed work".
    [GeneratedRegex(@"(?<!into )\b[Ll]icensed\b(?! or certified)")]
    private static partial Regex StageLicensed();

    [GeneratedRegex(@"(?<!\bany )\b(licensure|licen[cs]e renewal|the licen[cs]e requires|licensing exam|your licen[cs]e\b(?! or certification)|(?<!business's \w+ and )licen[cs]es current)")]
    private static partial Regex DutyLicence();

    [Fact]
    public void No_stage_of_an_occupation_without_a_licence_holds_one()
    {
        var found = new List<string>();
        foreach (var o in shipped.Catalog.Occupations)
        {
            if (shipped.Catalog.Outlook.Licences.For(o.Code)?.Kind != LicenceKind.None) continue;
            foreach (var stage in shipped.Catalog.Families.For(o.Code).Stages)
            {
                if (StageLicensed().IsMatch(stage.Label)) found.Add($"{o.Code.Value}: {stage.Label}");
                found.AddRange(stage.Responsibilities.Where(d => DutyLicence().IsMatch(d) && !d.StartsWith("Where ", StringComparison.Ordinal) && !d.Contains(" where ", StringComparison.Ordinal))
                    .Select(d => $"{o.Code.Value}: {d}"));
            }
        }
        Assert.Empty(found);
    }

    [Fact]
    public void Counselors_all_other_climb_a_ladder_without_a_licensed_stage()
    {
        var g = shipped.Guide("21-1019.00");
        Assert.Equal(LicenceKind.None, shipped.Catalog.Outlook.Licences.For(Ladder.Occupations.OccupationCode.Parse("21-1019.00"))!.Kind);
        Assert.Equal("community-service", g.LadderFamily);
        Assert.DoesNotContain(g.Levels, l => l.Label.Contains("icensed", StringComparison.Ordinal));
    }
}
