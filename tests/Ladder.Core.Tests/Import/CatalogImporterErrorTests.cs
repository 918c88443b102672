using Ladder.Import;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Import;

/// <summary>Every bad source file stops the import with the file, line and column of the problem.</summary>
public sealed class CatalogImporterErrorTests : IDisposable
{
    private readonly OnetReleaseCopy _onet = new();

    public void Dispose() => _onet.Dispose();

    private DataFileException ImportFails() =>
        Assert.Throws<DataFileException>(() => CatalogImporter.Import(_onet.Options(_onet.Scratch("ladder.db"))));

    /// <summary>1-based column where cell <paramref name="index"/> of a tab-separated line starts.</summary>
    private static int ColumnOf(string line, int index)
    {
        var cells = line.Split('\t');
        return 1 + cells.Take(index).Sum(c => c.Length + 1);
    }

    [Fact]
    public void An_extra_column_in_occupation_data_is_reported_where_the_extra_cell_starts()
    {
        var lines = _onet.ReadLines("Occupation Data.txt");
        var original = lines[4];
        lines[4] = original + "\tstray cell";
        var path = _onet.WriteLines("Occupation Data.txt", lines);

        var ex = ImportFails();

        Assert.Equal(path, ex.File);
        Assert.EndsWith("Occupation Data.txt", ex.File);
        Assert.Equal(5, ex.Line);
        Assert.Equal(original.Length + 2, ex.Column);
        Assert.Contains("expected 3 columns", ex.Problem);
    }

    [Fact]
    public void A_missing_column_in_occupation_data_is_reported_at_the_end_of_the_line()
    {
        var lines = _onet.ReadLines("Occupation Data.txt");
        var cells = lines[9].Split('\t');
        lines[9] = cells[0] + "\t" + cells[1];
        _onet.WriteLines("Occupation Data.txt", lines);

        var ex = ImportFails();

        Assert.EndsWith("Occupation Data.txt", ex.File);
        Assert.Equal(10, ex.Line);
        Assert.Equal(lines[9].Length + 1, ex.Column);
        Assert.Contains("expected 3 columns but the row has 2", ex.Problem);
        Assert.Contains("'Description'", ex.Problem);
    }

    [Fact]
    public void A_non_numeric_data_value_in_skills_names_the_column_and_the_value()
    {
        var lines = _onet.ReadLines("Skills.txt");
        var cells = lines[11].Split('\t');
        cells[4] = "high";
        lines[11] = string.Join('\t', cells);
        _onet.WriteLines("Skills.txt", lines);

        var ex = ImportFails();

        Assert.EndsWith("Skills.txt", ex.File);
        Assert.Equal(12, ex.Line);
        Assert.Equal(ColumnOf(lines[11], 4), ex.Column);
        Assert.Equal("expected a number for 'Data Value' but found 'high'.", ex.Problem);
    }

    [Fact]
    public void An_unknown_occupation_code_in_technology_skills_is_reported_in_column_one()
    {
        var lines = _onet.ReadLines("Technology Skills.txt");
        var cells = lines[20].Split('\t');
        cells[0] = "99-9999.00";
        lines[20] = string.Join('\t', cells);
        _onet.WriteLines("Technology Skills.txt", lines);

        var ex = ImportFails();

        Assert.EndsWith("Technology Skills.txt", ex.File);
        Assert.Equal(21, ex.Line);
        Assert.Equal(1, ex.Column);
        Assert.Equal("O*NET-SOC code '99-9999.00' is not in Occupation Data.txt.", ex.Problem);
    }

    [Fact]
    public void A_bad_yes_no_flag_in_technology_skills_names_the_expected_values()
    {
        var lines = _onet.ReadLines("Technology Skills.txt");
        var cells = lines[7].Split('\t');
        cells[4] = "Yes";
        lines[7] = string.Join('\t', cells);
        _onet.WriteLines("Technology Skills.txt", lines);

        var ex = ImportFails();

        Assert.EndsWith("Technology Skills.txt", ex.File);
        Assert.Equal(8, ex.Line);
        Assert.Equal(ColumnOf(lines[7], 4), ex.Column);
        Assert.Equal("expected Y or N for 'Hot Technology' but found 'Yes'.", ex.Problem);
    }

    [Fact]
    public void A_truncated_last_line_is_reported_as_a_possibly_truncated_file()
    {
        var lines = _onet.ReadLines("Alternate Titles.txt");
        var last = lines[^1];
        var cut = last[..(last.IndexOf('\t') + 5)];
        lines[^1] = cut;
        // A download cut short has no final line ending.
        _onet.WriteText("Alternate Titles.txt", string.Join("\r\n", lines));

        var ex = ImportFails();

        Assert.EndsWith("Alternate Titles.txt", ex.File);
        Assert.Equal(lines.Count, ex.Line);
        Assert.Equal(cut.Length + 1, ex.Column);
        Assert.Contains("expected 4 columns but the row has 2", ex.Problem);
        Assert.Contains("'Short Title' is missing (is the file truncated?)", ex.Problem);
    }

    [Fact]
    public void A_missing_file_is_named_with_the_folder_it_was_expected_in()
    {
        _onet.Delete("Job Zones.txt");

        var ex = ImportFails();

        Assert.Equal(Path.Combine(_onet.Folder, "Job Zones.txt"), ex.File);
        Assert.Equal(0, ex.Line);
        Assert.Equal(0, ex.Column);
        Assert.Contains("the release is missing 'Job Zones.txt'", ex.Problem);
        Assert.Contains("--onet", ex.Problem);
    }

    [Fact]
    public void A_renamed_header_column_is_reported_on_line_one_where_the_column_starts()
    {
        var lines = _onet.ReadLines("Alternate Titles.txt");
        Assert.StartsWith("O*NET-SOC Code\tAlternate Title\t", lines[0]);
        lines[0] = lines[0].Replace("Alternate Title", "Alternate Name");
        _onet.WriteLines("Alternate Titles.txt", lines);

        var ex = ImportFails();

        Assert.EndsWith("Alternate Titles.txt", ex.File);
        Assert.Equal(1, ex.Line);
        Assert.Equal("O*NET-SOC Code".Length + 2, ex.Column);
        Assert.Equal("expected header column 2 to be 'Alternate Title' but found 'Alternate Name'.", ex.Problem);
    }

    [Fact]
    public void The_message_reads_file_line_column_then_the_problem()
    {
        var lines = _onet.ReadLines("Technology Skills.txt");
        var cells = lines[2].Split('\t');
        cells[0] = "99-9999.00";
        lines[2] = string.Join('\t', cells);
        var path = _onet.WriteLines("Technology Skills.txt", lines);

        var ex = ImportFails();

        Assert.Equal($"{path}:3:1: O*NET-SOC code '99-9999.00' is not in Occupation Data.txt.", ex.Message);
    }

    [Fact]
    public void A_non_numeric_wage_in_an_oews_table_names_the_column_and_the_value()
    {
        var shipped = ShippedData.ReadLines(ShippedData.OewsMay2025Tsv);
        var header = shipped[0];
        var row = shipped.Single(l => l.Split('\t')[8] == "15-2051").Split('\t');
        var medianIndex = Array.IndexOf(header.Split('\t'), "A_MEDIAN");
        row[medianIndex] = "120,23O";
        var bad = string.Join('\t', row);
        var path = _onet.Scratch("national_M2025_dl.tsv");
        File.WriteAllLines(path, [header, shipped[1], bad]);

        var ex = Assert.Throws<DataFileException>(() => OewsReader.Read(path));

        Assert.Equal(path, ex.File);
        Assert.Equal(3, ex.Line);
        Assert.Equal(ColumnOf(bad, medianIndex), ex.Column);
        Assert.Equal("expected a number or a BLS marker (*, **, #) in 'A_MEDIAN' but found '120,23O'.", ex.Problem);
    }

    [Fact]
    public void A_bad_oews_table_stops_the_whole_import()
    {
        var shipped = ShippedData.ReadLines(ShippedData.OewsMay2025Tsv);
        var cells = shipped[5].Split('\t');
        cells[Array.IndexOf(shipped[0].Split('\t'), "TOT_EMP")] = "lots";
        var oews = _onet.Scratch("national_M2025_dl.tsv");
        File.WriteAllLines(oews, [shipped[0], .. shipped[1..5], string.Join('\t', cells)]);
        var options = _onet.Options(_onet.Scratch("ladder.db")) with { OewsPath = oews };

        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(options));

        Assert.Equal(oews, ex.File);
        Assert.Equal(6, ex.Line);
        Assert.Contains("'TOT_EMP' but found 'lots'", ex.Problem);
        Assert.False(File.Exists(options.DatabasePath));
    }
}
