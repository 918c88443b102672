using Ladder.Guides;
using Ladder.Occupations;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Issue 23 (fam4): a detail occupation's stages take pay bands from its parent SOC row only when the row's own occupation
/// climbs the same ladder, and then the stages name the row as the parent's.
/// </summary>
public sealed class StagePayRowTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Theory]
    [InlineData("29-1141.04", "29-1141")] // Clinical Nurse Specialists inside Registered Nurses
    [InlineData("29-1141.02", "29-1141")] // Advanced Practice Psychiatric Nurses
    [InlineData("15-1241.01", "15-1241")] // Telecommunications Engineering Specialists inside Computer Network Architects
    public void A_parent_row_of_another_ladder_gives_no_stage_a_band(string code, string soc)
    {
        var g = shipped.Guide(code);
        Assert.NotEqual(shipped.Catalog.Families.For(OccupationCode.Parse(soc + ".00")).Key, g.LadderFamily);
        var paid = g.Levels.Where(l => !l.PayDisplay.StartsWith("no BLS figure", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(paid);
        Assert.All(paid, l =>
        {
            Assert.Null(l.PayLow);
            Assert.Null(l.PayHigh);
            Assert.Equal(GuideComposer.OtherOccupationStagePay, l.PayDisplay);
            Assert.Contains($"SOC {soc}", l.PaySource, StringComparison.Ordinal);
        });
        Assert.Contains("No pay is shown per stage", g.LevelMethod, StringComparison.Ordinal);
        // Transitions compare stage by stage through the same rule.
        Assert.All(new GuideComposer(shipped.Catalog).LevelPay(shipped.Catalog.RoleForCode(code)!), p => Assert.Null(p.Low));
        // The overview keeps the row's median, named as the parent's.
        Assert.Contains($"SOC {soc}", g.MedianPay.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("41-4011.07", "41-4011")] // Solar Sales Representatives inside the technical sales representatives' row
    [InlineData("29-1141.01", "29-1141")] // Acute Care Nurses: Registered Nurses' own ladder
    public void A_parent_row_on_the_same_ladder_bands_the_stages_and_names_the_row(string code, string soc)
    {
        var g = shipped.Guide(code);
        Assert.Equal(shipped.Catalog.Families.For(OccupationCode.Parse(soc + ".00")).Key, g.LadderFamily);
        var paid = g.Levels.Where(l => !l.PayDisplay.StartsWith("no BLS figure", StringComparison.Ordinal)).ToList();
        Assert.All(paid, l =>
        {
            Assert.NotNull(l.PayLow);
            Assert.Contains($"SOC {soc}", l.PaySource, StringComparison.Ordinal);
            Assert.Contains($"the BLS occupation that includes this one (BLS publishes no separate figures for {code})", l.PaySource, StringComparison.Ordinal);
        });
        Assert.Contains($"percentiles of SOC {soc} ", g.LevelMethod, StringComparison.Ordinal);
    }

    [Fact]
    public void An_occupations_own_row_is_not_labelled_as_a_parents()
    {
        var g = shipped.Guide("29-1141.00");
        Assert.All(g.Levels, l => Assert.DoesNotContain("includes this one", l.PaySource, StringComparison.Ordinal));
        Assert.DoesNotContain("includes this one", g.LevelMethod, StringComparison.Ordinal);
    }
}
