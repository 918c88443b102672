using System.IO.Compression;
using Ladder.Engine;
using Ladder.Web.Applications;
using Ladder.Web.Api;
using Ladder.Web.Hosting;
using Ladder.Web.Scaling;
using Ladder.Web.Site;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.WebUtilities;

namespace Ladder.Web;

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
        // Long query strings reach RequestGuard, which answers 414 with ProblemDetails instead of Kestrel's bare 414.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        // Per-request logs would cost more than rendering a cached page; warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(options.Engine);
        builder.Services.AddSingleton(options.Engine.Catalog);
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/problem+json"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddLadderOpenApi();
        builder.Services.AddSitePages();
        builder.Services.AddSingleton<MemoryTrimmer>();
        builder.Services.AddHostedService(s => s.GetRequiredService<MemoryTrimmer>());
        builder.Services.AddHostedService<SearchWarmer>();
        builder.AddApplications();
        builder.AddSharedInstanceState();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeadersFromKnownProxies();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // The handler clears the response, security headers included; set them again before the ProblemDetails.
            ExceptionHandler = http =>
            {
                SecurityHeaders.Apply(http);
                return ErrorResponses.Problem(http.Response.StatusCode, ReasonPhrases.GetReasonPhrase(http.Response.StatusCode)).ExecuteAsync(http);
            },
        });
        // Pages already rendered are answered here, before everything below; see CachedPageShortcut for what it checks.
        app.UseMiddleware<CachedPageShortcut>();
        app.UseStatusCodePages(ErrorResponses.StatusCodePage);
        app.UseMiddleware<RequestGuard>();
        app.UseResponseCompression();
        app.UseRouting();
        app.UseMiddleware<CatalogCaching>();
        // After routing, so each endpoint's rate-limit policy and antiforgery metadata are known.
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapOpenApi();
        app.MapApplications();
        app.MapSitePages();
        app.MapCatalogApi();
        app.MapStatesApi();
        app.MapMatchingApi();
        app.MapDiscoverApi();
        return app;
    }
}
