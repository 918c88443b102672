namespace Ladder.MoveEval;

/// <summary>
/// Cross-validation over several fit/report splits of the tuning half: each split halves the origins by a salted
/// FNV-1a hash of the node code (split 0 is the bench's own fit/report split), a ranker is trained on one half's
/// origins and graded on the other half's evaluation origins, both ways round. A graded origin's own flows are never
/// used: its priors, neighbours' and reverse flows come from the training half alone.
/// </summary>
internal static class CrossValidation
{
    /// <summary>Trains on the origins given (and tunes on their evaluation origins); returns the scorer of one candidate's columns.</summary>
    public delegate Func<double[], double> Trainer(IReadOnlyCollection<string> train, IReadOnlyCollection<string> trainEval);

    public readonly record struct Fold(int Split, string Half, int Origins, double Mass, double Popularity);

    /// <summary>K-fold instead of halves (k &gt; 2): fold of a node by FNV-1a of the node code, mod k.</summary>
    public static int Folds { get; set; } = 2;

    public static bool InFirstHalf(string node, int split)
    {
        if (split == 0) return CpsMoves.IsFitPart(node);
        return Mixed($"{split}:{node}") % 2 == 0;
    }

    /// <summary>
    /// FNV-1a, then murmur3's finaliser: FNV-1a's low bits are the parity of the characters' low bits, so a salt alone
    /// would give the same halves (or their complement) for every split.
    /// </summary>
    private static uint Mixed(string text)
    {
        uint h = 2166136261;
        foreach (var c in text) h = (h ^ c) * 16777619;
        h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
        return h;
    }

    private static int FoldOf(string node, int split) => (int)(Mixed($"{split}/{node}") % (uint)Folds);

    public static List<Fold> Run(MoveFit fit, CpsMoves cps, IReadOnlyList<string> all, IReadOnlyList<string> evaluated, int splits, Trainer train, Action<string>? log = null)
    {
        var folds = new List<Fold>();
        for (int s = 0; s < splits; s++)
            foreach (var first in Folds > 2 ? Enumerable.Range(0, Folds).Select(f => (object)f) : new object[] { true, false })
            {
                bool Trains(string o) => first is int f ? FoldOf(o, s) != f : InFirstHalf(o, s) == (bool)first;
                var trainOrigins = all.Where(Trains).ToList();
                var trainEval = evaluated.Where(Trains).ToList();
                var test = evaluated.Where(o => !Trains(o)).ToList();
                var score = train(trainOrigins, trainEval);
                fit.Fill(test, trainOrigins);
                var fold = new Fold(s, first is int fi ? $"fold {fi}" : (bool)first ? "B" : "A", test.Count, fit.CachedMass(test, score), MoveMetrics.Popularity(cps, test).MoverMass);
                log?.Invoke($"  split {s}, report half {fold.Half}: {fold.Origins} origins, mass {fold.Mass:0.000}, popularity {fold.Popularity:0.000}, ratio {fold.Mass / fold.Popularity:0.00}");
                folds.Add(fold);
            }
        return folds;
    }

    public static string Summary(IReadOnlyList<Fold> folds)
    {
        static (double Mean, double Sd) Stats(IEnumerable<double> xs)
        {
            var l = xs.ToList();
            var m = l.Average();
            return (m, Math.Sqrt(l.Sum(x => (x - m) * (x - m)) / Math.Max(1, l.Count - 1)));
        }
        var (mass, massSd) = Stats(folds.Select(f => f.Mass));
        var (ratio, ratioSd) = Stats(folds.Select(f => f.Mass / f.Popularity));
        var (pop, _) = Stats(folds.Select(f => f.Popularity));
        return $"mass {mass:0.000} ± {massSd:0.000} (sd over {folds.Count} report halves), popularity {pop:0.000}, ratio {ratio:0.00} ± {ratioSd:0.00}, worst mass {folds.Min(f => f.Mass):0.000}";
    }

    /// <summary>The conditional logit, then coordinate ascent on mover-mass@10 of the training half's evaluation origins.</summary>
    public static Trainer Linear(MoveFit fit, int tuneRounds, bool[]? use = null) => (train, trainEval) =>
    {
        var (mean, scale, w) = fit.FitWeights(train, use);
        if (tuneRounds > 0) w = Tune(fit, trainEval, mean, scale, w, tuneRounds, use);
        return f => Score(f, mean, scale, w);
    };

    /// <summary>The conditional logit (tuned as <see cref="Linear"/>), then boosted trees on the same objective from its score.</summary>
    public static Trainer Boosted(MoveFit fit, int tuneRounds, BoostedTrees boost, bool[]? use = null) => (train, trainEval) =>
    {
        var linear = Linear(fit, tuneRounds, use)(train, trainEval);
        var (rows, nodes, targets, weights) = fit.TrainingSet(train);
        var trees = boost.Fit(rows, nodes, targets, weights, linear, use);
        return f => linear(f) + trees.Sum(t => t.Eval(f));
    };

    public static double Score(double[] f, double[] mean, double[] scale, double[] w)
    {
        double s = 0;
        for (int j = 0; j < w.Length; j++) s += w[j] * (f[j] - mean[j]) / scale[j];
        return s;
    }

    public static double[] Tune(MoveFit fit, IReadOnlyCollection<string> origins, double[] mean, double[] scale, double[] start, int rounds, bool[]? use = null)
    {
        var w = start.ToArray();
        var best = fit.CachedMass(origins, f => Score(f, mean, scale, w));
        for (int round = 0; round < rounds; round++)
        {
            var improved = false;
            for (int j = 0; j < w.Length; j++)
                foreach (var step in new[] { -0.4, -0.2, -0.1, 0.1, 0.2, 0.4 })
                {
                    if (use is not null && !use[j]) continue;
                    var trial = (double[])w.Clone();
                    trial[j] = Math.Round(trial[j] + step, 4);
                    var mass = fit.CachedMass(origins, f => Score(f, mean, scale, trial));
                    if (mass > best + 1e-4) { best = mass; w = trial; improved = true; }
                }
            if (!improved) break;
        }
        return w;
    }
}
