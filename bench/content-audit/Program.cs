using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Ladder.ContentAudit;

// Reads every role's guide (/api/roles/{slug}) and transitions (/api/transitions/{slug}) from a running
// `ladder serve`, then prints one count per defect class and the worst sentences found.
string? url = null;
int sample = 15;
string? ooh = null, families = null, onet = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--url": url = args[++i].TrimEnd('/'); break;
        case "--sample": sample = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--ooh": ooh = args[++i]; break;
        case "--families": families = args[++i]; break;
        case "--onet": onet = args[++i]; break;
        default: Console.Error.WriteLine($"error: unknown argument '{args[i]}'. Usage: content-audit --url http://HOST:PORT [--sample N] [--ooh ooh_pages.jsonl] [--families content/families] [--onet data/onet]"); return 1;
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
var codes = guides.Values.Where(g => g["kind"]?.GetValue<string>() != "role").SelectMany(g => g["codes"]!.AsArray().Select(c => c!.GetValue<string>())).Distinct().ToList();
// Hazardous families are read from the content's own flag; which occupations are dangerous comes from the Handbook text.
var hazardous = families is null ? new HashSet<string>()
    : Directory.GetFiles(families, "*.yaml").Where(f => File.ReadLines(f).Any(l => l.Trim() == "hazardous: true")).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();
if (ooh is not null && File.Exists(ooh)) audit.UseHandbookOutlook(ooh);
audit.UseLicenceEvidence(LicenceEvidence.Read(ooh is not null && File.Exists(ooh) ? ooh : null, onet));
audit.UseSafetySources(ooh is not null && File.Exists(ooh) ? HandbookDangers.Read(ooh, codes) : null, hazardous);
foreach (var (slug, guide) in guides.OrderBy(g => g.Key, StringComparer.Ordinal))
{
    audit.CheckGuide(slug, guide);
    audit.CheckTransitions(transitions[slug]);
}
audit.CheckHandbookCoverage(guides.Values.Where(g => g["kind"]?.GetValue<string>() != "role")
    .ToDictionary(g => g["codes"]![0]!.GetValue<string>(), g => g, StringComparer.Ordinal));
audit.Print(Console.Out, sample);
return 0;

static async Task<JsonNode?> Get(HttpClient http, string path)
{
    using var response = await http.GetAsync(path);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode}.");
    return JsonNode.Parse(await response.Content.ReadAsStringAsync());
}
