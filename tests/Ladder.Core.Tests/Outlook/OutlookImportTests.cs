using System.Security.Cryptography;
using Ladder.Catalog;
using Ladder.Content;
using Ladder.Import;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Outlook;

/// <summary>The outlook sources are part of the one import transaction: a bad file changes nothing.</summary>
public sealed class OutlookImportTests : IDisposable
{
    private readonly OnetReleaseCopy _onet = new();
    private readonly WorkbookCopy _workbook = new();

    public void Dispose()
    {
        _onet.Dispose();
        _workbook.Dispose();
    }

    private ImportOptions Options(string db) => _onet.Options(db) with
    {
        ProjectionsPath = _workbook.Path,
        CrosswalkPath = ShippedData.Crosswalk,
        LicencesPath = ShippedData.Licences,
    };

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Import_reports_coverage_and_a_bad_projection_cell_leaves_the_database_untouched()
    {
        var db = _onet.Scratch("ladder.db");
        var summary = CatalogImporter.Import(Options(db));
        Assert.Equal("2024–34", summary.Outlook.ProjectionsRelease);
        Assert.Equal(832, summary.Outlook.ProjectionRows);
        Assert.InRange(summary.Outlook.WithOutlook, 950, 1016);
        Assert.InRange(summary.Outlook.WithEntry, 950, 1016);
        Assert.InRange(summary.Outlook.WithProgrammes, 800, 900);
        var licences = summary.Outlook.Licences!;
        Assert.Equal(summary.Occupations, licences.Occupations);
        Assert.Equal(licences.Occupations, licences.ByKind.Values.Sum());
        Assert.Equal(summary.CuratedRoles, licences.CuratedRoles);
        Assert.InRange(licences.Checked, 1, licences.Occupations);
        var before = Hash(db);

        _workbook.Set("Table 1.2", "I120", "n/a");
        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(Options(db)));

        Assert.Equal((120, 9), (ex.Line, ex.Column));
        Assert.Equal(before, Hash(db));
        Assert.Equal(33.5, LadderCatalog.Open(db).Outlook.Row("15-2051")!.ChangePercent);
    }

    [Theory]
    [InlineData("21-1014\t21-1018", "21-1014\t21-1017", 9, 9, "21-1017 is not a row of the Employment Projections workbook")]
    [InlineData("25-9049\t25-9045\tTeaching assistants, except postsecondary", "25-9049\t25-9045\tTeaching assistants", 14, 17, "the workbook titles 25-9045")]
    [InlineData("51-2022\t51-2028", "51-2021\t51-2028", 15, 1, "51-2021 has a projection row of its own")]
    [InlineData("53-1049\t53-1047", "53-1042\t53-1047", 20, 1, "53-1042 is listed twice")]
    public void A_bad_aggregates_line_stops_the_import_with_its_location(string from, string to, int line, int column, string message)
    {
        var table = _onet.Scratch("aggregates.tsv");
        File.WriteAllText(table, File.ReadAllText(ShippedData.ProjectionAggregates).Replace(from, to, StringComparison.Ordinal));

        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(Options(_onet.Scratch("ladder.db")) with { ProjectionAggregatesPath = table }));

        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.StartsWith(message, ex.Problem, StringComparison.Ordinal);
        Assert.False(File.Exists(_onet.Scratch("ladder.db")));
    }

    [Fact]
    public void A_bad_licences_file_stops_the_import_with_its_location()
    {
        var folder = _onet.Scratch("licences");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(ShippedData.Licences, "*.yaml")) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        var file = Path.Combine(folder, "29-healthcare-practitioners.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("  codes: [29-1292.00]\n", "  codes: [29-1292.00]\n  extra: y\n", StringComparison.Ordinal));

        var ex = Assert.Throws<ContentException>(() => CatalogImporter.Import(Options(_onet.Scratch("ladder.db")) with { LicencesPath = folder }));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("29-healthcare-practitioners.yaml", error.File);
        Assert.StartsWith("unknown key 'extra'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_onet.Scratch("ladder.db")));
    }
}
