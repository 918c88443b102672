using Ladder.Catalog;
using Ladder.Import;
using Ladder.Search;
using Ladder.Storage;

namespace Ladder.Tests.Core.Search;

/// <summary>The shipped catalog, imported once per test class into its own temporary database, and its title index.</summary>
public sealed class TitleIndexFixture : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ladder-search-{Guid.NewGuid():N}.db");

    public TitleIndexFixture()
    {
        CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = _path,
            OnetPath = LadderPaths.ShippedOnet,
            OewsPath = LadderPaths.ShippedOews,
            PreviousOewsPath = LadderPaths.ShippedPreviousOews,
            ContentPath = LadderPaths.ShippedContent,
        });
        Catalog = LadderCatalog.Open(_path);
        Index = TitleIndex.Build(Catalog);
    }

    public LadderCatalog Catalog { get; }
    public TitleIndex Index { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
