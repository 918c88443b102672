using Ladder.Import;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Interests;

/// <summary>The interest files the career finder reads are checked like every other source: file, line, column.</summary>
public sealed class InterestImportTests : IDisposable
{
    private readonly OnetReleaseCopy _onet = new();

    public void Dispose() => _onet.Dispose();

    private DataFileException ImportFails() =>
        Assert.Throws<DataFileException>(() => CatalogImporter.Import(_onet.Options(_onet.Scratch("ladder.db"))));

    private static int ColumnOf(string line, int index) => 1 + line.Split('\t').Take(index).Sum(c => c.Length + 1);

    [Fact]
    public void An_interest_score_above_seven_is_reported_at_its_cell()
    {
        var lines = _onet.ReadLines("Interests.txt");
        var cells = lines[3].Split('\t');
        cells[4] = "9.50";
        lines[3] = string.Join('\t', cells);
        _onet.WriteLines("Interests.txt", lines);

        var ex = ImportFails();

        Assert.EndsWith("Interests.txt", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Equal(ColumnOf(lines[3], 4), ex.Column);
        Assert.Contains("expected a score from 1 to 7 but found 9.5", ex.Problem);
    }

    [Fact]
    public void A_work_value_high_point_out_of_range_and_an_element_with_the_wrong_name_are_reported()
    {
        var lines = _onet.ReadLines("Work Values.txt");
        var row = lines.FindIndex(l => l.Split('\t')[1] == "1.B.2.g");
        var cells = lines[row].Split('\t');
        cells[4] = "7.00";
        lines[row] = string.Join('\t', cells);
        _onet.WriteLines("Work Values.txt", lines);
        var ex = ImportFails();
        Assert.Equal(row + 1, ex.Line);
        Assert.Contains("expected a high-point from 0 (none) to 6 but found 7", ex.Problem);

        lines = _onet.ReadLines("Work Values.txt");
        lines[1] = lines[1].Replace("Achievement", "Achievements", StringComparison.Ordinal);
        _onet.WriteLines("Work Values.txt", lines);
        ex = ImportFails();
        Assert.Equal(2, ex.Line);
        Assert.Equal(ColumnOf(lines[1], 2), ex.Column);
        Assert.Contains("element 1.B.2.a is 'Achievement' in O*NET but the file names it 'Achievements'", ex.Problem);
    }

    [Fact]
    public void An_activity_for_a_basic_interest_that_links_to_no_area_is_refused()
    {
        var lines = _onet.ReadLines("Interests Illustrative Activities.txt");
        var row = lines.FindIndex(l => l.Split('\t')[2] == "Basic");
        var cells = lines[row].Split('\t');
        cells[1] = "Juggling";
        lines[row] = string.Join('\t', cells);
        _onet.WriteLines("Interests Illustrative Activities.txt", lines);

        var ex = ImportFails();

        Assert.Equal(row + 1, ex.Line);
        Assert.Equal(ColumnOf(lines[row], 1), ex.Column);
        Assert.Contains("basic interest 'Juggling' is not in Basic Interests to RIASEC.txt", ex.Problem);
    }
}
