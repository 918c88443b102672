using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Core.Fixtures;

/// <summary>A catalog the tests of a class read: its database path, the catalog and its guides.</summary>
public abstract class ImportedCatalog : IDisposable
{
    public abstract string DatabasePath { get; }
    public abstract LadderCatalog Catalog { get; }

    public Guide Guide(string code) =>
        new GuideComposer(Catalog).Compose(Catalog.FindByCode(code) ?? throw new InvalidOperationException($"{code} is not in the catalog."));

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>The shipped O*NET 30.2 with BLS OEWS May 2025 as the current table and May 2024 as the previous one: the assembly's shared import.</summary>
public sealed class ShippedCatalog : ImportedCatalog
{
    public override string DatabasePath => SharedEngine.DatabasePath;
    public override LadderCatalog Catalog => SharedEngine.Instance.Catalog;
}

/// <summary>The shipped O*NET 30.2 with BLS OEWS May 2024 as the current table: the last release with top-coded (#) wages.</summary>
public sealed class May2024Catalog : ImportedCatalog
{
    private readonly TempFolder _folder = new();

    public May2024Catalog()
    {
        DatabasePath = _folder.File("ladder.db");
        CatalogImporter.Import(new ImportOptions { DatabasePath = DatabasePath, OnetPath = ShippedData.Onet, OewsPath = ShippedData.OewsMay2024Tsv, FamiliesPath = LadderPaths.ShippedFamilies });
        Catalog = LadderCatalog.Open(DatabasePath);
    }

    public override string DatabasePath { get; }
    public override LadderCatalog Catalog { get; }

    public override void Dispose()
    {
        base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
