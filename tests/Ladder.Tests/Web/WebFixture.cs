using Ladder.Web.Hosting;
using Ladder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Ladder.Tests.Web;

/// <summary>The web app on an in-memory test server over a freshly imported catalog.</summary>
public sealed class WebFixture : ShippedCatalogFixture
{
    public WebFixture()
    {
        App = LadderWebApp.Build(new LadderWebOptions { Engine = Engine, CatalogPath = DatabasePath }, b => b.WebHost.UseTestServer());
        App.StartAsync().GetAwaiter().GetResult();
        Client = App.GetTestClient();
    }

    public WebApplication App { get; }
    public HttpClient Client { get; }

    public HttpClient Browser()
    {
        var client = App.GetTestClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
        return client;
    }

    public override void Dispose()
    {
        Client.Dispose();
        App.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)App).Dispose();
        base.Dispose();
    }
}
