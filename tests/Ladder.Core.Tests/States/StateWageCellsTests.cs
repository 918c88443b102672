using System.IO.Compression;
using Ladder.Import;
using Ladder.States;
using Ladder.Storage;

namespace Ladder.Tests.Core.States;

/// <summary>
/// The state table keeps each value as a whole number of its column's unit; every value must come back as the very
/// double the reader parsed, and as the same decimal the API shows.
/// </summary>
public sealed class StateWageCellsTests
{
    private static List<StateWageRow> ShippedRows()
    {
        using var gz = new GZipStream(File.OpenRead(LadderPaths.ShippedStates), CompressionMode.Decompress);
        return StateWageReader.Parse(gz, LadderPaths.ShippedStates);
    }

    [Fact]
    public void Every_shipped_cell_reads_back_as_the_double_the_file_gave_and_the_same_decimal()
    {
        var rows = ShippedRows();
        var table = new StateWageTable("May 2025", rows);
        var back = table.Rows().ToDictionary(r => (r.Soc, r.State.Index));
        Assert.Equal(rows.Count, back.Count);
        var published = 0;
        foreach (var row in rows)
        {
            var kept = back[(row.Soc, row.State.Index)];
            Assert.Equal(row.Values.Select(BitConverter.DoubleToInt64Bits), kept.Values.Select(BitConverter.DoubleToInt64Bits));
            var cell = table.For(row.Soc)![row.State];
            decimal? D(StateWageColumn c) => double.IsNaN(row.Values[(int)c]) ? null : (decimal)row.Values[(int)c];
            Assert.Equal(
                [D(StateWageColumn.Employment), D(StateWageColumn.Mean), D(StateWageColumn.P10), D(StateWageColumn.P25), D(StateWageColumn.Median),
                    D(StateWageColumn.P75), D(StateWageColumn.P90), D(StateWageColumn.HourlyMean), D(StateWageColumn.HourlyMedian),
                    D(StateWageColumn.JobsPer1000), D(StateWageColumn.LocationQuotient)],
                [cell.Employment, cell.Mean, cell.P10, cell.P25, cell.Median, cell.P75, cell.P90, cell.HourlyMean, cell.HourlyMedian, cell.JobsPer1000, cell.LocationQuotient]);
            Assert.Equal(D(StateWageColumn.LocationQuotient)?.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.LocationQuotient?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            published += row.Values.Count(v => !double.IsNaN(v));
        }
        Assert.True(published > 300_000, $"only {published} published values");
    }

    [Fact]
    public void The_shipped_values_all_fit_their_units()
    {
        foreach (var group in ShippedRows().GroupBy(r => r.Soc))
        {
            var cells = new StateWageCells(UsState.All.Count);
            foreach (var row in group) cells.Set(row.State.Index, row.Values);
            Assert.False(cells.KeptExact, $"{group.Key} has a value finer than its column's unit");
        }
    }

    [Fact]
    public void A_value_finer_than_its_unit_or_too_large_keeps_every_value_as_given()
    {
        double[] plain = [1250, 124700, 63710, 91120, 118320, 149540, 198970, 59.95, 56.88, 0.589, 0.41];
        double[] fine = [1250, 124700, 63710, 91120, 118320, 149540, 198970, 59.955, 56.88, double.NaN, 0.41];
        double[] large = [3e10, 124700, 63710, 91120, 118320, 149540, 198970, 59.95, 56.88, 0.589, 0.41];
        foreach (var odd in new[] { fine, large })
        {
            var cells = new StateWageCells(3);
            cells.Set(0, plain);
            Assert.False(cells.KeptExact);
            cells.Set(2, odd);
            Assert.True(cells.KeptExact);
            Assert.Equal(plain, cells.Row(0));
            Assert.Equal(odd.Select(BitConverter.DoubleToInt64Bits), cells.Row(2).Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
