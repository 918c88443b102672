using Ladder.Import;
using Ladder.Occupations;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Import;

public sealed class OewsReaderTests
{
    [Theory]
    [InlineData("120230", 120230)]
    [InlineData("112,590", 112590)]
    [InlineData("1,234,567", 1234567)]
    [InlineData(" 85660 ", 85660)]
    [InlineData("57.8", 57.8)]
    [InlineData("0", 0)]
    [InlineData("1.2023E5", 120230)]
    public void Numbers_parse_with_the_invariant_culture(string cell, double expected)
    {
        var value = OewsReader.ParseCell(cell);

        Assert.Equal(WageMarker.None, value.Marker);
        Assert.Equal((decimal)expected, value.Amount);
    }

    [Theory]
    [InlineData("*", WageMarker.NotAvailable)]
    [InlineData("**", WageMarker.NoEmploymentEstimate)]
    [InlineData("#", WageMarker.TopCoded)]
    [InlineData("", WageMarker.NotAvailable)]
    [InlineData("  ", WageMarker.NotAvailable)]
    [InlineData(" # ", WageMarker.TopCoded)]
    public void Markers_are_kept_and_never_read_as_zero(string cell, WageMarker expected)
    {
        var value = OewsReader.ParseCell(cell);

        Assert.Equal(expected, value.Marker);
        Assert.Null(value.Amount);
        Assert.False(value.HasAmount);
    }

    [Fact]
    public void The_three_bls_markers_stay_distinct()
    {
        var markers = new[] { "*", "**", "#" }.Select(c => OewsReader.ParseCell(c).Marker).ToList();

        Assert.Equal(3, markers.Distinct().Count());
        Assert.DoesNotContain(WageMarker.None, markers);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("12o230")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("***")]
    [InlineData("$120,230")]
    public void Anything_else_is_a_format_error(string cell)
    {
        Assert.Throws<FormatException>(() => OewsReader.ParseCell(cell));
    }

    [Fact]
    public void A_number_too_large_for_a_decimal_is_a_format_error_not_an_overflow()
    {
        // The importer turns FormatException into a located DataFileException; any other exception escapes unlocated.
        Assert.Throws<FormatException>(() => OewsReader.ParseCell("1e30"));
    }

    [Theory]
    [InlineData("national_M2025_dl.xlsx", "May 2025")]
    [InlineData("national_M2024_dl.tsv.gz", "May 2024")]
    [InlineData("NATIONAL_M2025_DL.TSV", "May 2025")]
    [InlineData("oesm25nat.zip", "May 2025")]
    [InlineData("OESM24NAT.ZIP", "May 2024")]
    [InlineData("wages.xlsx", null)]
    [InlineData("state_M2025_dl.xlsx", null)]
    [InlineData("oesm25st.zip", null)]
    public void The_release_is_read_from_the_bls_file_name(string fileName, string? expected)
    {
        Assert.Equal(expected, OewsReader.ReleaseFromName(fileName));
    }

    [Fact]
    public void Shipped_may_2025_table_parses_the_same_under_a_german_culture()
    {
        OewsTable table;
        using (new CultureScope("de-DE"))
        {
            // Under de-DE "57.8" would read as 578 and "112,590" as 112.59 if the culture leaked in.
            Assert.Equal(",", System.Globalization.CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            table = OewsReader.Read(ShippedData.OewsMay2025Tsv);
        }

        var dataScientists = Assert.Single(table.Rows, r => r.Soc == "15-2051");
        Assert.Equal("May 2025", table.Release);
        Assert.Equal(120230m, dataScientists.Median.Amount);
        Assert.Equal(57.8m, dataScientists.HourlyMedian.Amount);
        Assert.Equal(262440m, dataScientists.Employment.Amount);
    }

    [Fact]
    public void Shipped_may_2025_table_has_every_row_of_the_file()
    {
        var table = OewsReader.Read(ShippedData.OewsMay2025Tsv);

        // 1,402 lines: the header and 1,401 occupation rows, including the all-occupations total.
        Assert.Equal(1401, table.Rows.Count);
        Assert.Equal("00-0000", table.Rows[0].Soc);
        Assert.Equal(50980m, table.Rows[0].Median.Amount);
    }

    [Fact]
    public void Hourly_only_occupations_keep_the_not_available_marker_for_annual_figures()
    {
        var table = OewsReader.Read(ShippedData.OewsMay2025Tsv);

        var actors = Assert.Single(table.Rows, r => r.Soc == "27-2011");
        Assert.True(actors.HourlyOnly);
        Assert.Equal(WageMarker.NotAvailable, actors.Median.Marker);
        Assert.Null(actors.Median.Amount);
        Assert.Equal(29.05m, actors.HourlyMedian.Amount);
    }

    [Fact]
    public void Top_coded_cells_in_the_may_2024_table_are_kept_as_top_coded()
    {
        var table = OewsReader.Read(ShippedData.OewsMay2024Tsv);

        var anesthesiologists = Assert.Single(table.Rows, r => r.Soc == "29-1211");
        Assert.Equal(WageMarker.TopCoded, anesthesiologists.Median.Marker);
        Assert.Equal(WageMarker.TopCoded, anesthesiologists.P90.Marker);
        Assert.Null(anesthesiologists.P90.Amount);
        Assert.Equal(124450m, anesthesiologists.P10.Amount);
    }
}
