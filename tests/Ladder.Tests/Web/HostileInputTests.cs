using System.Net;
using System.Text;

namespace Ladder.Tests.Web;

public sealed class HostileInputTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/careers/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/careers/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/assets/..%2F..%2Fladder.db")]
    [InlineData("/assets/%5c..%5cladder.db")]
    [InlineData("/careers/%01")]
    public async Task Path_traversal_is_refused_with_a_4xx(string url)
    {
        var response = await web.Client.GetAsync(url);
        var status = (int)response.StatusCode;
        Assert.InRange(status, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oversized_query_strings_get_414_problem_details()
    {
        var response = await web.Client.GetAsync("/api/search?q=" + new string('a', 10_000));
        await ApiTests.AssertProblem(response, 414);
        var page = await web.Browser().GetAsync("/search?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Randomized_hostile_requests_never_get_a_5xx_or_a_stack_trace()
    {
        var random = new Random(20260601);
        string[] templates = ["/careers/{0}", "/careers/{0}/from/{1}", "/compare/{0}/vs/{1}", "/domains/{0}", "/search?q={0}", "/apply?role={0}",
            "/api/roles/{0}", "/api/roles?domain={0}&q={1}", "/api/search?q={0}&limit={1}", "/api/compare?a={0}&b={1}", "/api/transitions/{0}", "/assets/{0}", "/{0}"];
        string[] pieces = ["<script>alert(1)</script>", "..", "%2e%2e%2f", "'\"><img src=x onerror=alert(1)>", "data-scientist", "machine-learning-engineer",
            "ü—漢字", "%01", "%ff%fe", "-1", "999999999999999999999", "{{7*7}}", "${jndi:ldap://x}", "a b c", "%E2%80%AE", "null", "true", "[]"];
        var clients = new[] { web.Client, web.Browser() };
        for (int i = 0; i < 300; i++)
        {
            var template = templates[random.Next(templates.Length)];
            var url = string.Format(template, Piece(random, pieces), Piece(random, pieces));
            using var request = new HttpRequestMessage(random.Next(5) == 0 ? HttpMethod.Post : HttpMethod.Get, url);
            if (request.Method == HttpMethod.Post) request.Content = new StringContent(Piece(random, pieces), Encoding.UTF8, random.Next(2) == 0 ? "application/json" : "application/x-www-form-urlencoded");
            var response = await clients[i % 2].SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{request.Method} {url} → {(int)response.StatusCode}: {body}");
            Assert.DoesNotContain("   at ", body);
            Assert.DoesNotContain("Exception", body);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                // Echoed input must arrive as text, never as markup.
                Assert.DoesNotContain("<script>alert(1)", body);
                Assert.DoesNotContain("<img src=x", body);
            }
            else if ((int)response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        var gap = await web.Client.PostAsync("/api/gap", new StringContent(new string('{', 5000), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, gap.StatusCode);
    }

    private static string Piece(Random random, string[] pieces)
    {
        var piece = pieces[random.Next(pieces.Length)];
        if (random.Next(4) == 0) piece += new string((char)random.Next(0x21, 0x7e), random.Next(1, 40));
        return Uri.EscapeDataString(piece).Replace("%25", random.Next(3) == 0 ? "%" : "%25", StringComparison.Ordinal);
    }
}
