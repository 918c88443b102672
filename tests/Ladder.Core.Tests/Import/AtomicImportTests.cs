using System.Security.Cryptography;
using Ladder.Catalog;
using Ladder.Import;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Import;

/// <summary>A failed import leaves the existing catalog database exactly as it was.</summary>
public sealed class AtomicImportTests : IDisposable
{
    private readonly OnetReleaseCopy _onet = new();

    public void Dispose() => _onet.Dispose();

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void A_failed_import_leaves_the_previous_database_byte_identical_and_usable()
    {
        var db = _onet.Scratch("ladder.db");
        var good = CatalogImporter.Import(_onet.Options(db));
        Assert.Equal(1016, good.Occupations);
        var before = Hash(db);

        var lines = _onet.ReadLines("Skills.txt");
        var cells = lines[^1].Split('\t');
        cells[4] = "n/a";
        lines[^1] = string.Join('\t', cells);
        _onet.WriteLines("Skills.txt", lines);
        Assert.Throws<DataFileException>(() => CatalogImporter.Import(_onet.Options(db)));

        Assert.Equal(before, Hash(db));
        var catalog = LadderCatalog.Open(db);
        Assert.Equal(1016, catalog.Occupations.Count);
        Assert.Equal(["ladder.db"], Directory.GetFiles(Path.GetDirectoryName(db)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_first_import_leaves_no_database_and_no_temporary_file()
    {
        var db = _onet.Scratch("ladder.db");
        _onet.Delete("Work Styles.txt");

        Assert.Throws<DataFileException>(() => CatalogImporter.Import(_onet.Options(db)));

        Assert.False(File.Exists(db));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(db)!, "*.importing-*"));
    }

    [Fact]
    public void A_successful_import_replaces_the_database_and_leaves_no_temporary_file()
    {
        var db = _onet.Scratch("ladder.db");
        File.WriteAllText(db, "an older file that is not a catalog");

        var summary = CatalogImporter.Import(_onet.Options(db));

        Assert.Equal("May 2025", summary.OewsRelease);
        Assert.Equal("May 2025", LadderCatalog.Open(db).Info.OewsRelease);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(db)!, "*.importing-*"));
    }
}
