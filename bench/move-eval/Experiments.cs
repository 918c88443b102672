using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>
/// Columns tried beside the shipped features, each graded by cross-validated held-out mover-mass@10
/// (<see cref="CrossValidation"/>): what helps is kept, the rest is reported and dropped.
/// </summary>
internal static class Experiments
{
    public static void Register(MoveFit fit, CpsMoves cps, SkillSpace space)
    {
        var catalog = space.Catalog;
        fit.Extras.Add(("logOpenings", (a, b) => catalog.Outlook.ProjectionFor(b.Role.Primary.Code)?.Projection.OpeningsThousands is { } o && o > 0 ? Math.Log(1 + o) : 0));
        fit.Extras.Add(("logTransferOpenings", (a, b) => catalog.Outlook.ProjectionFor(b.Role.Primary.Code)?.Projection is { Employment2024: { } e, TransferRate: { } t } ? Math.Log(1 + e * t / 100) : 0));
        fit.CollaborativeExtras.Add(("minorPrior", k => fit.PriorOver(k.Origins.Where(o => o[..4] == k.Node[..4]), k.Node)));
        var zones = cps.Shares.Keys.ToDictionary(n => n, n => fit.OccupationsOf(n).Select(p => p.JobZone).OfType<int>().DefaultIfEmpty(0).Average());
        fit.CollaborativeExtras.Add(("zonePrior", k => fit.PriorOver(k.Origins.Where(o => Math.Abs(zones[o] - zones[k.Node]) < 0.5), k.Node)));
        foreach (var n in new[] { 3, 30 })
            fit.CollaborativeExtras.Add(($"neighbours{n}", k => { var flows = NeighbourModel(cps, k.Flows, n).NeighbourFlows(k.Origin.Role, k.Similar); return d => MoveFeatures.NeighbourFeature(flows, d); }));
        var names = MoveFeatures.Names.ToList();
        foreach (var (a, b) in new[] { ("similarity", "destinationPrior"), ("similarity", "logEmployment"), ("similarity", "neighbourFlows"), ("destinationPrior", "zonesUp"), ("groupPrior", "similarity") })
            fit.Interactions.Add((names.IndexOf(a), names.IndexOf(b)));
    }

    private static readonly Dictionary<(object, int), MoveModel> Models = [];

    private static MoveModel NeighbourModel(CpsMoves cps, Dictionary<string, IReadOnlyDictionary<string, double>> flows, int k)
    {
        if (Models.TryGetValue((flows, k), out var m)) return m;
        if (Models.Count > 20) Models.Clear();
        return Models[(flows, k)] = new MoveModel(new double[MoveFeatures.Count], Enumerable.Repeat(1.0, MoveFeatures.Count).ToArray(), new double[MoveFeatures.Count],
            new Dictionary<string, double>(), 0, new Dictionary<string, IReadOnlyDictionary<string, double>>(), 0, "", cps.NodeOfSoc, flows, k);
    }

    /// <summary>
    /// Ceilings on the report halves of split 0: the product's lists ranked by the origin's own observed shares (the
    /// best any ranking can do under the list rules); by the flows of the ten known origins whose movers went most like
    /// its own (an oracle: that likeness needs the origin's own flows); and the linear model and boosted trees fitted
    /// and tuned on the report origins themselves (in-sample: what the columns can carry at best for these origins).
    /// </summary>
    public static void Ceilings(MoveFit fit, CpsMoves cps, IReadOnlyList<string> all, IReadOnlyList<string> evaluated, int rounds)
    {
        foreach (var first in new[] { true, false })
        {
            var train = all.Where(o => CpsMoves.IsFitPart(o) == first).ToList();
            var test = evaluated.Where(o => CpsMoves.IsFitPart(o) != first).ToList();
            var testAll = all.Where(o => CpsMoves.IsFitPart(o) != first).ToList();
            fit.Fill(testAll, train);
            double Each(Func<string, Func<double[], string?, double>> score) => test.Average(o => fit.PerOrigin([o], score(o))[0].Mass);
            var observed = Each(o => (f, n) => n is null ? -1 : cps.Shares[o].GetValueOrDefault(n));
            fit.IgnorePayRule = true;
            var observedAnyPay = Each(o => (f, n) => n is null ? -1 : cps.Shares[o].GetValueOrDefault(n));
            fit.IgnorePayRule = false;
            var oracle = Each(o =>
            {
                var near = train.Where(cps.Shares.ContainsKey).Select(t => (t, c: Cosine(cps.Shares[o], cps.Shares[t]))).OrderByDescending(x => x.c).ThenBy(x => x.t, StringComparer.Ordinal).Take(10).ToList();
                var mix = new Dictionary<string, double>();
                foreach (var (t, c) in near) foreach (var (d, v) in cps.Shares[t]) mix[d] = mix.GetValueOrDefault(d) + c * v;
                return (f, n) => n is null ? -1 : mix.GetValueOrDefault(n);
            });
            // In-sample: weights fitted (and tuned) on the report origins' own flows, their columns still from the other half.
            var (mean, scale, w) = fit.FitWeights(testAll, fill: false);
            w = CrossValidation.Tune(fit, test, mean, scale, w, rounds);
            var inSample = fit.CachedMass(test, f => CrossValidation.Score(f, mean, scale, w));
            var (rows, nodes, targets, weights) = fit.TrainingSet(testAll, fill: false);
            var trees = new BoostedTrees { Trees = 100, Depth = 3 }.Fit(rows, nodes, targets, weights, f => CrossValidation.Score(f, mean, scale, w));
            var inSampleTrees = fit.CachedMass(test, f => CrossValidation.Score(f, mean, scale, w) + trees.Sum(t => t.Eval(f)));
            var alone = string.Join(", ", new[] { "destinationPrior", "groupPrior", "neighbourFlows", "similarity" }.Select(c => $"{c} alone {fit.CachedMass(test, f => f[MoveFeatures.Names.ToList().IndexOf(c)]):0.000}"));
            Console.WriteLine($"report half {(first ? "B" : "A")} ({test.Count} origins): popularity {MoveMetrics.Popularity(cps, test).MoverMass:0.000}; own observed shares under the list rules {observed:0.000} (without the pay rule {observedAnyPay:0.000}); "
                + $"oracle 10 nearest known origins by their movers' destinations {oracle:0.000}; linear fitted in-sample {inSample:0.000}; + 100 boosted trees in-sample {inSampleTrees:0.000}; {alone}");
        }
    }

    private static double Cosine(Dictionary<string, double> x, Dictionary<string, double> y) =>
        x.Sum(kv => kv.Value * y.GetValueOrDefault(kv.Key)) / Math.Sqrt(x.Values.Sum(v => v * v) * y.Values.Sum(v => v * v));

    public static void Run(MoveFit fit, CpsMoves cps, IReadOnlyList<string> all, IReadOnlyList<string> evaluated, int splits, int rounds, string? only)
    {
        var names = fit.ColumnNames;
        bool[] Use(params string[] extra) => names.Select((n, j) => j < MoveFeatures.Count || extra.Any(e => n.StartsWith(e, StringComparison.Ordinal) || n == e)).ToArray();
        var trials = new (string Name, bool[] Use)[]
        {
            ("shipped features", Use()),
            ("+ destination openings", Use("logOpenings", "logTransferOpenings")),
            ("+ minor-group prior", Use("minorPrior")),
            ("+ job-zone prior", Use("zonePrior")),
            ("+ 3 and 30 neighbours' flows", Use("neighbours")),
            ("+ interactions", names.Select((n, j) => j < MoveFeatures.Count || n.Contains('×')).ToArray()),
            ("all of them", names.Select(_ => true).ToArray()),
            ("fewer: priors, neighbours, similarity, skills, size, zones, pay, level gap", names.Select(n => n is "destinationPrior" or "groupPrior" or "neighbourFlows" or "similarity" or "skills" or "logEmployment" or "zonesUp" or "zonesDown" or "logPayRatio" or "levelGap").ToArray()),
        };
        var boosts = new (string Name, BoostedTrees Boost)[]
        {
            ("boosted trees, 30 of depth 2", new BoostedTrees { Trees = 30, Depth = 2 }),
            ("boosted trees, 100 of depth 3", new BoostedTrees { Trees = 100, Depth = 3 }),
            ("boosted trees, 300 of depth 3, rate 0.05", new BoostedTrees { Trees = 300, Depth = 3, Rate = 0.05 }),
        };
        CrossValidation.Trainer WithL2(double l2, CrossValidation.Trainer inner) => (train, trainEval) => { var before = fit.L2; fit.L2 = l2; try { return inner(train, trainEval); } finally { fit.L2 = before; } };
        var runs = trials.Select(t => (t.Name, CrossValidation.Linear(fit, rounds, t.Use)))
            .Concat(new[] { 0.1, 1.0, 3.0 }.Select(l2 => ($"shipped features, L2 {l2}", WithL2(l2, CrossValidation.Linear(fit, rounds, trials[0].Use)))))
            .Concat(boosts.Select(b => (b.Name + " on the shipped features", CrossValidation.Boosted(fit, rounds, b.Boost, trials[0].Use))))
            .Concat(boosts.Select(b => (b.Name + " on all columns", CrossValidation.Boosted(fit, rounds, b.Boost))));
        foreach (var (name, trainer) in runs.Where(t => only is null || only.Split('|').Any(o => t.Item1 == o)))
        {
            Console.WriteLine($"{name}:");
            var folds = CrossValidation.Run(fit, cps, all, evaluated, splits, trainer, Console.WriteLine);
            Console.WriteLine($"  {CrossValidation.Summary(folds)}; split 0 report part {folds[0].Mass:0.000}");
        }
    }
}
