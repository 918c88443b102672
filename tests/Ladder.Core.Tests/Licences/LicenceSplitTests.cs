using Ladder.Engine;
using Ladder.Licences;
using Ladder.Occupations;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Licences;

/// <summary>
/// Occupations whose work needs different credentials hold different decisions: an EMT's licence is not a paramedic's,
/// and a rated seaman's Merchant Mariner Credential is not an officer's endorsement. The higher one includes the one it
/// builds on, so the rung below stays a way in and a move down crosses no licence.
/// </summary>
public sealed class LicenceSplitTests
{
    private static LadderEngine Engine => SharedEngine.Instance;

    private static LicenceDecision For(string code) => Engine.Catalog.Outlook.Licences.For(OccupationCode.Parse(code))!;

    [Theory]
    [InlineData("29-2043.00", "29-2042.00", "Paramedic licence", "emt")]
    [InlineData("53-5021.00", "53-5011.00", "deck officer endorsement", "mmc-rating")]
    [InlineData("53-5031.00", "53-5011.00", "engineer officer endorsement", "mmc-rating")]
    public void The_higher_rung_has_its_own_credential_and_includes_the_one_below(string higher, string lower, string credential, string below)
    {
        var (h, l) = (For(higher), For(lower));
        Assert.NotEqual(h.Key, l.Key);
        Assert.Contains(credential, h.Credential, StringComparison.Ordinal);
        Assert.DoesNotContain(credential, l.Credential, StringComparison.Ordinal);
        Assert.Equal(below, l.Key);
        Assert.Equal(below, h.Includes[0]);
        Assert.Null(LicenceBook.Crossed(h, l));
        Assert.NotNull(LicenceBook.Crossed(l, h));
        Assert.True(h.RequiredToWork && l.RequiredToWork);
    }

    [Fact]
    public void Each_decision_cites_a_source_for_its_own_credential()
    {
        Assert.StartsWith("https://www.ecfr.gov/current/title-46/chapter-I/subchapter-B/part-11", For("53-5021.00").Source, StringComparison.Ordinal);
        Assert.StartsWith("https://www.bls.gov/ooh/transportation-and-material-moving/water-transportation", For("53-5011.00").Source, StringComparison.Ordinal);
        Assert.Contains("NREMT) Paramedic exam", For("29-2043.00").Exam, StringComparison.Ordinal);
        Assert.Contains("NREMT) EMT exam", For("29-2042.00").Exam, StringComparison.Ordinal);
    }
}
