namespace Ladder.Tests.Applications;

/// <summary>A test class that owns one running applications server with its own SQLite file.</summary>
public abstract class ApplyServerTests(ShippedCatalogFixture catalog, IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ladder-apply-").FullName;

    protected ApplyServer Server { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await ApplyServer.StartAsync(catalog, Path.Combine(_directory, "applications.db"), settings: settings);
        Client = Server.Client();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
