using Ladder.Applications;
using Ladder.Web.Applications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Ladder.Web.Scaling;

/// <summary>Settings under <c>Ladder:DataProtection</c>.</summary>
public sealed class SharedKeysOptions
{
    public const string Section = "Ladder:DataProtection";

    /// <summary>A folder every instance can read and write (a network share); wins over PostgreSQL when set.</summary>
    public string? KeysFolder { get; set; }
}

/// <summary>
/// Where the Data Protection keys behind the antiforgery tokens live, so that any instance behind a load balancer
/// accepts a form another instance served: a configured shared folder, else the applications PostgreSQL database
/// when one is configured, else (one machine) ASP.NET's per-user key folder.
/// </summary>
public static class SharedKeys
{
    /// <summary>Every instance must also share the application name, which otherwise defaults to the install path.</summary>
    public const string ApplicationName = "ladder";

    public static WebApplicationBuilder AddSharedInstanceState(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<SharedKeysOptions>().BindConfiguration(SharedKeysOptions.Section);
        // Resolved when Data Protection first needs its options, after all configuration (tests add theirs late) is in.
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            if (Repository(services) is { } repository) o.XmlRepository = repository;
        }));
        return builder;
    }

    private static IXmlRepository? Repository(IServiceProvider services)
    {
        var folder = services.GetRequiredService<IOptions<SharedKeysOptions>>().Value.KeysFolder;
        if (!string.IsNullOrWhiteSpace(folder))
        {
            var directory = Directory.CreateDirectory(Path.GetFullPath(folder));
            return new FileSystemXmlRepository(directory, services.GetRequiredService<ILoggerFactory>());
        }
        if (services.GetRequiredService<IApplicationStore>() is PostgresApplicationStore postgres)
        {
            var connection = services.GetRequiredService<IOptions<ApplicationsOptions>>().Value.ConnectionString!;
            return new PostgresKeyRepository(connection, postgres.Schema);
        }
        return null;
    }
}
