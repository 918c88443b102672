using Ladder.Applications;

namespace Ladder.Tests.Core.Applications;

/// <summary>
/// The promises every application store keeps. Each backend runs the same tests through a subclass that says how
/// to open a fresh, empty store.
/// </summary>
public abstract class ApplicationStoreContract : IAsyncLifetime
{
    protected IApplicationStore Store { get; private set; } = null!;

    /// <summary>Opens a second store over the same database, as another process would.</summary>
    protected abstract IApplicationStore OpenSameDatabase(TimeProvider? time = null);

    public async Task InitializeAsync()
    {
        Store = OpenSameDatabase();
        await Store.MigrateAsync();
    }

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    [Fact]
    public async Task A_saved_application_reads_back_exactly()
    {
        var sample = ApplicationSamples.New(message: "Line one\nLine two <script>alert('x')</script> ' OR 1=1 --");
        var created = Assert.IsType<SaveResult.Created>(await Store.SaveAsync(sample));
        Assert.True(ApplicationReference.IsValid(created.Reference), created.Reference);

        var stored = await Store.FindAsync(created.Reference);
        Assert.NotNull(stored);
        Assert.Equal(sample.Name, stored.Name);
        Assert.Equal(sample.Email, stored.Email);
        Assert.Equal(sample.CurrentRole, stored.CurrentRole);
        Assert.Equal(sample.TargetRoleSlug, stored.TargetRoleSlug);
        Assert.Equal(sample.TargetRoleTitle, stored.TargetRoleTitle);
        Assert.Equal(sample.YearsOfExperience, stored.YearsOfExperience);
        Assert.Equal(sample.Location, stored.Location);
        Assert.Equal(sample.Message, stored.Message);
    }

    [Fact]
    public async Task Optional_location_is_stored_as_missing()
    {
        var created = Assert.IsType<SaveResult.Created>(await Store.SaveAsync(ApplicationSamples.New() with { Location = null, Message = "" }));
        var stored = await Store.FindAsync(created.Reference);
        Assert.Null(stored!.Location);
        Assert.Equal("", stored.Message);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_is_stored_once_and_gets_the_same_reference()
    {
        var sample = ApplicationSamples.New(key: "retry-" + Guid.NewGuid().ToString("N"));
        var first = Assert.IsType<SaveResult.Created>(await Store.SaveAsync(sample));
        var second = Assert.IsType<SaveResult.Replayed>(await Store.SaveAsync(sample));
        Assert.Equal(first.Reference, second.Reference);
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task The_same_key_with_other_content_is_refused_and_leaks_no_reference()
    {
        var key = "reuse-" + Guid.NewGuid().ToString("N");
        await Store.SaveAsync(ApplicationSamples.New(key));
        var result = await Store.SaveAsync(ApplicationSamples.New(key, name: "Someone Else"));
        Assert.IsType<SaveResult.KeyConflict>(result);
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task Concurrent_retries_of_one_key_store_one_row()
    {
        var sample = ApplicationSamples.New();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Store.SaveAsync(sample))));
        Assert.Single(results.OfType<SaveResult.Created>());
        Assert.Single(results.Select(r => r switch { SaveResult.Created c => c.Reference, SaveResult.Replayed p => p.Reference, _ => "?" }).Distinct());
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task Migrating_again_and_from_a_second_store_changes_nothing()
    {
        await Store.SaveAsync(ApplicationSamples.New());
        await Store.MigrateAsync();
        await using var other = OpenSameDatabase();
        await Task.WhenAll(other.MigrateAsync(), Store.MigrateAsync());
        Assert.Equal(1, await other.CountAsync());
    }

    [Fact]
    public async Task A_second_store_on_the_same_database_sees_every_save()
    {
        await using var other = OpenSameDatabase();
        await other.MigrateAsync();
        var saves = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? Store : other).SaveAsync(ApplicationSamples.New()));
        var references = (await Task.WhenAll(saves)).Cast<SaveResult.Created>().Select(c => c.Reference).ToHashSet();
        Assert.Equal(40, references.Count);
        var listed = await Store.ListAsync();
        Assert.Equal(references.OrderBy(r => r), listed.Select(a => a.Reference).OrderBy(r => r));
    }

    [Fact]
    public async Task List_is_oldest_first_and_filters_by_since_and_limit()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1));
        await using var timed = OpenSameDatabase(clock);
        var references = new List<string>();
        for (var i = 0; i < 5; i++) references.Add(((SaveResult.Created)await timed.SaveAsync(ApplicationSamples.New())).Reference);

        Assert.Equal(references, (await timed.ListAsync()).Select(a => a.Reference));
        Assert.Equal(references[2..], (await timed.ListAsync(since: new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero))).Select(a => a.Reference));
        Assert.Equal(references[..2], (await timed.ListAsync(limit: 2)).Select(a => a.Reference));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), (await timed.FindAsync(references[0]))!.SubmittedAt);
    }

    [Fact]
    public async Task Unknown_reference_is_not_found()
    {
        Assert.Null(await Store.FindAsync("LAD-0000-0000"));
        Assert.Null(await Store.FindAsync("'; DROP TABLE applications; --"));
        Assert.Equal(0, await Store.CountAsync());
    }

    private sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private int _calls;
        public override DateTimeOffset GetUtcNow() => start + step * (Interlocked.Increment(ref _calls) - 1);
    }
}

public sealed class SqliteApplicationStoreTests : ApplicationStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ladder-apply-").FullName;

    protected override IApplicationStore OpenSameDatabase(TimeProvider? time = null) =>
        new SqliteApplicationStore(Path.Combine(_directory, "applications.db"), time);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_file_uses_wal_and_passes_integrity_check()
    {
        await Store.SaveAsync(ApplicationSamples.New());
        var sqlite = (SqliteApplicationStore)Store;
        Assert.Equal("ok", await sqlite.IntegrityCheckAsync());
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqlite.Path}");
        await connection.OpenAsync();
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await mode.ExecuteScalarAsync());
    }
}

public sealed class PostgresApplicationStoreTests : ApplicationStoreContract
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();

    protected override IApplicationStore OpenSameDatabase(TimeProvider? time = null) => new PostgresApplicationStore(_database.ConnectionString, time);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void A_schema_name_that_is_not_a_plain_identifier_is_refused()
    {
        var hostile = new Npgsql.NpgsqlConnectionStringBuilder(_database.Server) { SearchPath = "x\"; DROP TABLE y; --" }.ConnectionString;
        Assert.Throws<ArgumentException>(() => new PostgresApplicationStore(hostile));
    }
}
