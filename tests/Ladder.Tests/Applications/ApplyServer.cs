using Ladder.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Ladder.Applications;
using Ladder.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ladder.Tests.Applications;

/// <summary>The real web host on 127.0.0.1 with a free port, so tests go through Kestrel's limits like a browser would.</summary>
public sealed class ApplyServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApplyServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }
    public IApplicationStore Store => _app.Services.GetRequiredService<IApplicationStore>();

    /// <summary>Starts a server storing applications in SQLite at <paramref name="sqlitePath"/> or in PostgreSQL.</summary>
    public static async Task<ApplyServer> StartAsync(ShippedCatalogFixture catalog, string? sqlitePath = null, string? postgres = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ladder:Applications:DatabasePath"] = sqlitePath,
            ["Ladder:Applications:ConnectionString"] = postgres,
            ["Ladder:Applications:SubmissionsPerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var app = LadderWebApp.Build(new LadderWebOptions
        {
            Engine = catalog.Engine,
            CatalogPath = catalog.CatalogPath,
            Args = ["--urls", "http://127.0.0.1:0"],
        }, builder => builder.Configuration.AddInMemoryCollection(values));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApplyServer(app, new Uri(address));
    }

    /// <summary>A client that keeps cookies (for the antiforgery token) and never follows redirects, so tests see the 303.</summary>
    public HttpClient Client(int maxConnections = 10) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        MaxConnectionsPerServer = maxConnections,
    })
    { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
