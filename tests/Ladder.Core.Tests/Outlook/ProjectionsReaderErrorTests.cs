using Ladder.Import;
using Ladder.Outlook;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Outlook;

/// <summary>Every bad cell of the projections workbook stops the read with the file, sheet, row and column.</summary>
public sealed class ProjectionsReaderErrorTests : IDisposable
{
    private readonly WorkbookCopy _workbook = new();

    public void Dispose() => _workbook.Dispose();

    private DataFileException ReadFails() => Assert.Throws<DataFileException>(() => ProjectionsReader.Read(_workbook.Path));

    [Fact]
    public void A_word_in_a_percent_cell_names_the_sheet_row_column_and_value()
    {
        _workbook.Set("Table 1.2", "I120", "lots");

        var ex = ReadFails();

        Assert.Equal(_workbook.Path + "!Table 1.2", ex.File);
        Assert.Equal(120, ex.Line);
        Assert.Equal(9, ex.Column);
        Assert.Contains("column I ('Employment change, percent, 2024–34')", ex.Problem);
        Assert.Contains("expected a number or \"—\" but found 'lots'", ex.Problem);
    }

    [Fact]
    public void An_empty_figure_is_an_error_because_bls_marks_missing_figures_with_a_dash()
    {
        _workbook.Set("Table 1.2", "K120", "");

        var ex = ReadFails();

        Assert.Equal((120, 11), (ex.Line, ex.Column));
        Assert.Contains("BLS marks missing figures", ex.Problem);
    }

    [Fact]
    public void An_unknown_education_category_lists_the_allowed_ones()
    {
        _workbook.Set("Table 1.2", "M120", "Bootcamp");

        var ex = ReadFails();

        Assert.Equal((120, 13), (ex.Line, ex.Column));
        Assert.Contains("unknown value 'Bootcamp'", ex.Problem);
        Assert.Contains("Bachelor's degree", ex.Problem);
    }

    [Fact]
    public void A_malformed_matrix_code_is_reported()
    {
        _workbook.Set("Table 1.2", "B120", "15-20X1");

        var ex = ReadFails();

        Assert.Equal((120, 2), (ex.Line, ex.Column));
        Assert.Contains("'15-20X1'", ex.Problem);
    }

    [Fact]
    public void A_code_listed_twice_is_reported_at_the_second_row()
    {
        _workbook.Set("Table 1.2", "B121", "15-2051");

        var ex = ReadFails();

        Assert.Equal(121, ex.Line);
        Assert.Contains("listed twice", ex.Problem);
    }

    [Fact]
    public void A_renamed_column_is_refused_as_an_unsupported_layout()
    {
        _workbook.Set("Table 1.2", "I2", "Percent change");

        var ex = ReadFails();

        Assert.Equal((2, 1), (ex.Line, ex.Column));
        Assert.Contains("no 'Employment change, percent, 2024–34' column", ex.Problem);
        Assert.Contains("not supported", ex.Problem);
    }

    [Fact]
    public void A_title_without_a_projection_period_is_refused()
    {
        _workbook.Set("Table 1.2", "A1", "Table 1.2 Occupational projections");

        var ex = ReadFails();

        Assert.Equal((1, 1), (ex.Line, ex.Column));
        Assert.Contains("expected a title like", ex.Problem);
    }

    [Fact]
    public void Openings_that_disagree_between_the_two_tables_are_reported_in_table_1_10()
    {
        const int row = 120; // Data scientists, 15-2051, in both tables
        _workbook.Set("Table 1.10", $"N{row}", "99.9");

        var ex = ReadFails();

        Assert.Equal(_workbook.Path + "!Table 1.10", ex.File);
        Assert.Equal((row, 14), (ex.Line, ex.Column));
        Assert.Contains("differ from the 23.4", ex.Problem);
    }

    [Fact]
    public void A_workbook_without_table_1_10_is_refused()
    {
        _workbook.DropSheet("Table 1.10");

        var ex = ReadFails();

        Assert.Contains("no sheet 'Table 1.10'", ex.Problem);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        File.WriteAllText(_workbook.Path, "code,title\n15-2051,Data scientists\n");

        var ex = ReadFails();

        Assert.Contains("not a readable .xlsx workbook", ex.Problem);
    }
}
