using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Ladder.ContentAudit;

// Reads every role's guide (/api/roles/{slug}) and transitions (/api/transitions/{slug}) from a running
// `ladder serve`, then prints one count per defect class and the worst sentences found.
string? url = null;
int sample = 15;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--url": url = args[++i].TrimEnd('/'); break;
        case "--sample": sample = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"error: unknown argument '{args[i]}'. Usage: content-audit --url http://HOST:PORT [--sample N]"); return 1;
    }
}
if (url is null) { Console.Error.WriteLine("error: give the base address of a running `ladder serve` with --url."); return 1; }

using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(2) };
var roles = (await Get(http, "api/roles"))!["items"]!.AsArray();
var guides = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
var transitions = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
await Parallel.ForEachAsync(roles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (role, ct) =>
{
    var slug = role!["slug"]!.GetValue<string>();
    guides[slug] = (await Get(http, $"api/roles/{Uri.EscapeDataString(slug)}"))!.AsObject();
    transitions[slug] = (await Get(http, $"api/transitions/{Uri.EscapeDataString(slug)}?limit=10"))!.AsObject();
});

var audit = new Audit(guides);
foreach (var (slug, guide) in guides.OrderBy(g => g.Key, StringComparer.Ordinal))
{
    audit.CheckGuide(slug, guide);
    audit.CheckTransitions(transitions[slug]);
}
audit.Print(Console.Out, sample);
return 0;

static async Task<JsonNode?> Get(HttpClient http, string path)
{
    using var response = await http.GetAsync(path);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode}.");
    return JsonNode.Parse(await response.Content.ReadAsStringAsync());
}
