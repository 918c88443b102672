using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit.Abstractions;

namespace Ladder.Tests.Applications;

/// <summary>
/// A randomized barrage: oversized bodies, invalid UTF-8, script and SQL fragments, wrong content types, missing
/// antiforgery tokens and replays. Every answer is 4xx (or 2xx for a valid submission), never 5xx; nothing invalid is
/// stored; stored script text comes back encoded. The seed is printed; set LADDER_HOSTILE_SEED to replay a run.
/// </summary>
public abstract class HostileInputTests(ITestOutputHelper output) : IClassFixture<ShippedCatalogFixture>
{
    private const string AdminToken = "hostile-admin-token";
    private const int Requests = 400;

    private static readonly string[] Fragments =
    [
        "<script>alert(1)</script>", "'; DROP TABLE applications; --", "\" OR \"1\"=\"1", "Robert'); DROP TABLE applications;--",
        "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://x/a}", "=cmd|' /C calc'!A0", "\u202Egnp.exe", "../../etc/passwd",
        "%00%27", "👩‍💻 naïve café", "</textarea><script>x()</script>", "1; SELECT pg_sleep(10)", "\\\"}]}", "<!--", "]]>",
    ];

    protected abstract Task<ApplyServer> StartServerAsync(IDictionary<string, string?> settings);

    protected abstract string Backend { get; }

    [Fact]
    public async Task Hostile_requests_never_get_a_5xx_and_store_nothing_invalid()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LADDER_HOSTILE_SEED"), out var s) ? s : Random.Shared.Next();
        output.WriteLine($"hostile {Backend}: seed {seed}");
        var random = new Random(seed);
        await using var server = await StartServerAsync(new Dictionary<string, string?> { ["Ladder:Admin:Token"] = AdminToken, ["Ladder:Admin:RequestsPerMinute"] = "1000" });
        using var client = server.Client();
        using var stranger = server.Client();
        var form = await FormPage.OpenAsync(client);
        var report = new LoadReport();
        var sentBodies = new Dictionary<string, object>();
        var statuses = new Dictionary<string, int>();

        for (var i = 0; i < Requests; i++)
        {
            var (kind, request, expectValid) = Next(random, i, form, sentBodies);
            Interlocked.Increment(ref report.Sent);
            // Like a careful client, wait for the server's verdict before uploading a body: an oversized one is then
            // refused with 413 instead of the server closing the socket under a half-sent upload.
            if (request.Content is not null) request.Headers.ExpectContinue = true;
            HttpResponseMessage sent;
            try
            {
                sent = await (kind == "form-foreign-token" ? stranger : client).SendAsync(request);
            }
            catch (HttpRequestException ex) when (kind == "oversized-json" && ex.InnerException is IOException)
            {
                // Kestrel may answer 413 and close the socket while a large body is still being uploaded; the
                // client then sees a broken pipe instead of the status. Either way the body was refused, and the
                // store check below proves nothing of it was kept.
                statuses[$"{kind} refused-mid-upload"] = statuses.GetValueOrDefault($"{kind} refused-mid-upload") + 1;
                continue;
            }
            using var response = sent;
            var status = (int)response.StatusCode;
            statuses[$"{kind} {status}"] = statuses.GetValueOrDefault($"{kind} {status}") + 1;
            Assert.True(status < 500, $"{kind} got {status} (seed {seed}): {await response.Content.ReadAsStringAsync()}");
            if (expectValid is { } key)
            {
                if (kind.StartsWith("form", StringComparison.Ordinal))
                {
                    Assert.True(status == 303, $"{kind} expected 303, got {status} (seed {seed})");
                    report.Acknowledge(key, response.Headers.Location!.OriginalString["/apply/submitted/".Length..]);
                }
                else
                {
                    Assert.True(status is 201 or 200, $"{kind} expected 201, got {status} (seed {seed}): {await response.Content.ReadAsStringAsync()}");
                    report.Acknowledge(key, await Submissions.ReferenceOf(response));
                }
            }
            else
            {
                Assert.True(status is >= 400 and < 500, $"{kind} expected 4xx, got {status} (seed {seed})");
            }
        }
        foreach (var (outcome, times) in statuses.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"  {outcome}: {times}");

        var stored = await server.Store.ListAsync();
        var (count, duplicated, lost) = report.Check(stored.Select(a => a.Reference), output, $"hostile {Backend}");
        Assert.Equal(report.Acknowledged.Values.Distinct().Count(), count); // nothing stored that was not a valid, acknowledged submission
        Assert.Equal(0, duplicated);
        Assert.Equal(0, lost);
        Assert.All(stored, a => Assert.StartsWith("Hostile ", a.Name, StringComparison.Ordinal));

        using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin/applications");
        admin.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        using var page = await client.SendAsync(admin);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        if (stored.Any(a => a.Message.Contains("<script>alert(1)</script>", StringComparison.Ordinal)))
        {
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    private static (string Kind, HttpRequestMessage Request, string? ValidKey) Next(Random random, int i, Dictionary<string, string> form, Dictionary<string, object> sent)
    {
        string Fragment() => Fragments[random.Next(Fragments.Length)];
        object ValidBody() => new
        {
            name = $"Hostile {i} {Fragment()}",
            email = $"h{i}@example.com",
            currentRole = Fragment(),
            targetRole = "machine-learning-engineer",
            yearsOfExperience = random.Next(0, 40),
            location = random.Next(2) == 0 ? null : Fragment(),
            message = string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Fragment())),
            consent = true,
        };
        byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

        switch (random.Next(14))
        {
            case 0:
                return ("oversized-json", Submissions.Post(Submissions.Body(i, message: new string('x', random.Next(17_000, 200_000)))), null);
            case 1:
            {
                var bad = Json("{\"name\":\"Hostile ").Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => (byte)random.Next(0x80, 0x100))).Concat(Json("\",\"consent\":true}")).ToArray();
                return ("invalid-utf8", Submissions.Raw(bad, "application/json"), null);
            }
            case 2:
            {
                var garbage = new byte[random.Next(1, 4000)];
                random.NextBytes(garbage);
                return ("garbage-json", Submissions.Raw(garbage, "application/json"), null);
            }
            case 3:
            {
                var text = System.Text.Json.JsonSerializer.Serialize(ValidBody());
                return ("truncated-json", Submissions.Raw(Json(text[..random.Next(0, text.Length - 1)]), "application/json"), null);
            }
            case 4:
            case 5:
            {
                var key = $"hostile-{i}";
                var body = ValidBody();
                sent[key] = body;
                return ("fragments-valid", Submissions.Post(body, key), key);
            }
            case 6:
                return ("fragment-target-role", Submissions.Post(new { name = "Hostile x", email = "x@example.com", currentRole = "a", targetRole = Fragment(), yearsOfExperience = 1, consent = true }), null);
            case 7:
            {
                var poison = new[] { "\\u0000", "\\ud800", "\\udfff", "\\u0007", "\\u001b[31m" }[random.Next(5)];
                return ("control-characters", Submissions.Raw(Json($"{{\"name\":\"Hostile {poison}\",\"email\":\"x@example.com\",\"currentRole\":\"a\",\"targetRole\":\"15-2051.00\",\"yearsOfExperience\":1,\"consent\":true}}"), "application/json"), null);
            }
            case 8:
            {
                var type = new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/octet-stream", "text/html" }[random.Next(5)];
                return ("wrong-content-type", Submissions.Raw(Json(System.Text.Json.JsonSerializer.Serialize(ValidBody())), type), null);
            }
            case 9:
            {
                var odd = new[] { "[]", "null", "\"text\"", "{\"yearsOfExperience\":1e999}", "{\"yearsOfExperience\":99999999999}", "{\"consent\":\"yes\"}",
                    "{\"name\":{\"$gt\":\"\"}}", string.Concat(Enumerable.Repeat("[", 5000)), "{\"name\":\"a\",\"name\":\"b\"}" }[random.Next(9)];
                return ("wrong-json-shape", Submissions.Raw(Json(odd), "application/json"), null);
            }
            case 10:
            {
                var request = Submissions.Post(ValidBody());
                request.Headers.TryAddWithoutValidation("Idempotency-Key", new[] { "has space", new string('k', 500), "<script>", "a/b" }[random.Next(4)]);
                return ("bad-idempotency-key", request, null);
            }
            case 11 when sent.Count > 0:
            {
                var (key, body) = sent.ElementAt(random.Next(sent.Count));
                return random.Next(2) == 0
                    ? ("replay-same", Submissions.Post(body, key), key)
                    : ("replay-other-content", Submissions.Post(ValidBody(), key), null);
            }
            case 12:
            {
                var fields = FormPage.Filled(form, name: $"Hostile {i} {Fragment()}");
                var which = random.Next(4);
                if (which == 0) fields.Remove("__RequestVerificationToken");
                if (which == 1) fields["__RequestVerificationToken"] = "forged" + random.Next();
                if (which == 2) fields["message"] = new string('m', random.Next(20_000, 100_000));
                if (which == 3) return ("form-foreign-token", new HttpRequestMessage(HttpMethod.Post, "/apply") { Content = new FormUrlEncodedContent(fields) }, null);
                return (which == 2 ? "form-oversized" : "form-no-antiforgery", new HttpRequestMessage(HttpMethod.Post, "/apply") { Content = new FormUrlEncodedContent(fields) }, null);
            }
            default:
            {
                var fields = FormPage.Filled(form, name: $"Hostile {i} {Fragment()}");
                fields["idempotencyKey"] = $"hostile-form-{i}";
                fields["message"] = Fragment();
                return ("form-valid", new HttpRequestMessage(HttpMethod.Post, "/apply") { Content = new FormUrlEncodedContent(fields) }, $"hostile-form-{i}");
            }
        }
    }
}

public sealed class SqliteHostileInputTests(ShippedCatalogFixture catalog, ITestOutputHelper output) : HostileInputTests(output), IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ladder-apply-hostile-").FullName;
    private readonly ShippedCatalogFixture _catalog = catalog;

    protected override string Backend => "SQLite";

    protected override Task<ApplyServer> StartServerAsync(IDictionary<string, string?> settings) =>
        ApplyServer.StartAsync(_catalog, Path.Combine(_directory, "applications.db"), settings: settings);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class PostgresHostileInputTests(ShippedCatalogFixture catalog, ITestOutputHelper output) : HostileInputTests(output), IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private readonly ShippedCatalogFixture _catalog = catalog;

    protected override string Backend => "PostgreSQL";

    protected override Task<ApplyServer> StartServerAsync(IDictionary<string, string?> settings) =>
        ApplyServer.StartAsync(_catalog, postgres: _database.ConnectionString, settings: settings);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();
}
