using Ladder.Tests.Applications;

namespace Ladder.ApiContract.Tests;

/// <summary>
/// One real <c>ladder serve</c> (the shipped executable on a socket) over a freshly imported catalog, shared by the
/// contract tests, with an admin token so the admin operations can be called. <see cref="Document"/> is the
/// OpenAPI document exactly as it served it.
/// </summary>
public sealed class ContractServer : ShippedCatalogFixture, IAsyncLifetime
{
    public const string AdminToken = "contract-tests-admin-token";

    private LadderServeProcess? _server;

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("The server has not started.");
    public string Document { get; private set; } = "";
    public string DocumentPath => TempPath("openapi-v1.json");

    public async Task InitializeAsync()
    {
        _server = LadderServeProcess.Start(CatalogPath, new Dictionary<string, string> { ["LADDER_ADMIN_TOKEN"] = AdminToken });
        await _server.WaitUntilReadyAsync();
        using var client = new HttpClient { BaseAddress = Address };
        Document = await client.GetStringAsync("/openapi/v1.json");
        await File.WriteAllTextAsync(DocumentPath, Document);
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ContractServer>
{
    public const string Name = "served contract";
}
