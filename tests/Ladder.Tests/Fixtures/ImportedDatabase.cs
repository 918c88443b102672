namespace Ladder.Tests.Fixtures;

/// <summary>
/// One catalog imported through <c>ladder import</c> from the shipped O*NET and BLS data, with an empty
/// content folder so that titles resolve against O*NET alone. Shared by the CLI tests.
/// </summary>
public sealed class ImportedDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public ImportedDatabase()
    {
        DatabasePath = _folder.File("ladder.db");
        var emptyContent = Directory.CreateDirectory(_folder.File("content")).FullName;
        Import = LadderRun.Of("--db", DatabasePath, "import", "--content", emptyContent);
        if (Import.ExitCode != 0) throw new InvalidOperationException("ladder import failed:\n" + Import);
    }

    public string DatabasePath { get; }
    public LadderRun Import { get; }

    /// <summary>Runs <c>ladder --db &lt;this database&gt; args…</c>.</summary>
    public LadderRun Run(params string[] args) => LadderRun.Of(["--db", DatabasePath, .. args]);

    public void Dispose() => _folder.Dispose();
}
