using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>The May 2024 table is the last with top-coded (#) cells, shown as "≥ $239,200" and never as zero.</summary>
public sealed class TopCodedWageTests(May2024Catalog may2024) : IClassFixture<May2024Catalog>
{
    [Fact]
    public void Financial_managers_top_coded_90th_percentile_shows_as_at_least_the_top_code()
    {
        var guide = may2024.Guide("11-3031.00");

        Assert.Equal("May 2024", guide.MedianPay.AsOf);
        Assert.Equal(161700m, guide.MedianPay.Amount);
        Assert.Null(guide.Wages!.P90);
        Assert.Equal("≥ $239,200", guide.Wages.Display.P90);
        Assert.Equal(214210m, guide.Levels[3].PayLow);
        Assert.Null(guide.Levels[3].PayHigh);
        Assert.Equal("$214,210 – ≥ $239,200", guide.Levels[3].PayDisplay);
        Assert.Contains("90th ≥ $239,200", GuideMarkdown.Render(guide));
    }

    [Fact]
    public void Anesthesiologists_top_coded_median_shows_as_at_least_the_top_code()
    {
        var guide = may2024.Guide("29-1211.00");

        Assert.Null(guide.MedianPay.Amount);
        Assert.Equal("≥ $239,200", guide.MedianPay.Display);
        // Residents are paid by their programme: no percentile band is shown as their wage.
        Assert.Null(guide.Levels[0].PayLow);
        Assert.Equal(124_450m, guide.Levels[1].PayLow);
        Assert.Equal("≥ $239,200", guide.Levels[2].PayDisplay);
        Assert.Equal("≥ $239,200", guide.Levels[3].PayDisplay);
        Assert.Equal(239_200m, guide.Levels[3].PayLow);
        Assert.DoesNotContain(guide.Levels, l => l.PayLow == 0 || l.PayHigh == 0);
        Assert.Contains("residency programme", guide.Levels[0].PaySource, StringComparison.Ordinal);
        Assert.Contains(guide.Pros, p => p.Text == "Pays well above the typical U.S. job" && p.Reason.Contains("≥ $239,200"));
    }
}
