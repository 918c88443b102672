using System.Diagnostics;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.TitleEval;

/// <summary>
/// Scores the dev sets the honest way. Report part: the shipped index (O*NET titles plus the tuning halves in
/// data/titles) and the FTS5 OR/BM25 baseline over O*NET's titles, in this run. Tuning part: two-fold cross-validation,
/// so a tuning title is never scored by an index that holds it: each fold is scored by an index holding only the
/// other fold's real titles.
/// </summary>
internal sealed class DevEval(LadderCatalog catalog, IReadOnlyList<(string Name, List<LabelledTitle> Items)> sets)
{
    private readonly List<IndexedTitle> _onet = IndexedTitles.Collect(catalog, new TitleIndexOptions { IncludeRealTitles = false }).ToList();
    private TitleIndex[]? _folds;
    private RankingWeights _weights = RankingWeights.Default;
    private TitleIndex? _shipped;

    public void Report(int showMisses, bool staticSite)
    {
        using var baseline = new Fts5Baseline(_onet);
        _shipped ??= TitleIndex.Build(catalog);
        using var browser = staticSite ? new BrowserSearch(_shipped) : null;
        Console.WriteLine($"{"set",-22} {"part",-8} {"engine",-18} {"n",5} {"top1",7} {"top5",7}");
        foreach (var (name, items) in sets)
        {
            var report = items.Where(i => DevSplit.IsReport(i.Title)).ToList();
            var tune = items.Where(i => !DevSplit.IsReport(i.Title)).ToList();
            var clock = Stopwatch.StartNew();
            var ours = Score(report, _ => _shipped, out _);
            var perQuery = clock.Elapsed.TotalMicroseconds / Math.Max(1, report.Count);
            Row(name, "REPORT", "TitleIndex", ours);
            if (browser is not null) StaticRows(name, report, ours, browser);
            Row(name, "REPORT", "FTS5 OR/BM25", Baseline(baseline, report));
            Row(name, "tune", "TitleIndex (2-fold)", TuneScore(tune, out var misses));
            Row(name, "tune", "FTS5 OR/BM25", Baseline(baseline, tune));
            Console.WriteLine($"{"",-22} {perQuery:0} µs/query on the report part");
            // Misses come from the tuning part only: the report part is for reporting, not for looking at.
            foreach (var miss in misses.Take(showMisses)) Console.WriteLine(miss);
        }
    }

    /// <summary>Top-1 on the tuning parts (cross-validated) for each candidate weighting, for choosing constants.</summary>
    public void Sweep(IEnumerable<(string Label, RankingWeights Weights)> candidates)
    {
        foreach (var (label, weights) in candidates)
        {
            _weights = weights;
            _folds = null;
            var cells = sets.Select(s =>
            {
                var a = TuneScore(s.Items.Where(i => !DevSplit.IsReport(i.Title)).ToList());
                return string.Create(CultureInfo.InvariantCulture, $"{s.Name} {a.Rate(a.Top1):P1}/{a.Rate(a.Top5):P1}");
            });
            Console.WriteLine($"{label,-60} {string.Join("  ", cells)}");
        }
    }

    public Accuracy TuneScore(List<LabelledTitle> tune) => TuneScore(tune, out _);

    private Accuracy TuneScore(List<LabelledTitle> tune, out List<string> misses) =>
        Score(tune, item => Fold(DevSplit.Fold(item.Title)), out misses);

    private TitleIndex Fold(int fold)
    {
        _folds ??= [BuildWithout(0), BuildWithout(1)];
        return _folds[fold];
    }

    // The O*NET titles plus the shipped real titles of the other fold only.
    private TitleIndex BuildWithout(int fold)
    {
        var titles = new List<IndexedTitle>(_onet);
        RealTitles.AddTo(titles, catalog, RealTitleSource.Employer, t => DevSplit.Fold(t) == fold, _weights);
        RealTitles.AddTo(titles, catalog, RealTitleSource.Census, t => DevSplit.Fold(t) == fold, _weights);
        return TitleIndex.Build(catalog.Roles, catalog.Occupations, titles, _weights);
    }

    private Accuracy Score(List<LabelledTitle> items, Func<LabelledTitle, TitleIndex> index, out List<string> misses)
    {
        var accuracy = new Accuracy();
        misses = [];
        foreach (var item in items)
        {
            var predicted = index(item).Search(item.Title, 5).Matches.Select(m => m.Soc).ToList();
            if (!accuracy.Add(item, predicted))
                misses.Add($"  {item.Title} [{string.Join('/', item.Soc)}] → {(predicted.Count > 0 ? predicted[0] + " " + catalog.FindByCode(predicted[0])?.Title : "nothing")} (right answer at {(predicted.FindIndex(item.IsHit) is var at and >= 0 ? $"#{at + 1}" : "none of 5")})");
        }
        return accuracy;
    }

    // The static site's search (title-search.js in node) on the same titles: its top-1 against the server's, and how
    // often the two give the same first answer.
    private void StaticRows(string name, List<LabelledTitle> report, Accuracy server, BrowserSearch browser)
    {
        var answers = browser.Search(report.Select(i => i.Title).ToList(), 5, out var timing);
        var accuracy = new Accuracy();
        int same = 0;
        for (int i = 0; i < report.Count; i++)
        {
            accuracy.Add(report[i], answers[i]);
            var first = _shipped!.Search(report[i].Title, 5).Best?.Soc;
            if (first == answers[i].FirstOrDefault()) same++;
        }
        Row(name, "REPORT", "static site (node)", accuracy);
        var (raw, gzip) = browser.ModelSize();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"",-22} static/server top-1 {(double)accuracy.Top1 / Math.Max(1, server.Top1):0.000}x; same first answer {(double)same / Math.Max(1, report.Count):P1} of {report.Count}; model {raw:N0} bytes, {gzip:N0} gzipped; node: {timing}"));
    }

    private static Accuracy Baseline(Fts5Baseline baseline, List<LabelledTitle> items)
    {
        var accuracy = new Accuracy();
        foreach (var item in items) accuracy.Add(item, baseline.Search(item.Title, 5, anyWord: true));
        return accuracy;
    }

    private static void Row(string set, string part, string engine, Accuracy a) =>
        Console.WriteLine($"{set,-22} {part,-8} {engine,-18} {a.Total,5} {a.Rate(a.Top1),7:P1} {a.Rate(a.Top5),7:P1}");
}
