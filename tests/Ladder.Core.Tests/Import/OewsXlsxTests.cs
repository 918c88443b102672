using System.Globalization;
using Ladder.Import;
using Ladder.Occupations;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Import;

public sealed class OewsXlsxTests
{
    private static readonly Lazy<(OewsTable Xlsx, OewsTable Tsv)> Tables = new(() =>
        (OewsReader.Read(ShippedData.OewsMay2025Xlsx), OewsReader.Read(ShippedData.OewsMay2025Tsv)));

    [Fact]
    public void The_bls_workbook_and_the_tsv_copy_have_the_same_rows()
    {
        var (xlsx, tsv) = Tables.Value;

        Assert.Equal("May 2025", xlsx.Release);
        Assert.Equal(tsv.Rows.Count, xlsx.Rows.Count);
        Assert.Equal(tsv.Rows.Select(r => (r.Soc, r.Title)), xlsx.Rows.Select(r => (r.Soc, r.Title)));
    }

    [Fact]
    public void The_bls_workbook_and_the_tsv_copy_have_the_same_figures_and_markers()
    {
        var (xlsx, tsv) = Tables.Value;

        var differences = tsv.Rows.Zip(xlsx.Rows)
            .Select((pair, i) => (Line: i + 2, Tsv: Figures(pair.First), Xlsx: Figures(pair.Second)))
            .Where(x => x.Tsv != x.Xlsx)
            .Select(x => $"row {x.Line}: tsv {x.Tsv}\n        xlsx {x.Xlsx}")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} rows differ:\n" + string.Join("\n", differences.Take(10)));
    }

    /// <summary>Every figure with its exact decimal digits and marker, so that 64.26 and 64.260000000000005 differ.</summary>
    private static string Figures(Wages w) =>
        string.Join(" ", new[] { w.Employment, w.P10, w.P25, w.Median, w.P75, w.P90, w.Mean, w.HourlyMedian }
            .Select(v => $"{v.Amount?.ToString("G29", CultureInfo.InvariantCulture) ?? "-"}/{v.Marker}")
            .Prepend(w.Soc).Append(w.HourlyOnly ? "hourly-only" : "annual"));

    [Fact]
    public void Data_scientists_read_from_the_workbook_match_the_bls_may_2025_table()
    {
        var (xlsx, _) = Tables.Value;

        var w = Assert.Single(xlsx.Rows, r => r.Soc == "15-2051");
        Assert.Equal("Data Scientists", w.Title);
        Assert.Equal(262440m, w.Employment.Amount);
        Assert.Equal(67240m, w.P10.Amount);
        Assert.Equal(85660m, w.P25.Amount);
        Assert.Equal(120230m, w.Median.Amount);
        Assert.Equal(158880m, w.P75.Amount);
        Assert.Equal(199130m, w.P90.Amount);
        Assert.Equal(126800m, w.Mean.Amount);
        Assert.Equal(57.8m, w.HourlyMedian.Amount);
        Assert.False(w.HourlyOnly);
    }
}
