using System.Text;
using Ladder.Web.Hosting;

namespace Ladder.Web.Export;

/// <summary>
/// Files of the export that tell a static host to send <see cref="SecurityHeaders.ForPages"/> with every file, the same
/// headers <c>ladder serve</c> sends: <c>_headers</c> (read by Netlify and Cloudflare Pages as is), and sample nginx and
/// Caddy configurations to adapt (server name, root). Each also lets browsers keep the search files for good: their
/// names hold a hash of their content (<see cref="StaticSearch"/>), so a new build is fetched under new names.
/// </summary>
public static class ServerConfigs
{
    /// <summary>The Cache-Control of a file whose name holds a hash of its content.</summary>
    public const string ImmutableCache = "public, max-age=31536000, immutable";

    public const string HeadersFile = "_headers";
    public const string NginxFile = "nginx.conf.example";
    public const string CaddyFile = "Caddyfile.example";

    public static IEnumerable<KeyValuePair<string, byte[]>> Files(string? basePath)
    {
        var prefix = basePath ?? "/";
        yield return new(HeadersFile, Utf8(Netlify(prefix)));
        yield return new(NginxFile, Utf8(Nginx(prefix)));
        yield return new(CaddyFile, Utf8(Caddy(prefix)));
    }

    private static string Netlify(string prefix)
    {
        var text = new StringBuilder($"{prefix}*\n");
        foreach (var (name, value) in SecurityHeaders.ForPages) text.Append($"  {name}: {value}\n");
        foreach (var stem in StaticSearch.HashedStems) text.Append($"{prefix}assets/{stem}.*\n  Cache-Control: {ImmutableCache}\n");
        return text.ToString();
    }

    private static string Nginx(string prefix)
    {
        var text = new StringBuilder($$"""
            # Sample nginx site for this Ladder export; set server_name and root, then include it from nginx.conf.
            # The headers are the ones `ladder serve` sends. nginx drops server-level add_header lines in any location
            # that has add_header lines of its own, so keep them here only.
            server {
                listen 80;
                server_name careers.example.org;
                root /var/www/ladder;
                index index.html;
                charset utf-8;
                error_page 404 {{prefix}}404.html;

            """);
        foreach (var (name, value) in SecurityHeaders.ForPages) text.Append($"    add_header {name} \"{value}\" always;\n");
        text.Append($$"""

                location {{prefix}} {
                    try_files $uri $uri/ =404;
                }

                # The search files' names hold a hash of their content; `expires` (unlike add_header) keeps the headers above.
                location ~ "^{{prefix}}assets/.+{{StaticSearch.HashedPattern}}" {
                    expires max;
                }
            }

            """);
        return text.ToString();
    }

    private static string Caddy(string prefix)
    {
        var headers = new StringBuilder();
        foreach (var (name, value) in SecurityHeaders.ForPages) headers.Append($"\t\t{name} \"{value}\"\n");
        return $$"""
            # Sample Caddyfile for this Ladder export; set the site address and root. The headers are the ones
            # `ladder serve` sends; they are set on error pages too.
            careers.example.org {
            	root * /var/www/ladder
            	encode zstd gzip
            	header {
            {{headers}}	}
            	@hashed path {{string.Join(' ', StaticSearch.HashedStems.Select(stem => $"{prefix}assets/{stem}.*"))}}
            	header @hashed Cache-Control "{{ImmutableCache}}"
            	file_server
            	handle_errors {
            		rewrite * {{prefix}}404.html
            		file_server
            	}
            }

            """;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
