using Ladder.Cli;

namespace Ladder.Tests.Search;

/// <summary>A catalog database of its own for the search command tests, imported from the shipped data once per class.</summary>
public sealed class SearchCommandFixture : IDisposable
{
    public SearchCommandFixture()
    {
        var (code, _, error) = Run("import");
        if (code != 0) throw new InvalidOperationException("import failed: " + error);
    }

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"ladder-search-cli-{Guid.NewGuid():N}.db");

    public (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = LadderCli.Run([.. args, "--db", DatabasePath], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(DatabasePath);
    }
}
