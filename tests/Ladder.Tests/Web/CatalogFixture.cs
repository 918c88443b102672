using Ladder.Catalog;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Web;

/// <summary>A catalog imported from the shipped data into a temporary database, owned by one test class.</summary>
public class CatalogFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ladder-web-tests-" + Guid.NewGuid().ToString("N"));

    public CatalogFixture()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "ladder.db");
        CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = DatabasePath,
            OnetPath = LadderPaths.ShippedOnet,
            OewsPath = LadderPaths.ShippedOews,
            PreviousOewsPath = LadderPaths.ShippedPreviousOews,
            ContentPath = LadderPaths.ShippedContent,
        });
        Catalog = LadderCatalog.Open(DatabasePath);
    }

    public string DatabasePath { get; }
    public LadderCatalog Catalog { get; }

    public string TempPath(string name) => Path.Combine(_directory, name);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
