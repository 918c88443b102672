using Ladder.Web.Hosting;
using System.Globalization;
using System.Threading.RateLimiting;
using Ladder.Applications;
using Ladder.Web;
using Ladder.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ladder.Web.Applications;

/// <summary>The applications feature in the web host: the form, the API, the admin page and their storage.</summary>
public static class ApplicationsWeb
{
    public const string SubmitPolicy = "applications-submit";
    public const string AdminPolicy = "applications-admin";

    public static WebApplicationBuilder AddApplications(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<ApplicationsOptions>().BindConfiguration(ApplicationsOptions.Section).PostConfigure(o =>
        {
            if (string.IsNullOrWhiteSpace(o.ConnectionString)) o.ConnectionString = configuration[ApplicationPaths.ConnectionVariable];
        });
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).PostConfigure(o =>
        {
            if (string.IsNullOrWhiteSpace(o.Token)) o.Token = configuration["LADDER_ADMIN_TOKEN"];
        });
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<ApplicationsOptions>>().Value;
            var web = services.GetRequiredService<LadderWebOptions>();
            return ApplicationStore.Create(new ApplicationStoreSettings
            {
                ConnectionString = options.ConnectionString,
                SqlitePath = ApplicationPaths.SqliteDatabase(options.DatabasePath, web.CatalogPath),
            }, services.GetService<TimeProvider>());
        });
        builder.Services.AddHostedService<ApplicationStoreMigration>();
        builder.Services.AddSingleton<ApplicationValidator>();
        builder.Services.AddSingleton<AdminCredential>();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ladder.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SubmitPolicy, context => PerClient(context, context.RequestServices.GetRequiredService<IOptions<ApplicationsOptions>>().Value.SubmissionsPerMinute));
            o.AddPolicy(AdminPolicy, context => PerClient(context, context.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.RequestsPerMinute));
        });
        return builder;
    }

    public static WebApplication MapApplications(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ApplicationsOptions>>().Value;
        var sizeLimit = new RequestSizeLimitAttribute(options.MaxRequestBytes);
        // The HTML form is a browser page (antiforgery, redirects), not part of the JSON contract.
        app.MapGet("/apply", ApplicationFormEndpoints.Show).ExcludeFromDescription();
        app.MapPost("/apply", ApplicationFormEndpoints.SubmitAsync)
            .RequireRateLimiting(SubmitPolicy).WithMetadata(sizeLimit)
            .WithFormOptions(bufferBody: false, valueLengthLimit: (int)options.MaxRequestBytes, valueCountLimit: 32, keyLengthLimit: 100, multipartBodyLengthLimit: options.MaxRequestBytes)
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/apply/submitted/{reference}", ApplicationFormEndpoints.Submitted).ExcludeFromDescription();

        app.MapVersioned("/applications", api =>
        {
            api.MapPost("", ApplicationApiEndpoints.CreateAsync).RequireRateLimiting(SubmitPolicy).WithMetadata(sizeLimit).DisableAntiforgery()
                .DescribeSubmission();
            api.MapGet("/{reference}", AdminEndpoints.GetAsync).RequireRateLimiting(AdminPolicy).DescribeRead();
        });
        app.MapGet("/admin/applications", AdminEndpoints.ListAsync).RequireRateLimiting(AdminPolicy).DescribeAdminPage();
        return app;
    }

    // Behind a proxy, configure forwarded headers first so RemoteIpAddress is the client's, not the proxy's.
    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permitsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
