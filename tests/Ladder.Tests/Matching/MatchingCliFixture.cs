using Ladder.Import;
using Ladder.Storage;

namespace Ladder.Tests.Matching;

/// <summary>A catalog database imported from the shipped data, shared by one test class and deleted afterwards.</summary>
public sealed class MatchingCliFixture : IDisposable
{
    public MatchingCliFixture()
    {
        Directory.CreateDirectory(Folder);
        CatalogImporter.Import(new ImportOptions
        {
            DatabasePath = DatabasePath, OnetPath = LadderPaths.ShippedOnet, OewsPath = LadderPaths.ShippedOews,
            PreviousOewsPath = LadderPaths.ShippedPreviousOews, ContentPath = LadderPaths.ShippedContent,
        });
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"ladder-matching-cli-{Guid.NewGuid():N}");
    public string DatabasePath => Path.Combine(Folder, "ladder.db");

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Ladder.Cli.LadderCli.Run(["--db", DatabasePath, .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
