using System.Net;
using System.Net.Http.Json;
using Ladder.Web.Export;
using Ladder.Web.Hosting;
using Ladder.Web.Site;

namespace Ladder.Tests.Web;

/// <summary>
/// Every route family answers with the same security headers, whichever code path wrote the response: the cached-page
/// shortcut, the page endpoints, redirects, the API, the applications pages, and errors; the static export's host files
/// carry the same values.
/// </summary>
public sealed class SecurityHeadersTests(WebFixture web) : IClassFixture<WebFixture>
{
    public static TheoryData<string, string, string?> Routes => new()
    {
        // method, path, JSON body (null: none)
        { "GET", "/", null },
        { "HEAD", "/careers/machine-learning-engineer", null },
        { "GET", "/careers/registered-nurses/from/licensed-practical-and-licensed-vocational-nurses", null },
        { "GET", "/careers/machine-learning-engineer/from?role=data%20analyst", null },
        { "GET", "/compare/machine-learning-engineer/vs/data-scientist", null },
        { "GET", "/domains", null },
        { "GET", "/domains/data-ai", null },
        { "GET", "/search?q=nurse", null },
        { "GET", "/gap", null },
        { "GET", "/sitemap.xml", null },
        { "GET", "/robots.txt", null },
        { "GET", "/assets/site.css", null },
        { "GET", "/apply?role=machine-learning-engineer", null },
        { "GET", "/apply/submitted/ABCD-1234", null },
        { "GET", "/admin/applications", null },
        { "GET", "/healthz", null },
        { "GET", "/careers/no-such-role", null },
        { "GET", "/no/such/page", null },
        { "GET", "/careers/a%2e%2e/x", null },
        { "DELETE", "/domains", null },
        { "GET", "/api/roles?limit=3", null },
        { "GET", "/api/roles/machine-learning-engineer", null },
        { "GET", "/api/search?q=nurse", null },
        { "GET", "/api/domains", null },
        { "GET", "/api/transitions/machine-learning-engineer", null },
        { "GET", "/api/roles/no-such-role", null },
        { "POST", "/api/gap", """{"target":"machine-learning-engineer","skills":["Python"]}""" },
        { "POST", "/api/applications", """{"name":""}""" },
        { "GET", "/api/applications/ABCD-1234", null },
        { "GET", "/openapi/v1.json", null },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_family_sends_the_security_headers(string method, string path, string? json)
    {
        // Twice, so pages answered from the page cache by the shortcut are covered as well as their first render.
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Accept.ParseAdd("text/html,application/json;q=0.9");
            if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await web.Client.SendAsync(request);
            AssertHeaders(response, SecurityHeaders.IsApi(new Microsoft.AspNetCore.Http.PathString(path.Split('?')[0])) ? SecurityHeaders.ForApi : SecurityHeaders.ForPages);
        }
    }

    [Fact]
    public async Task The_cached_page_shortcut_and_its_304_send_them_too()
    {
        var cache = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PageCache>(web.App.Services);
        using var first = await web.Client.GetAsync("/careers/web-developers");
        var before = cache.Count;
        using var cached = new HttpRequestMessage(HttpMethod.Get, "/careers/web-developers");
        cached.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var second = await web.Client.SendAsync(cached);
        Assert.Equal(before, cache.Count);
        Assert.Equal("br", second.Content.Headers.ContentEncoding.Single());
        AssertHeaders(second, SecurityHeaders.ForPages);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/careers/web-developers");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var notModified = await web.Client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertHeaders(notModified, SecurityHeaders.ForPages);
    }

    [Fact]
    public async Task Json_gets_a_policy_that_loads_nothing_and_pages_one_that_loads_only_the_site()
    {
        using var api = await web.Client.GetAsync("/api/domains");
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Header(api, "Content-Security-Policy"));
        using var page = await web.Client.GetAsync("/domains");
        var policy = Header(page, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy);
        // The application form keeps its no-store on top of the shared headers.
        using var form = await web.Client.GetAsync("/apply");
        Assert.Equal("no-store", Header(form, "Cache-Control"));
        Assert.Equal(policy, Header(form, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_static_export_tells_hosts_to_send_what_the_server_sends()
    {
        using var live = await web.Client.GetAsync("/");
        var expected = SecurityHeaders.ForPages.ToDictionary(h => h.Key, h => Header(live, h.Key)!);
        var output = web.TempPath("headers-export");
        var site = new StaticSite(new SiteData(web.Engine));
        site.Build(new StaticSiteOptions(output, BasePath: "/jobs/"), [new StaticPage("", Ladder.Web.Pages.HomePage.Render)]);

        var netlify = File.ReadAllLines(Path.Combine(output, ServerConfigs.HeadersFile));
        Assert.Equal("/jobs/*", netlify[0]);
        var rules = netlify.Skip(1).TakeWhile(l => l.StartsWith(' ')).Select(l => l.Trim().Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(expected, rules);
        // After the headers for every path, the search files (content-hashed names) may be kept for good.
        Assert.Equal(StaticSearch.HashedStems.SelectMany(stem => new[] { $"/jobs/assets/{stem}.*", $"  Cache-Control: {ServerConfigs.ImmutableCache}" }),
            netlify.Skip(1 + rules.Count).Where(l => l.Length > 0));

        var nginx = File.ReadAllText(Path.Combine(output, ServerConfigs.NginxFile));
        var caddy = File.ReadAllText(Path.Combine(output, ServerConfigs.CaddyFile));
        foreach (var (name, value) in expected)
        {
            Assert.Contains($"add_header {name} \"{value}\" always;", nginx);
            Assert.Contains($"{name} \"{value}\"", caddy);
        }
        Assert.Contains("error_page 404 /jobs/404.html;", nginx);
        Assert.Contains("rewrite * /jobs/404.html", caddy);
    }

    private static void AssertHeaders(HttpResponseMessage response, IReadOnlyList<KeyValuePair<string, string>> expected)
    {
        foreach (var (name, value) in expected)
            Assert.True(Header(response, name) == value, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} ({(int)response.StatusCode}) sent {name}: '{Header(response, name)}', expected '{value}'");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
