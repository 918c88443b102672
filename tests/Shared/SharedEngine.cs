using Ladder.Engine;
using Ladder.Storage;

namespace Ladder.Tests.Shared;

/// <summary>
/// The shipped data imported once per test assembly, into a temporary folder deleted when the test process
/// exits, and opened as one read-only <see cref="LadderEngine"/> (xunit 2 has no assembly fixtures; a lazy
/// static is the same thing). Tests that only read share it; tests that change a catalog copy the database file.
/// </summary>
public static class SharedEngine
{
    private static readonly Lazy<(string Folder, LadderEngine Engine)> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static LadderEngine Instance => Shared.Value.Engine;

    /// <summary>The imported database; copy it before changing anything in it.</summary>
    public static string DatabasePath => Path.Combine(Shared.Value.Folder, "ladder.db");

    /// <summary>A private copy of the imported database at <paramref name="path"/>, for a test that writes to it or serves it.</summary>
    public static string CopyTo(string path)
    {
        File.Copy(DatabasePath, path, overwrite: false);
        return path;
    }

    private static (string, LadderEngine) Create()
    {
        var folder = Directory.CreateTempSubdirectory("ladder-shared-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        };
        var path = Path.Combine(folder, "ladder.db");
        Ladder.Import.CatalogImporter.Import(Ladder.Import.ImportOptions.Shipped(path));
        return (folder, LadderEngine.Open(path));
    }
}
