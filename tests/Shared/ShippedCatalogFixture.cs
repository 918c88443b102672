using Ladder.Catalog;
using Ladder.Engine;

namespace Ladder.Tests.Shared;

/// <summary>
/// A test class's own folder with its own copy of the shipped catalog database (so servers it starts keep their
/// files apart), over the one engine the assembly imports once (<see cref="SharedEngine"/>).
/// </summary>
public class ShippedCatalogFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public ShippedCatalogFixture() => DatabasePath = SharedEngine.CopyTo(_folder.File("ladder.db"));

    public string Directory => _folder.Path;
    public string DatabasePath { get; }
    public string CatalogPath => DatabasePath;
    public LadderEngine Engine => SharedEngine.Instance;
    public LadderCatalog Catalog => Engine.Catalog;

    /// <summary>A path inside this fixture's folder.</summary>
    public string TempPath(string name) => _folder.File(name);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        _folder.Dispose();
    }
}
