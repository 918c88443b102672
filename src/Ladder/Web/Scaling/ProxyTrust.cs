using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ladder.Web.Scaling;

/// <summary>
/// Honours <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only from the proxies named under <c>Ladder:Proxy</c>
/// (<c>KnownProxies</c>: addresses; <c>KnownNetworks</c>: CIDR ranges; each a list or one comma-separated value), so
/// the rate limits key on the visitor's address behind a load balancer and nobody else can choose their own.
/// With neither set the headers are ignored: unlike ASP.NET's default, not even loopback is trusted.
/// </summary>
public static class ProxyTrust
{
    public const string Section = "Ladder:Proxy";

    public static WebApplication UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        if (Options(app.Configuration) is { } options) app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>The middleware's options, or null when no proxy is configured; a malformed entry stops start-up naming it.</summary>
    public static ForwardedHeadersOptions? Options(IConfiguration configuration)
    {
        var proxies = Values(configuration.GetSection(Section + ":KnownProxies")).ToList();
        var networks = Values(configuration.GetSection(Section + ":KnownNetworks")).ToList();
        if (proxies.Count == 0 && networks.Count == 0) return null;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Walk back through X-Forwarded-For while each hop is a trusted proxy; the first untrusted address is the client.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var (key, value) in proxies)
        {
            if (!IPAddress.TryParse(value, out var address))
                throw new InvalidOperationException($"{key}: '{value}' is not an IP address (use KnownNetworks for a range such as 10.0.0.0/8).");
            options.KnownProxies.Add(address);
        }
        foreach (var (key, value) in networks)
        {
            if (!System.Net.IPNetwork.TryParse(value, out var network))
                throw new InvalidOperationException($"{key}: '{value}' is not a network in CIDR form, such as 10.0.0.0/8 or fd00::/8.");
            options.KnownIPNetworks.Add(network);
        }
        return options;
    }

    /// <summary>Entries of a list section (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>) or of one comma-separated value, with their keys.</summary>
    private static IEnumerable<(string Key, string Value)> Values(IConfigurationSection section)
    {
        var items = section.Value is { } single
            ? [(section.Path, single)]
            : section.GetChildren().Select(c => (c.Path, c.Value ?? ""));
        foreach (var (key, value) in items)
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                yield return (key, part);
    }
}
