using Ladder.Catalog;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Core.Applications;

/// <summary>The catalog imported from the shipped data into a temporary file, once per test class.</summary>
public sealed class ApplicationCatalogFixture : IDisposable
{
    public ApplicationCatalogFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ladder-apply-catalog-").FullName;
        CatalogPath = Path.Combine(Directory, "ladder.db");
        CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = CatalogPath,
            OnetPath = LadderPaths.ShippedOnet,
            OewsPath = LadderPaths.ShippedOews,
            PreviousOewsPath = LadderPaths.ShippedPreviousOews,
            ContentPath = LadderPaths.ShippedContent,
        });
        Catalog = LadderCatalog.Open(CatalogPath);
    }

    public string Directory { get; }
    public string CatalogPath { get; }
    public LadderCatalog Catalog { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
