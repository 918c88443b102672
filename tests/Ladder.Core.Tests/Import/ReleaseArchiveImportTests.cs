using System.IO.Compression;
using Ladder.Catalog;
using Ladder.Import;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Import;

/// <summary>The layouts a user downloads: O*NET's db_30_2_text.zip and BLS's oesm25nat.zip.</summary>
public sealed class ReleaseArchiveImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Rebuilds O*NET's release zip (a db_30_2_text/ folder of .txt files) from the shipped copies.</summary>
    private string OnetZip()
    {
        var path = _folder.File("db_30_2_text.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var gz in Directory.GetFiles(ShippedData.Onet, "*.txt.gz"))
        {
            var entry = zip.CreateEntry("db_30_2_text/" + Path.GetFileNameWithoutExtension(gz));
            using var target = entry.Open();
            using var source = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
            source.CopyTo(target);
        }
        return path;
    }

    /// <summary>BLS's oesm25nat.zip: the workbook inside an oesm25nat/ folder.</summary>
    private string OewsZip()
    {
        var path = _folder.File("oesm25nat.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        zip.CreateEntryFromFile(ShippedData.OewsMay2025Xlsx, "oesm25nat/national_M2025_dl.xlsx");
        return path;
    }

    [Fact]
    public void Official_release_zips_import_to_the_same_catalog_as_the_shipped_copies()
    {
        var fromZips = CatalogImporter.Import(new ImportOptions { DatabasePath = _folder.File("zips.db"), OnetPath = OnetZip(), OewsPath = OewsZip() });
        var fromShipped = CatalogImporter.Import(new ImportOptions { DatabasePath = _folder.File("shipped.db"), OnetPath = ShippedData.Onet, OewsPath = ShippedData.OewsMay2025Tsv });

        Assert.Equal("O*NET 30.2", fromZips.OnetRelease);
        Assert.Equal("May 2025", fromZips.OewsRelease);
        Assert.Equal(fromShipped with { Elapsed = TimeSpan.Zero }, fromZips with { Elapsed = TimeSpan.Zero });

        var zipped = LadderCatalog.Open(_folder.File("zips.db"));
        var shipped = LadderCatalog.Open(_folder.File("shipped.db"));
        foreach (var code in new[] { "15-2051.00", "29-1141.00", "53-3032.00" })
        {
            var a = zipped.FindByCode(code)!;
            var b = shipped.FindByCode(code)!;
            Assert.Equal(b.Wages.Current, a.Wages.Current);
            Assert.Equal(b.Tasks, a.Tasks);
            Assert.Equal(b.Skills, a.Skills);
        }
    }

    [Fact]
    public void A_release_zip_missing_a_file_names_it()
    {
        var path = _folder.File("db_30_2_text.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("db_30_2_text/Occupation Data.txt");
            using var target = entry.Open();
            using var source = new GZipStream(File.OpenRead(Path.Combine(ShippedData.Onet, "Occupation Data.txt.gz")), CompressionMode.Decompress);
            source.CopyTo(target);
        }
        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(new ImportOptions { DatabasePath = _folder.File("x.db"), OnetPath = path, OewsPath = ShippedData.OewsMay2025Tsv }));
        Assert.Contains("missing 'Alternate Titles.txt'", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("x.db")));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_reported_as_such()
    {
        var path = _folder.File("broken.zip");
        File.WriteAllText(path, "not a zip");
        var ex = Assert.Throws<DataFileException>(() => CatalogImporter.Import(new ImportOptions { DatabasePath = _folder.File("x.db"), OnetPath = path, OewsPath = ShippedData.OewsMay2025Tsv }));
        Assert.Contains("not a readable zip archive", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
