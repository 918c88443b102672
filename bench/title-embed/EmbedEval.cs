using System.Collections.Concurrent;
using System.Diagnostics;
using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.TitleEval;

/// <summary>
/// <c>title-embed</c>: does a MiniLM sentence embedding earn its cost in title search (issue 14)? Embeds every indexed
/// title and query once (cached, <see cref="EmbeddingStore"/>), then scores (a) an embedding kNN vote alone and
/// (b) the index's ranking re-scored with an embedding feature (<see cref="EmbedBlend"/>), the setting chosen on the
/// tuning parts only, by two-fold cross-validation; and (c) times one query's embedding. The contexts keep the
/// evaluation honest: a query's neighbours are only the titles its index holds. docs/title-search.md has the figures.
/// </summary>
internal sealed class EmbedEval(LadderCatalog catalog, List<LabelledTitle> reported, TitleIndexOptions heldOut, IReadOnlyList<string> sets)
{
    private sealed record Group(string Set, string Part, List<EmbedQuery> Queries);

    public int Run(string cachePath)
    {
        var messyPaths = sets.Where(s => s.EndsWith("messy-titles.tsv", StringComparison.Ordinal)).ToList();
        if (messyPaths.Count == 0) messyPaths.Add(Path.Combine(AppContext.BaseDirectory, "messy-titles.tsv"));
        var messy = messyPaths.SelectMany(LabelledTitle.ReadTsv).ToList();
        var dev = sets.Except(messyPaths).Select(s => (Name: Path.GetFileNameWithoutExtension(s), Items: LabelledTitle.ReadTsv(s))).ToList();

        var contexts = EmbedContext.All(catalog, heldOut);
        var texts = contexts.SelectMany(c => c.Titles.Select(t => t.Text))
            .Concat(reported.Select(r => r.Title)).Concat(messy.Select(m => m.Title))
            .Concat(dev.SelectMany(d => d.Items.Select(i => i.Title)));
        var modelDirectory = Path.Combine(Path.GetDirectoryName(cachePath)!, "minilm");
        var store = EmbeddingStore.Open(cachePath, texts, () => new MiniLmEncoder(Environment.ProcessorCount, modelDirectory));
        Console.WriteLine($"{store.Count:N0} distinct texts embedded ({cachePath})");
        foreach (var c in contexts) c.Link(store);
        Console.WriteLine("distinct indexed texts: " + string.Join(", ", contexts.Select(c => $"{c.Name} {c.Labels.Count(l => l is not null):N0}")));
        EmbedContext shipped = contexts[0], withoutReported = contexts[1];

        var clock = Stopwatch.StartNew();
        var groups = new List<Group>
        {
            new("O*NET reported (held out)", "", Compute(reported, _ => withoutReported, store)),
            new("messy-titles", "", Compute(messy, _ => shipped, store)),
        };
        foreach (var (name, items) in dev)
        {
            groups.Add(new(name, "REPORT", Compute(items.Where(i => DevSplit.IsReport(i.Title)).ToList(), _ => shipped, store)));
            groups.Add(new(name, "tune", Compute(items.Where(i => !DevSplit.IsReport(i.Title)).ToList(), i => contexts[2 + DevSplit.Fold(i.Title)], store)));
        }
        Console.WriteLine($"features of {groups.Sum(g => g.Queries.Count):N0} queries in {clock.Elapsed.TotalSeconds:0} s");

        Console.WriteLine();
        Console.WriteLine("(a) embedding kNN alone beside the index (top-1 / top-5; tuning parts answered 2-fold)");
        var alone = new[] { EmbedBlend.Index, new(EmbedBlend.Kind.Knn, 1, 0), new(EmbedBlend.Kind.Knn, 5, 0), new(EmbedBlend.Kind.Knn, 10, 0), new(EmbedBlend.Kind.Knn, 20, 0) };
        foreach (var g in groups)
            Console.WriteLine($"{g.Set,-26} {g.Part,-7} {g.Queries.Count,5}  " + string.Join("  ", alone.Select(b => $"{b}: {Cell(b.Score(g.Queries))}")));

        var tune = groups.Where(g => g.Part == "tune").ToList();
        if (tune.Count > 0)
        {
            var chosen = Blend(groups, tune, "(b) index re-scored with an embedding feature", EmbedBlend.Grid());
            Examples(tune, chosen);
            Blend(groups, tune, "(b2) the same, neighbours from O*NET's titles only (no employer or Census titles)", EmbedBlend.OnetGrid());
        }
        Latency(messy.Select(m => m.Title).ToList(), store, shipped.Index, modelDirectory);
        return 0;
    }

    // (b) Grid on the tuning part; a setting picked on one fold is scored on the other; the one picked on the whole
    // tuning part is the setting every other set is reported with.
    private static EmbedBlend Blend(List<Group> groups, List<Group> tune, string title, IEnumerable<EmbedBlend> settings)
    {
        Console.WriteLine();
        Console.WriteLine($"{title}, tuning part top-1 per fold (f0 / f1 / both), per set");
        var grid = new[] { EmbedBlend.Index }.Concat(settings).ToList();
        double Objective(EmbedBlend b, int? fold) => tune.Average(g => Rate(b, FoldOf(g, fold)));
        foreach (var b in grid)
            Console.WriteLine($"  {b,-40} " + string.Join("   ", tune.Select(g =>
                $"{g.Set} {Rate(b, FoldOf(g, 0)):P1} / {Rate(b, FoldOf(g, 1)):P1} / {Rate(b, g.Queries):P1}")));

        Console.WriteLine();
        var cv = tune.ToDictionary(g => g, _ => new Accuracy());
        for (int fold = 0; fold < 2; fold++)
        {
            var pick = grid.MaxBy(b => Objective(b, fold))!;
            Console.WriteLine($"picked on fold {fold}: {pick}; scored on fold {1 - fold}: " +
                string.Join("  ", tune.Select(g => $"{g.Set} {Rate(pick, FoldOf(g, 1 - fold)):P1} (index {Rate(EmbedBlend.Index, FoldOf(g, 1 - fold)):P1})")));
            foreach (var g in tune)
                foreach (var q in FoldOf(g, 1 - fold)) cv[g].Add(q.Item, pick.Predict(q));
        }
        foreach (var g in tune)
            Console.WriteLine($"cross-validated blend, {g.Set} tune: {Cell(cv[g])} (index alone {Cell(EmbedBlend.Index.Score(g.Queries))})");

        var chosen = grid.MaxBy(b => Objective(b, null))!;
        Console.WriteLine();
        Console.WriteLine($"chosen on the whole tuning part: {chosen}");
        foreach (var g in groups.Where(g => g.Part != "tune"))
        {
            var index = EmbedBlend.Index.Score(g.Queries);
            var blend = chosen.Score(g.Queries);
            Console.WriteLine($"{g.Set,-26} {g.Part,-7} {g.Queries.Count,5}  index {Cell(index)}  blend {Cell(blend)}  top-1 {100 * (blend.Rate(blend.Top1) - index.Rate(index.Top1)):+0.0;-0.0} points");
        }
        // For scale only (not a choice): the setting each set's own tuning part prefers, on that set's report part.
        foreach (var g in tune)
        {
            var own = grid.MaxBy(b => Rate(b, g.Queries))!;
            var report = groups.FirstOrDefault(r => r.Set == g.Set && r.Part == "REPORT");
            if (report is null) continue;
            Console.WriteLine($"best on {g.Set} tune alone: {own} -> {g.Set} REPORT {Rate(own, report.Queries):P1} (index {Rate(EmbedBlend.Index, report.Queries):P1})");
        }
        return chosen;
    }

    // Tuning-part titles (never report ones) whose top answer the blend changes, right or wrong.
    private static void Examples(List<Group> tune, EmbedBlend chosen)
    {
        foreach (var g in tune)
        {
            var changed = g.Queries
                .Select(q => (q, index: EmbedBlend.Index.Predict(q).FirstOrDefault(), blend: chosen.Predict(q).FirstOrDefault()))
                .Where(c => c.index != c.blend && c.blend is not null && c.index is not null)
                .Select(c => (c.q, c.index, c.blend, fixedIt: c.q.Item.IsHit(c.blend!), broke: c.q.Item.IsHit(c.index!)))
                .ToList();
            Console.WriteLine($"{g.Set} tune: the blend changes {changed.Count} top answers: fixes {changed.Count(c => c.fixedIt)}, breaks {changed.Count(c => c.broke)}");
            foreach (var c in changed.Where(c => c.fixedIt).Take(8).Concat(changed.Where(c => c.broke).Take(8)))
                Console.WriteLine($"  {(c.fixedIt ? "fixed" : "broke")} {c.q.Item.Title} [{string.Join('/', c.q.Item.Soc)}]: {c.index} -> {c.blend}");
        }
    }

    private static IEnumerable<EmbedQuery> FoldOf(Group g, int? fold) =>
        fold is { } f ? g.Queries.Where(q => DevSplit.Fold(q.Item.Title) == f) : g.Queries;

    private static double Rate(EmbedBlend b, IEnumerable<EmbedQuery> queries)
    {
        var a = b.Score(queries);
        return a.Rate(a.Top1);
    }

    // (c) One query at a time on one thread, after warm-up: the transformer pass, a brute-force scan of every
    // vector, and the index's own search for scale.
    private static void Latency(List<string> titles, EmbeddingStore store, TitleIndex index, string modelDirectory)
    {
        Console.WriteLine();
        GC.Collect();
        long before = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder(1, modelDirectory);
        var load = clock.Elapsed.TotalMilliseconds;
        foreach (var t in titles.Take(30)) encoder.Embed([t], batchSize: 1);
        GC.Collect();
        Console.WriteLine($"(c) model load {load:0} ms (file {new FileInfo(Path.Combine(modelDirectory, "model.onnx")).Length / 1e6:0.0} MB), " +
            $"working set +{(Environment.WorkingSet - before) / 1e6:0} MB after 30 queries; load average {EmbeddingStore.LoadAverage()}");
        foreach (var threads in new[] { 1, 2 })
        {
            using var batcher = threads == 1 ? null : new MiniLmEncoder(threads, modelDirectory);
            var many = Enumerable.Range(0, 4).SelectMany(_ => titles).ToList();
            clock.Restart();
            (batcher ?? encoder).Embed(many, batchSize: 64);
            Console.WriteLine($"batched embedding, {threads} thread(s), batches of 64: {many.Count / clock.Elapsed.TotalSeconds:0} titles/s");
        }

        var embed = new List<double>();
        var scan = new List<double>();
        var search = new List<double>();
        foreach (var t in titles)
        {
            clock.Restart();
            var v = encoder.Embed([t], batchSize: 1);
            embed.Add(clock.Elapsed.TotalMicroseconds);
            clock.Restart();
            float best = float.MinValue;
            for (int id = 0; id < store.Count; id++)
                best = Math.Max(best, EmbedQuery.Dot(v, store.Vector(id)));
            scan.Add(clock.Elapsed.TotalMicroseconds);
            clock.Restart();
            index.Search(t, 10);
            search.Add(clock.Elapsed.TotalMicroseconds);
        }
        Console.WriteLine($"one query, one thread, {titles.Count} messy titles (µs, p50 / p99): MiniLM embedding {Percentiles(embed)}; " +
            $"scan of {store.Count:N0} vectors {Percentiles(scan)}; TitleIndex.Search {Percentiles(search)}");
    }

    private static string Percentiles(List<double> values)
    {
        var sorted = values.Order().ToList();
        return $"{sorted[sorted.Count / 2]:0} / {sorted[(int)(sorted.Count * 0.99)]:0}";
    }

    private static List<EmbedQuery> Compute(List<LabelledTitle> items, Func<LabelledTitle, EmbedContext> context, EmbeddingStore store)
    {
        var results = new ConcurrentDictionary<int, EmbedQuery>();
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => new float[store.Count],
            (i, _, buffer) =>
            {
                results[i] = EmbedQuery.Compute(items[i], context(items[i]), store, buffer);
                return buffer;
            }, _ => { });
        return Enumerable.Range(0, items.Count).Select(i => results[i]).ToList();
    }

    private static string Cell(Accuracy a) => $"{a.Rate(a.Top1):P1} / {a.Rate(a.Top5):P1}";
}
