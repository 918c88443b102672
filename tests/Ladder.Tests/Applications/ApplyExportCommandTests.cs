using Ladder.Applications;
using Ladder.Cli;

namespace Ladder.Tests.Applications;

public sealed class ApplyExportCommandTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ladder-apply-export-").FullName;
    private string DatabasePath => Path.Combine(_directory, "applications.db");

    public async Task InitializeAsync()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await using var store = new SqliteApplicationStore(DatabasePath, clock);
        await store.MigrateAsync();
        await store.SaveAsync(Sample("=HYPERLINK(\"http://evil\",\"x\")", "a"));
        clock.Now = new DateTimeOffset(2026, 5, 2, 8, 0, 0, TimeSpan.Zero);
        await store.SaveAsync(Sample("Plain, with comma", "b"));
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static NewApplication Sample(string name, string key) => new()
    {
        Name = name, Email = "x@example.com", CurrentRole = "-1+1", TargetRoleSlug = "data-scientists", TargetRoleTitle = "Data Scientists",
        YearsOfExperience = 2, Location = "@home", Message = "line\nbreak", IdempotencyKey = key,
    };

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LadderCli.Run(["apply-export", "--applications-db", DatabasePath, .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Csv_export_defuses_formulas_and_quotes_cells()
    {
        var (exit, output, error) = Run();
        Assert.True(exit == 0, error);
        var lines = output.Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("reference,submitted_at,name,", lines[0]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",x@example.com,'-1+1,data-scientists,Data Scientists,2,'@home,\"line\nbreak\"", output);
    }

    [Fact]
    public void Since_keeps_only_later_applications_and_json_is_an_array()
    {
        var (exit, output, _) = Run("--format", "json", "--since", "2026-05-01");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("Plain, with comma", Assert.Single(json.RootElement.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void A_bad_date_or_missing_database_is_exit_1_with_a_message()
    {
        var (exit, _, error) = Run("--since", "someday");
        Assert.Equal(1, exit);
        Assert.Contains("--since", error);
        var stderr = new StringWriter();
        Assert.Equal(1, LadderCli.Run(["apply-export", "--applications-db", Path.Combine(_directory, "missing.db")], new StringWriter(), stderr));
        Assert.Contains("no applications database", stderr.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
