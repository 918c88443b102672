using Ladder.Catalog;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Shared;

/// <summary>
/// The catalog imported from the shipped data and curated content into a temporary folder, once per test
/// class (an import takes a couple of seconds), and deleted afterwards.
/// </summary>
public class ShippedCatalogFixture : IDisposable
{
    public ShippedCatalogFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ladder-tests-").FullName;
        DatabasePath = Path.Combine(Directory, "ladder.db");
        CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = DatabasePath,
            OnetPath = LadderPaths.ShippedOnet,
            OewsPath = LadderPaths.ShippedOews,
            PreviousOewsPath = LadderPaths.ShippedPreviousOews,
            ContentPath = LadderPaths.ShippedContent,
            ProjectionsPath = LadderPaths.ShippedProjections,
            CrosswalkPath = LadderPaths.ShippedCrosswalk,
            CredentialsPath = LadderPaths.ShippedCredentials,
        });
        Catalog = LadderCatalog.Open(DatabasePath);
    }

    public string Directory { get; }
    public string DatabasePath { get; }
    public string CatalogPath => DatabasePath;
    public LadderCatalog Catalog { get; }

    /// <summary>A path inside this fixture's folder.</summary>
    public string TempPath(string name) => Path.Combine(Directory, name);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
