using System.Net;
using System.Net.Sockets;
using System.Text;
using Ladder.Tests.Applications;

namespace Ladder.Tests.Web;

/// <summary>The shipped <c>ladder serve</c> executable on a real socket: what Kestrel itself does with the site's responses.</summary>
public sealed class ServeProcessTests(ShippedCatalogFixture catalog) : IClassFixture<ShippedCatalogFixture>
{
    /// <summary>Sends one raw HTTP/1.1 request and reads until the server closes, so every byte the server sent is seen.</summary>
    private static async Task<string> Raw(Uri address, string method, string path)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(address.Host, address.Port);
        await socket.SendAsync(Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int n;
        while ((n = await socket.ReceiveAsync(buffer)) > 0) received.Write(buffer, 0, n);
        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static int ContentLength(string response) =>
        int.Parse(response.Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim());

    [Fact]
    public async Task Pages_answer_head_with_the_get_length_and_no_body_and_cached_pages_repeat_byte_for_byte()
    {
        using var server = LadderServeProcess.Start(catalog.CatalogPath, new Dictionary<string, string>());
        await server.WaitUntilReadyAsync();
        using var client = new HttpClient { BaseAddress = server.Address };

        foreach (var path in new[] { "/careers/dental-hygienists", "/compare/actuaries/vs/statisticians", "/sitemap.xml" })
        {
            var body = await client.GetByteArrayAsync(path);
            for (int i = 0; i < 2; i++) // the second HEAD of a guide is answered from the page cache
            {
                var head = await Raw(server.Address, "HEAD", path);
                Assert.StartsWith("HTTP/1.1 200", head);
                Assert.EndsWith("\r\n\r\n", head); // nothing after the headers
                Assert.Equal(body.Length, ContentLength(head));
            }
        }

        // The first GET of a guide renders it; the next ones come from the cache and must be the same bytes.
        var first = await client.GetByteArrayAsync("/careers/web-developers");
        var again = await client.GetByteArrayAsync("/careers/web-developers");
        Assert.Equal(first, again);
        Assert.DoesNotContain("Server:", await Raw(server.Address, "GET", "/careers/web-developers"));
        var unknown = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/careers/no-such-role"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
