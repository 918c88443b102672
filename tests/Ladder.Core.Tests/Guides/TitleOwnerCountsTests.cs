using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// The "Also called" ranking reads how many occupations list each alternate title from counts kept per occupation;
/// they must be the counts the whole normalized-title dictionary gives.
/// </summary>
public sealed class TitleOwnerCountsTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Fact]
    public void Every_occupations_kept_counts_equal_the_plain_dictionary_lookups()
    {
        var evidence = GuideEvidence.For(shipped.Catalog);
        var plain = GuideEvidence.CountTitleOwners(shipped.Catalog);
        var shared = 0;
        foreach (var o in shipped.Catalog.Occupations)
        {
            var kept = evidence.OwnerCounts(o);
            Assert.Equal(GuideEvidence.PlainOwnerCounts(o, plain), kept);
            shared += kept.Count(c => c > 1);
        }
        Assert.True(shared > 1000, $"only {shared} alternate titles are listed by more than one occupation: the test would not see a wrong count");
    }

    [Fact]
    public void An_occupation_from_another_catalog_gets_the_plain_counts()
    {
        var o = shipped.Catalog.Occupations.First(x => x.AlternateTitles.Count > 5);
        var copy = o with { Title = o.Title + " (copy)" };
        Assert.Equal(GuideEvidence.PlainOwnerCounts(o, GuideEvidence.CountTitleOwners(shipped.Catalog)), GuideEvidence.For(shipped.Catalog).OwnerCounts(copy));
    }
}
