using System.Globalization;
using Ladder.Guides;
using Ladder.Import;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Hourly pay, checked against the shipped BLS OEWS May 2025 table read here column by column (not through the
/// importer): hourly-only occupations show BLS's hourly percentiles and levels derived from them, and work usually
/// paid by the hour shows BLS's hourly figure beside the annual one.
/// </summary>
public sealed class HourlyPayTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    /// <summary>The shipped table's rows by SOC code, each a map from column name to cell.</summary>
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Rows = new(() =>
    {
        var lines = ShippedData.ReadLines(ShippedData.OewsMay2025Tsv);
        var header = lines[0].Split('\t');
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            var row = header.Select((h, i) => (h, Cell: i < cells.Length ? cells[i] : "")).ToDictionary(x => x.h, x => x.Cell, StringComparer.Ordinal);
            rows.TryAdd(row["OCC_CODE"], row);
        }
        return rows;
    });

    private static string Money(string cell) => "$" + decimal.Parse(cell, CultureInfo.InvariantCulture).ToString("#,0.00", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_occupation_bls_publishes_only_hourly_gets_hourly_levels_and_percentiles_not_not_available()
    {
        var hourlyOnlySocs = Rows.Value.Values.Where(r => r["HOURLY"] == "TRUE").Select(r => r["OCC_CODE"]).ToHashSet(StringComparer.Ordinal);
        // OEWS May 2025 publishes only hourly wages for Actors, Dancers, Musicians and Singers, Disc Jockeys and other entertainers.
        Assert.Contains("27-2011", hourlyOnlySocs);
        Assert.Contains("27-2031", hourlyOnlySocs);
        Assert.Contains("27-2042", hourlyOnlySocs);

        var checkedGuides = 0;
        foreach (var occupation in shipped.Catalog.Occupations.Where(o => o.Wages.Current is { } w && hourlyOnlySocs.Contains(w.Soc)))
        {
            var guide = shipped.Guide(occupation.Code.Value);
            var row = Rows.Value[occupation.Wages.Current!.Soc];
            Assert.Equal(Money(row["H_MEDIAN"]) + " an hour", guide.MedianPay.Display);
            Assert.Null(guide.MedianPay.Amount);
            var hourly = guide.Wages?.Hourly;
            Assert.NotNull(hourly);
            Assert.True(hourly.HourlyOnly);
            Assert.Equal([Money(row["H_PCT10"]), Money(row["H_PCT25"]), Money(row["H_MEDIAN"]), Money(row["H_PCT75"]), Money(row["H_PCT90"]), Money(row["H_MEAN"])],
                [hourly.Display.P10, hourly.Display.P25, hourly.Display.Median, hourly.Display.P75, hourly.Display.P90, hourly.Display.Mean]);
            Assert.Contains("only hourly wages", hourly.Basis, StringComparison.Ordinal);
            checkedGuides++;
            // An "All Other" row (27-2099 entertainers) pools several occupations: no stage gets a band, hourly or annual.
            if (occupation.Wages.Pooled)
            {
                Assert.All(guide.Levels, l => Assert.Equal(GuideComposer.PooledStagePay, l.PayDisplay));
                continue;
            }
            // Each level spans the two hourly percentiles its stage maps to, and says it is hourly.
            Assert.All(guide.Levels, l =>
            {
                Assert.EndsWith(" an hour", l.PayDisplay, StringComparison.Ordinal);
                Assert.DoesNotContain("not available", l.PayDisplay, StringComparison.Ordinal);
                Assert.Contains("BLS hourly", l.PaySource, StringComparison.Ordinal);
            });
            Assert.Equal($"{Money(row["H_PCT10"])} – {Money(row["H_PCT25"])} an hour", guide.Levels[0].PayDisplay);
            Assert.Equal(decimal.Parse(row["H_PCT90"], CultureInfo.InvariantCulture), guide.Levels[^1].HourlyHigh);
            Assert.Contains("hourly wage percentiles", guide.LevelMethod, StringComparison.Ordinal);
            Assert.Contains(guide.Sources, s => s.Section.StartsWith("Wages (hourly", StringComparison.Ordinal) && s.AsOf == "May 2025");
        }
        Assert.True(checkedGuides >= 5, $"only {checkedGuides} hourly-only guides");
    }

    [Fact]
    public void Electricians_show_the_bls_hourly_figures_beside_the_annual_ones()
    {
        var guide = shipped.Guide("47-2111.00");
        var row = Rows.Value["47-2111"];

        Assert.Equal(decimal.Parse(row["A_MEDIAN"], CultureInfo.InvariantCulture), guide.MedianPay.Amount);
        Assert.Equal(Money(row["H_MEDIAN"]) + " an hour", guide.MedianPay.HourlyDisplay);
        Assert.Equal($"{guide.MedianPay.Display} ({Money(row["H_MEDIAN"])} an hour)", guide.MedianPay.WithHourly());
        var hourly = guide.Wages?.Hourly;
        Assert.NotNull(hourly);
        Assert.False(hourly.HourlyOnly);
        Assert.Equal(Money(row["H_PCT90"]), hourly.Display.P90);
        Assert.Contains("2,080 hours", hourly.Basis, StringComparison.Ordinal);
        // The annual levels stay; the hourly range of the same percentiles sits beside each.
        Assert.Equal($"{Money(row["H_PCT25"])} – {Money(row["H_MEDIAN"])} an hour", guide.Levels[1].HourlyPayDisplay);
        Assert.DoesNotContain("an hour", guide.Levels[1].PayDisplay, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("29-1141.00")] // Registered Nurses
    [InlineData("53-3032.00")] // Heavy and Tractor-Trailer Truck Drivers
    [InlineData("43-4051.00")] // Customer Service Representatives
    [InlineData("35-2014.00")] // Cooks, Restaurant
    public void Work_usually_paid_by_the_hour_shows_an_hourly_median(string code) =>
        Assert.EndsWith(" an hour", shipped.Guide(code).MedianPay.HourlyDisplay ?? "missing");

    [Theory]
    [InlineData("15-1252.00")] // Software Developers
    [InlineData("11-1021.00")] // General and Operations Managers
    [InlineData("25-2021.00")] // Elementary School Teachers: BLS publishes only annual wages
    public void Salaried_work_shows_no_hourly_figure(string code)
    {
        var guide = shipped.Guide(code);
        Assert.Null(guide.MedianPay.HourlyDisplay);
        Assert.Null(guide.Wages?.Hourly);
        Assert.All(guide.Levels, l => Assert.Null(l.HourlyPayDisplay));
    }

    [Fact]
    public void The_markdown_guide_of_an_hourly_only_occupation_gives_its_hourly_figures()
    {
        var md = GuideMarkdown.Render(shipped.Guide("27-2011.00"));

        Assert.Contains("**National median pay:** $29.05 an hour", md, StringComparison.Ordinal);
        Assert.Contains("**Hourly pay range:** 10th $16.50 · 25th $20.34 · median $29.05", md, StringComparison.Ordinal);
        Assert.Contains("$16.50 – $20.34 an hour", md, StringComparison.Ordinal);
        Assert.DoesNotContain("**Pay range:**", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_hourly_percentile_columns_still_imports_with_them_missing()
    {
        using var folder = new Ladder.Tests.Shared.TempFolder();
        var path = folder.File("national_M2025_dl.tsv");
        var lines = ShippedData.ReadLines(ShippedData.OewsMay2025Tsv);
        var header = lines[0].Split('\t');
        var drop = new[] { "H_PCT10", "H_PCT25", "H_PCT75", "H_PCT90", "H_MEAN" }.Select(c => Array.IndexOf(header, c)).ToHashSet();
        File.WriteAllLines(path, lines.Take(50).Select(l => string.Join('\t', l.Split('\t').Where((_, i) => !drop.Contains(i)))));

        var table = OewsReader.Read(path);

        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.Equal(Ladder.Occupations.WageMarker.Missing, r.HourlyP10.Marker));
        Assert.Contains(table.Rows, r => r.HourlyMedian.HasAmount);
    }
}
