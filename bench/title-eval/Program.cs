using System.Diagnostics;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Search;
using Ladder.TitleEval;

// title-eval [--db catalog.db] [--misses N] [--no-baseline] [--no-reported] [--no-static] [--sweep] [--query "text"]... [set.tsv]...
// title-eval --export-tune set.tsv out.tsv.gz | --export-report-sample set.tsv STEP out.tsv
// Scores TitleIndex and an SQLite FTS5/BM25 baseline side by side on labelled title sets; each set given is
// scored whole, then on its tuning part and its report-only part (DevSplit); the report parts also through the static
// site's search (title-search.js, in node), beside the server's.
string? db = null;
int showMisses = 0;
bool baselines = true, reportedSet = true, sweep = false, staticSite = true;
var sets = new List<string>();
var queries = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--db": db = args[++i]; break;
        case "--misses": showMisses = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--query": queries.Add(args[++i]); break;
        case "--no-baseline": baselines = false; break;
        case "--no-reported": reportedSet = false; break;
        case "--sweep": sweep = true; break;
        case "--no-static": staticSite = false; break;
        case "--export-tune":
            // --export-tune h1b-dev.tsv employer-titles.tsv.gz: the generator of data/titles (docs/title-search.md).
            TuneExport.Write(args[++i], args[++i]);
            return 0;
        case "--export-report-sample":
            // --export-report-sample set.tsv STEP out.tsv: every STEP-th report-only title, for the table-driven test.
            TuneExport.WriteReportSample(args[++i], int.Parse(args[i + 1], CultureInfo.InvariantCulture), args[i += 2]);
            return 0;
        default: sets.Add(args[i]); break;
    }
}

var catalog = ShippedCatalog.Load(db);
if (queries.Count > 0)
{
    var index = TitleIndex.Build(catalog);
    foreach (var q in queries)
    {
        var result = index.Search(q, 8);
        Console.WriteLine($"{q}  [seniority: {result.Seniority ?? "-"}] {result.Note}");
        foreach (var m in result.Matches) Console.WriteLine($"  {m.Score:0.000} {m.Code,-28} {m.Title} :: {m.Matched}");
    }
    return 0;
}

Console.WriteLine($"O*NET {catalog.Info.OnetRelease}, {catalog.Occupations.Count} occupations, {catalog.CuratedRoles.Count} curated roles");
Console.WriteLine();
Console.WriteLine($"{"set",-34} {"engine",-11} {"n",5} {"top1",7} {"top5",7} {"top1 2d",8} {"top5 2d",8}");

// (a) Reported titles, held out: neither engine may index any title that normalizes to one of them.
var (reported, heldOut) = ReportedTitles.HeldOut(catalog);
if (reportedSet) Compare("O*NET reported titles (held out)", reported, heldOut);

// (b) Hand-made messy titles against the full index; (c) dev sets: report part beside FTS5, tuning part cross-validated.
var messy = sets.Where(s => s.EndsWith("messy-titles.tsv", StringComparison.Ordinal)).ToList();
if (sets.Count == 0) messy.Add(Path.Combine(AppContext.BaseDirectory, "messy-titles.tsv"));
foreach (var set in messy) Compare(Path.GetFileNameWithoutExtension(set), LabelledTitle.ReadTsv(set), TitleIndexOptions.Default);
var dev = sets.Except(messy).Select(s => (Path.GetFileNameWithoutExtension(s), LabelledTitle.ReadTsv(s))).ToList();
if (dev.Count > 0)
{
    var eval = new DevEval(catalog, dev);
    if (sweep) eval.Sweep(Sweeps.Candidates());
    else eval.Report(showMisses, staticSite);
}
return 0;

void Compare(string name, List<LabelledTitle> set, TitleIndexOptions options)
{
    var titles = IndexedTitles.Collect(catalog, options);
    var clock = Stopwatch.StartNew();
    var index = TitleIndex.Build(catalog.Roles, catalog.Occupations, titles);
    var buildMs = clock.Elapsed.TotalMilliseconds;
    using var baseline = new Fts5Baseline(titles);

    var ours = new Accuracy();
    var theirs = new Accuracy();
    var plain = new Accuracy();
    var misses = new List<string>();
    clock.Restart();
    foreach (var item in set)
    {
        var predicted = index.Search(item.Title, 5).Matches.Select(m => m.Soc).ToList();
        if (!ours.Add(item, predicted))
            misses.Add($"  {item.Title} [{string.Join('/', item.Soc)}] → {(predicted.Count > 0 ? predicted[0] + " " + catalog.FindByCode(predicted[0])?.Title : "nothing")}");
    }
    var oursMs = clock.Elapsed.TotalMilliseconds;
    if (!baselines)
    {
        Row(name, "TitleIndex", ours);
        Console.WriteLine($"{"",-34} index: {titles.Count:N0} titles, built in {buildMs:0} ms; {oursMs * 1000 / Math.Max(1, set.Count):0} µs/query");
        foreach (var miss in misses.Take(showMisses)) Console.WriteLine(miss);
        Console.WriteLine();
        return;
    }
    clock.Restart();
    foreach (var item in set) theirs.Add(item, baseline.Search(item.Title, 5, anyWord: true));
    var theirsMs = clock.Elapsed.TotalMilliseconds;
    foreach (var item in set) plain.Add(item, baseline.Search(item.Title, 5, anyWord: false));

    Row(name, "TitleIndex", ours);
    Row(name, "FTS5 AND", plain);
    RatioRow("ratio AND", ours, plain);
    Row(name, "FTS5 OR", theirs);
    RatioRow("ratio OR", ours, theirs);
    Console.WriteLine($"{"",-34} index: {titles.Count:N0} titles, built in {buildMs:0} ms; {oursMs * 1000 / Math.Max(1, set.Count):0} µs/query (FTS5 OR {theirsMs * 1000 / Math.Max(1, set.Count):0} µs/query)");
    foreach (var miss in misses.Take(showMisses)) Console.WriteLine(miss);
    Console.WriteLine();
}

static void RatioRow(string label, Accuracy ours, Accuracy theirs) => Console.WriteLine($"{"",-34} {label,-11} {"",5} {Ratio(ours.Top1, theirs.Top1),7} {Ratio(ours.Top5, theirs.Top5),7} {Ratio(ours.Top1Major, theirs.Top1Major),8} {Ratio(ours.Top5Major, theirs.Top5Major),8}");

static void Row(string set, string engine, Accuracy a) => Console.WriteLine(
    $"{set,-34} {engine,-11} {a.Total,5} {a.Rate(a.Top1),7:P1} {a.Rate(a.Top5),7:P1} {a.Rate(a.Top1Major),8:P1} {a.Rate(a.Top5Major),8:P1}");

static string Ratio(int ours, int theirs) => theirs == 0 ? "n/a" : ((double)ours / theirs).ToString("0.00x", CultureInfo.InvariantCulture);
