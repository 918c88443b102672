using System.IO.Compression;
using Ladder.Catalog;
using Ladder.Import;
using Ladder.States;
using Ladder.Storage;
using Ladder.Tests.Core.Fixtures;
using Ladder.Tests.Shared;

namespace Ladder.Tests.Core.States;

/// <summary>The BLS state file: every cell as published, "not published" never read as 0, errors at file:line:column.</summary>
public sealed class StateWageReaderTests : IDisposable
{
    private const string Header = "AREA,AREA_TITLE,OCC_CODE,OCC_TITLE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,H_MEAN,H_MEDIAN,JOBS_1000,LOC_QUOTIENT";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(params string[] rows)
    {
        var path = _folder.File("state_M2025.csv");
        File.WriteAllText(path, string.Join("\r\n", [Header, .. rows]) + "\r\n");
        return path;
    }

    [Fact]
    public void A_row_reads_every_field_and_a_quoted_title_keeps_its_commas()
    {
        var table = StateWageReader.Read(Write(
            "06,California,29-1141,Registered Nurses,338940,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86",
            "01,Alabama,11-3071,\"Transportation, Storage, and Distribution Managers\",1250,124700,63710,91120,118320,149540,198970,59.95,56.88,0.589,0.41"));

        Assert.Equal("May 2025", table.Release);
        Assert.Equal(2, table.Count);
        var ca = table.For("29-1141")![UsState.Find("CA")!];
        Assert.Equal((338940m, 140270m, 101260m, 122440m, 173170m, 213320m, 150280m), (ca.Employment, ca.Median, ca.P10, ca.P25, ca.P75, ca.P90, ca.Mean));
        Assert.Equal((72.25m, 67.44m, 19.005m, 0.86m), (ca.HourlyMean, ca.HourlyMedian, ca.JobsPer1000, ca.LocationQuotient));
        Assert.True(ca.Published);
        Assert.Equal("Transportation, Storage, and Distribution Managers", table.For("11-3071")!.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("#")]
    public void An_empty_or_marked_cell_is_not_published_never_zero(string cell)
    {
        var table = StateWageReader.Read(Write($"56,Wyoming,15-2051,Data Scientists,{cell},{cell},{cell},{cell},{cell},{cell},{cell},{cell},{cell},{cell},{cell}"));

        var wy = table.For("15-2051")![UsState.Find("WY")!];
        Assert.Null(wy.Employment);
        Assert.Null(wy.Median);
        Assert.Null(wy.HourlyMedian);
        Assert.Null(wy.LocationQuotient);
        Assert.False(wy.Published);
    }

    [Fact]
    public void A_state_the_file_does_not_list_is_suppressed_and_an_hourly_only_row_is_published()
    {
        var table = StateWageReader.Read(Write("36,New York,27-2011,Actors,3310,,,,,,,60.81,41.56,0.358,1.98"));

        var set = table.For("27-2011")!;
        Assert.Equal(51, set.States.Count);
        Assert.True(set[UsState.Find("NY")!].Published);
        Assert.Equal(41.56m, set[UsState.Find("NY")!].HourlyMedian);
        Assert.True(set.HourlyOnly);
        var texas = set[UsState.Find("TX")!];
        Assert.False(texas.Published);
        Assert.Null(texas.Employment);
    }

    [Fact]
    public void Numbers_parse_the_same_under_a_culture_with_a_decimal_comma()
    {
        using var culture = new CultureScope("de-DE");
        var table = StateWageReader.Read(Write("06,California,29-1141,Registered Nurses,338940,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86"));

        Assert.Equal(0.86m, table.For("29-1141")![UsState.Find("CA")!].LocationQuotient);
        Assert.Equal(67.44m, table.For("29-1141")![UsState.Find("CA")!].HourlyMedian);
    }

    [Theory]
    [InlineData("06,California,29-1141,Registered Nurses,338940,150280,101260,122440,n/a,173170,213320,72.25,67.44,19.005,0.86", 2, 69, "A_MEDIAN")]
    [InlineData("06,California,29-1141,Registered Nurses,-5,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86", 2, 41, "TOT_EMP")]
    [InlineData("72,Puerto Rico,29-1141,Registered Nurses,5,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86", 2, 1, "AREA")]
    [InlineData("06,Texas,29-1141,Registered Nurses,5,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86", 2, 4, "AREA_TITLE")]
    [InlineData("06,California,291141,Registered Nurses,5,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86", 2, 15, "OCC_CODE")]
    [InlineData("06,California,29-1141,\"Registered Nurses,5,150280", 2, 23, "quoted field")]
    [InlineData("06,California,29-1141,Registered Nurses,5,150280", 2, 49, "truncated")]
    public void A_bad_cell_is_reported_at_its_file_line_and_column(string row, int line, int column, string mentions)
    {
        var path = Write(row);
        var ex = Assert.Throws<DataFileException>(() => StateWageReader.Read(path));

        Assert.Equal(path, ex.File);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains(mentions, ex.Message);
        Assert.StartsWith($"{path}:{line}:{column}: ", ex.Message);
    }

    [Fact]
    public void A_second_row_for_the_same_state_and_occupation_is_an_error_on_its_line()
    {
        var row = "06,California,29-1141,Registered Nurses,338940,150280,101260,122440,140270,173170,213320,72.25,67.44,19.005,0.86";
        var ex = Assert.Throws<DataFileException>(() => StateWageReader.Read(Write(row, row)));

        Assert.Equal(3, ex.Line);
        Assert.Contains("second row for 29-1141", ex.Message);
    }

    [Fact]
    public void The_release_comes_from_the_file_name_and_a_nameless_file_is_refused()
    {
        Assert.Equal("May 2024", StateWageReader.ReleaseFromName("state_M2024.csv.gz"));
        var path = _folder.File("wages.csv");
        File.WriteAllText(path, Header + "\n");
        Assert.Contains("release from the file name", Assert.Throws<DataFileException>(() => StateWageReader.Read(path)).Message);
    }

    [Fact]
    public void The_shipped_file_holds_51_areas_and_829_occupations_and_imports_in_the_same_transaction()
    {
        var table = StateWageReader.Read(LadderPaths.ShippedStates);
        Assert.Equal(35_223, table.Count);
        Assert.Equal(829, table.Socs.Count());
        Assert.Equal(140270m, table.For("29-1141")![UsState.Find("CA")!].Median);
        Assert.Equal(77080m, table.For("29-1141")![UsState.Find("AL")!].Median);
    }

    [Fact]
    public void A_bad_state_file_fails_the_whole_import_and_leaves_the_previous_catalog_byte_identical()
    {
        var db = _folder.File("ladder.db");
        var options = ImportOptions.Shipped(db);
        CatalogImporter.Import(options with { StatesPath = null });
        var before = File.ReadAllBytes(db);

        var lines = ShippedData.ReadLines(LadderPaths.ShippedStates);
        lines[20_000] = lines[20_000][..lines[20_000].LastIndexOf(',')] + ",zero";
        var bad = _folder.File("state_M2025.csv.gz");
        using (var gz = new GZipStream(File.Create(bad), CompressionLevel.Fastest)) using (var w = new StreamWriter(gz)) foreach (var l in lines) w.Write(l + "\r\n");

        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(options with { StatesPath = bad }));
        Assert.Equal(20_001, ex.Line);
        Assert.Equal(before, File.ReadAllBytes(db));
        Assert.True(LadderCatalog.Open(db).States.IsEmpty);
    }

    [Fact]
    public void A_state_file_of_another_release_than_the_national_table_is_refused()
    {
        var path = _folder.File("state_M2024.csv");
        File.WriteAllText(path, Header + "\n");
        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(ImportOptions.Shipped(_folder.File("x.db")) with { StatesPath = path }));
        Assert.Contains("May 2024 state estimates but the national table is May 2025", ex.Message);
        Assert.False(File.Exists(_folder.File("x.db")));
    }
}
