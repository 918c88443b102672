using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;
using Ladder.Content;

namespace Ladder.Tests.Core.Guides;

/// <summary>Guides show the exact BLS OEWS May 2025 figures from the shipped table.</summary>
public sealed class GuideFiguresTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Fact]
    public void Data_scientists_guide_shows_the_bls_may_2025_median()
    {
        var guide = shipped.Guide("15-2051.00");

        Assert.Equal("Data Scientists", guide.Title);
        Assert.Equal(120230m, guide.MedianPay.Amount);
        Assert.Equal("$120,230", guide.MedianPay.Display);
        Assert.Equal("May 2025", guide.MedianPay.AsOf);
        Assert.Contains("Occupational Employment and Wage Statistics, May 2025", guide.MedianPay.Source);
        Assert.Null(guide.MedianPay.Note);
    }

    [Fact]
    public void Data_scientists_guide_shows_the_bls_may_2025_percentiles_and_employment()
    {
        var w = shipped.Guide("15-2051.00").Wages;

        Assert.NotNull(w);
        Assert.Equal("15-2051", w.Soc);
        Assert.Equal("May 2025", w.Release);
        Assert.Equal(67240m, w.P10);
        Assert.Equal(85660m, w.P25);
        Assert.Equal(120230m, w.Median);
        Assert.Equal(158880m, w.P75);
        Assert.Equal(199130m, w.P90);
        Assert.Equal(262440m, w.Employment);
        Assert.Equal("262,440", w.EmploymentDisplay);
        Assert.Equal("$67,240", w.Display.P10);
        Assert.Equal("$199,130", w.Display.P90);
        Assert.Null(w.Note);
    }

    [Fact]
    public void Data_scientists_median_change_is_measured_against_may_2024()
    {
        var w = shipped.Guide("15-2051.00").Wages!;

        // May 2024 median $112,590 → May 2025 $120,230.
        Assert.Equal("May 2024", w.PreviousRelease);
        Assert.Equal(6.8m, w.MedianChangePercent);
    }

    [Fact]
    public void Data_scientists_levels_span_the_bls_percentiles()
    {
        var levels = shipped.Guide("15-2051.00").Levels;

        Assert.Equal([CareerLevel.Junior, CareerLevel.Mid, CareerLevel.Senior, CareerLevel.Lead], levels.Select(l => l.Name));
        Assert.Equal(
            [(67240m, 85660m), (85660m, 120230m), (120230m, 158880m), (158880m, 199130m)],
            levels.Select(l => (l.PayLow!.Value, l.PayHigh!.Value)));
        Assert.Equal("$67,240 – $85,660", levels[0].PayDisplay);
        Assert.Equal("$158,880 – $199,130", levels[3].PayDisplay);
    }

    [Fact]
    public void Data_scientists_markdown_shows_the_pay_range()
    {
        var md = GuideMarkdown.Render(shipped.Guide("15-2051.00"));

        Assert.StartsWith("# Data Scientists: career guide", md);
        Assert.Contains("**National median pay:** $120,230", md);
        Assert.Contains("10th $67,240 · 25th $85,660 · median $120,230 · 75th $158,880 · 90th $199,130", md);
        Assert.Contains("**Employment:** 262,440 (SOC 15-2051, May 2025)", md);
    }

    [Fact]
    public void Anesthesiologists_may_2025_pay_is_published_above_the_old_top_code()
    {
        // BLS published no top-coded (#) cells in May 2025; physician pay appears in full.
        var guide = shipped.Guide("29-1211.00");

        Assert.Equal(391490m, guide.MedianPay.Amount);
        Assert.Equal("$391,490", guide.MedianPay.Display);
        Assert.Equal(557130m, guide.Wages!.P90);
        Assert.Equal("$557,130", guide.Wages.Display.P90);
        Assert.Equal("$490,530 – $557,130", guide.Levels[3].PayDisplay);
    }

    [Fact]
    public void Treasurers_and_controllers_take_the_financial_managers_wages_and_say_so()
    {
        var guide = shipped.Guide("11-3031.01");

        Assert.Equal("Treasurers and Controllers", guide.Title);
        Assert.Equal(166570m, guide.MedianPay.Amount);
        Assert.Equal("$166,570", guide.MedianPay.Display);
        Assert.NotNull(guide.MedianPay.Note);
        Assert.Contains("SOC 11-3031 Financial Managers", guide.MedianPay.Note);
        Assert.Contains("11-3031.01", guide.MedianPay.Note);
        Assert.Equal("11-3031", guide.Wages!.Soc);
        Assert.Equal(94310m, guide.Wages.P10);
        Assert.Equal(323270m, guide.Wages.P90);
        Assert.Equal(841710m, guide.Wages.Employment);
        Assert.Contains(guide.Sources, s => s.Section == "Wages" && s.Source.Contains("SOC 11-3031, which includes 11-3031.01"));
    }

    [Fact]
    public void Infantry_has_no_bls_row_and_every_pay_figure_says_not_available()
    {
        var guide = shipped.Guide("55-3016.00");

        Assert.Null(guide.MedianPay.Amount);
        Assert.Equal("not available", guide.MedianPay.Display);
        Assert.Equal("BLS publishes no national wage row for SOC 55-3016.", guide.MedianPay.Note);
        Assert.Null(guide.Wages);
        Assert.All(guide.Levels, l =>
        {
            Assert.Equal("not available", l.PayDisplay);
            Assert.Null(l.PayLow);
            Assert.Null(l.PayHigh);
        });
        Assert.Contains(guide.Cons, c => c.Text == "Pay is hard to judge");
        Assert.Contains("**National median pay:** not available", GuideMarkdown.Render(guide));
    }

    [Fact]
    public void Legislators_show_no_current_pay_even_though_may_2024_had_a_row()
    {
        // BLS dropped 11-1031 from the May 2025 national table; the May 2024 figures must not stand in for it.
        var guide = shipped.Guide("11-1031.00");

        Assert.Null(guide.MedianPay.Amount);
        Assert.Equal("not available", guide.MedianPay.Display);
        Assert.Equal("May 2025", guide.MedianPay.AsOf);
        Assert.Null(guide.Wages);
    }

    [Fact]
    public void Actors_are_paid_hourly_and_the_median_is_the_exact_hourly_figure()
    {
        var guide = shipped.Guide("27-2011.00");

        // BLS publishes $29.05 an hour for actors in May 2025 and no annual figure; rounding to whole dollars misstates it.
        Assert.Equal("$29.05 an hour", guide.MedianPay.Display);
        Assert.Null(guide.MedianPay.Amount);
        Assert.Contains("BLS publishes only hourly wages", guide.MedianPay.Note ?? "", StringComparison.Ordinal);
    }
}
