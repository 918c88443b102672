using Ladder.Catalog;
using Ladder.Engine;

namespace Ladder.Tests.Shared;

/// <summary>
/// A test class's own folder with its own copy of the shipped catalog database (so servers it starts keep their
/// files apart), over the one engine the assembly imports once (<see cref="SharedEngine"/>).
/// </summary>
public class ShippedCatalogFixture : IDisposable
{
    public ShippedCatalogFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ladder-tests-").FullName;
        DatabasePath = SharedEngine.CopyTo(Path.Combine(Directory, "ladder.db"));
    }

    public string Directory { get; }
    public string DatabasePath { get; }
    public string CatalogPath => DatabasePath;
    public LadderEngine Engine => SharedEngine.Instance;
    public LadderCatalog Catalog => Engine.Catalog;

    /// <summary>A path inside this fixture's folder.</summary>
    public string TempPath(string name) => Path.Combine(Directory, name);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
