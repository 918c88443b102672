using Ladder.Catalog;
using Ladder.Cli.Applications;

namespace Ladder.Cli.Web;

/// <summary>Settings of one <c>ladder serve</c> process.</summary>
public sealed record LadderWebOptions
{
    public required LadderCatalog Catalog { get; init; }
    /// <summary>The catalog database path, so features can place their own files beside it.</summary>
    public required string CatalogPath { get; init; }
    public string[] Args { get; init; } = [];
}

/// <summary>
/// Builds the web host. Each feature adds its services with <c>AddX()</c> and its routes with
/// <c>MapX()</c>, so this file reads as the table of contents of the site.
/// </summary>
public static class LadderWebApp
{
    public static WebApplication Build(LadderWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = options.Args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(options.Catalog);
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        builder.AddApplications();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapApplications();
        return app;
    }
}
