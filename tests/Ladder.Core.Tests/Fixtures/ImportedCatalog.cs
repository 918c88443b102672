using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Core.Fixtures;

/// <summary>
/// One catalog database imported from the shipped data into a temp folder, shared by the tests of a class.
/// Importing takes about two seconds, so a class imports once rather than once per test.
/// </summary>
public abstract class ImportedCatalog : IDisposable
{
    private readonly TempFolder _folder = new();

    protected ImportedCatalog(string oewsPath, string? previousOewsPath)
    {
        DatabasePath = _folder.File("ladder.db");
        Summary = CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = DatabasePath,
            OnetPath = ShippedData.Onet,
            OewsPath = oewsPath,
            PreviousOewsPath = previousOewsPath,
            ProjectionsPath = ShippedData.Projections,
            CrosswalkPath = ShippedData.Crosswalk,
            CredentialsPath = ShippedData.Credentials,
        });
        Catalog = LadderCatalog.Open(DatabasePath);
    }

    public string DatabasePath { get; }
    public ImportSummary Summary { get; }
    public LadderCatalog Catalog { get; }

    public Guide Guide(string code) =>
        new GuideComposer(Catalog).Compose(Catalog.FindByCode(code) ?? throw new InvalidOperationException($"{code} is not in the catalog."));

    public void Dispose() => _folder.Dispose();
}

/// <summary>The shipped O*NET 30.2 with BLS OEWS May 2025 as the current table and May 2024 as the previous one.</summary>
public sealed class ShippedCatalog() : ImportedCatalog(ShippedData.OewsMay2025Tsv, ShippedData.OewsMay2024Tsv);

/// <summary>The shipped O*NET 30.2 with BLS OEWS May 2024 as the current table: the last release with top-coded (#) wages.</summary>
public sealed class May2024Catalog() : ImportedCatalog(ShippedData.OewsMay2024Tsv, null);
