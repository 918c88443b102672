using Ladder.Catalog;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Core.Content;

/// <summary>One catalog imported from the shipped data and content, shared by a test class.</summary>
public sealed class CuratedCatalogFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ladder-content-" + Guid.NewGuid().ToString("N"));

    public CuratedCatalogFixture()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "ladder.db");
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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
