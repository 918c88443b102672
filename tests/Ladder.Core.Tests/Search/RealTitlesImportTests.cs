using System.IO.Compression;
using System.Text;
using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Import;
using Ladder.Search;
using Ladder.Storage;
using Ladder.Tests.Core.Fixtures;
using Ladder.Tests.Shared;

namespace Ladder.Tests.Core.Search;

/// <summary>The labelled real titles: imported into the catalog from data/titles, read back from it by the title index, and the errors a broken file gives.</summary>
public sealed class RealTitlesImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_catalog_holds_the_shipped_tuning_halves_and_the_index_learns_from_them()
    {
        var catalog = SharedEngine.Instance.Catalog;
        var employer = catalog.RealTitles.Where(t => t.Source == RealTitleSource.Employer).ToList();
        var census = catalog.RealTitles.Where(t => t.Source == RealTitleSource.Census).ToList();
        Assert.Equal(2962, employer.Count);
        Assert.Equal(1655, census.Count);
        Assert.Contains(employer, t => t.Text == "SAP CRM CONSULTANT" && t.Socs.Contains("15-1211"));
        // No report-only title from the test samples is shipped.
        var shipped = catalog.RealTitles.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var file in new[] { "h1b-report-sample.tsv", "census-report-sample.tsv" })
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "testdata", "titles", file)))
                Assert.DoesNotContain(line.Split('\t')[0], shipped);
        // The index's titles are the catalog's: every employer title the catalog holds is fed to it under its code.
        var indexed = IndexedTitles.Collect(catalog).Where(t => t.Source == TitleSource.EmployerTitle).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("SAP CRM CONSULTANT", indexed);
        Assert.DoesNotContain(IndexedTitles.Collect(catalog, new TitleIndexOptions { IncludeRealTitles = false }), t => t.Source is TitleSource.EmployerTitle or TitleSource.CensusTitle);
    }

    [Theory]
    [InlineData("JAVA DEVELOPER\t15-1252\nDATA ANALYST\t15-2O51\n", 2, 14, "\"15-2O51\"")]
    [InlineData("JAVA DEVELOPER\t15-1252|151253\n", 1, 24, "\"151253\"")]
    [InlineData("JAVA DEVELOPER 15-1252\n", 1, 1, "title<TAB>soc")]
    public void A_broken_line_names_the_file_line_and_column(string content, int line, int column, string what)
    {
        var path = Write(content);
        var error = Assert.Throws<DataFileException>(() => RealTitleReader.Read(path, RealTitleSource.Census));
        Assert.StartsWith($"{path}:{line}:{column}: ", error.Message);
        Assert.Contains(what, error.Message);
    }

    [Fact]
    public void A_broken_titles_file_fails_the_whole_import_and_leaves_the_previous_catalog_byte_identical()
    {
        var db = _folder.File("ladder.db");
        var options = ImportOptions.Shipped(db) with { StatesPath = null };
        CatalogImporter.Import(options with { CensusTitlesPath = null });
        var before = File.ReadAllBytes(db);
        Assert.DoesNotContain(LadderCatalog.Open(db).RealTitles, t => t.Source == RealTitleSource.Census);

        var lines = ShippedData.ReadLines(LadderPaths.ShippedCensusTitles);
        lines[1_000] = lines[1_000].Replace('\t', ' ');
        var bad = Write(string.Join('\n', lines) + "\n");

        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(options with { CensusTitlesPath = bad }));
        Assert.Equal((bad, 1_001, 1), (ex.File, ex.Line, ex.Column));
        Assert.Equal(before, File.ReadAllBytes(db));

        // A good file imports, and a catalog opened from it gives the index the new titles.
        var good = Write("ZEBRA HUSBANDRY LEAD\t19-1023\n");
        CatalogImporter.Import(options with { CensusTitlesPath = good });
        var catalog = LadderCatalog.Open(db);
        Assert.Equal(new RealTitle("ZEBRA HUSBANDRY LEAD", ["19-1023"], RealTitleSource.Census), catalog.RealTitles.Single(t => t.Source == RealTitleSource.Census),
            new RealTitleComparer());
        Assert.Contains(IndexedTitles.Collect(catalog), t => t.Text == "ZEBRA HUSBANDRY LEAD" && t.Source == TitleSource.CensusTitle && t.Role.Primary.Code.Soc == "19-1023");
        Assert.Equal("19-1023", TitleIndex.Build(catalog).Search("Zebra husbandry lead", 1).Best?.Role.Primary.Code.Soc);
    }

    private string Write(string content)
    {
        var path = _folder.File($"titles-{Guid.NewGuid():N}.tsv.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    private sealed class RealTitleComparer : IEqualityComparer<RealTitle>
    {
        public bool Equals(RealTitle? a, RealTitle? b) => a is not null && b is not null && a.Text == b.Text && a.Source == b.Source && a.Socs.SequenceEqual(b.Socs);
        public int GetHashCode(RealTitle t) => t.Text.GetHashCode(StringComparison.Ordinal);
    }
}
