using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>
/// Fits <see cref="MoveModel"/> as a conditional logit: for each origin occupation, a softmax over the destination
/// occupations in its similarity pool, each node's probability the sum of its occupations', maximising the observed
/// share of movers each node drew. Full-batch Adam from zero, in a fixed order: the same data gives the same weights.
/// </summary>
internal sealed partial class MoveFit(SkillSpace space, CpsMoves cps, int pool)
{
    /// <summary>Add-α smoothing of the priors (in units of one origin's movers).</summary>
    public const double PriorSmoothing = 0.02;
    public double L2 { get; set; } = 0.01;
    private const double LearningRate = 0.05;
    public int Iterations { get; init; } = 800;
    private static readonly int PriorIndex = MoveFeatures.Names.ToList().IndexOf("destinationPrior");
    private static readonly int GroupPriorIndex = MoveFeatures.Names.ToList().IndexOf("groupPrior");

    private readonly Dictionary<string, Origin> _origins = [];

    /// <summary>
    /// One origin occupation: every candidate the product ranks (features with the prior columns left for the fit to
    /// fill, node, the group the one-per-group rule counts, the pay rule) and which candidates the fit is graded on.
    /// </summary>
    private sealed record Origin(string Node, RoleProfile Profile, double[][] Features, string?[] Nodes, string[] Groups, bool[] Graded, bool[] Allowed,
        double Weight, List<(Ladder.Catalog.Role, double)> Similar, string[] Slugs);

    /// <summary>The node of a role, when its SOC code maps to exactly one node.</summary>
    public string? NodeOf(RoleProfile p) => cps.NodeOfSoc.GetValueOrDefault(p.Role.Primary.Code.Soc);

    /// <summary>The O*NET occupations (".00" codes) that stand for an origin node.</summary>
    public IReadOnlyList<RoleProfile> OccupationsOf(string node) =>
        space.Profiles.Where(p => !p.Role.IsCurated && p.Role.Code.EndsWith(".00", StringComparison.Ordinal) && NodeOf(p) == node).ToList();

    private IEnumerable<Origin> Prepare(string node)
    {
        var occupations = OccupationsOf(node);
        foreach (var a in occupations)
        {
            if (!_origins.TryGetValue(a.Role.Code, out var origin))
            {
                // The pool as the product draws it (every role, curated ones too); the fit grades only the occupations the data can.
                var similar = MoveRanking.BySimilarity(space, a, p => TransitionList.IsMove(a.Role, p.Role), outward: true);
                var ranked = similar.Take(pool > 0 ? pool : similar.Count).Select((x, rank) => (x.Other, x.Breakdown, rank)).ToList();
                var features = ranked.Select(x => { var f = new double[Width]; MoveFeatures.Compute(MoveModel.SimilarityOnly, space.Catalog, a, x.Other, x.Breakdown, x.rank, null, f); for (int e = 0; e < Extras.Count; e++) f[MoveFeatures.Count + e] = Extras[e].Value(a, x.Other); return f; }).ToArray();
                var nodes = ranked.Select(x => NodeOf(x.Other)).ToArray();
                _origins[a.Role.Code] = origin = new Origin(node, a, features, nodes, ranked.Select(x => NodeOf(x.Other) ?? x.Other.Role.Code[..6]).ToArray(),
                    ranked.Select(x => !x.Other.Role.IsCurated && NodeOf(x.Other) is { } n && n != node).ToArray(),
                    ranked.Select(x => MoveRanking.Allowed(MoveRules.Shown, a, x.Other)).ToArray(), 1.0 / occupations.Count,
                    similar.Select(x => (x.Other.Role, x.Breakdown.Score)).ToList(), ranked.Select(x => x.Other.Role.Slug).ToArray());
            }
            yield return origin;
        }
    }

    private static string Group(string node) => node[..2];

    /// <summary>ln of each node's smoothed share of the movers of <paramref name="origins"/> (leaving out <paramref name="except"/>'s own).</summary>
    private Dictionary<string, double> Prior(IEnumerable<string> origins, string? except, out double defaultPrior)
    {
        var sums = new Dictionary<string, double>();
        var counted = origins.Where(o => o != except && cps.Shares.ContainsKey(o)).ToList();
        int count = counted.Count;
        // Weighted by movers (an origin counts by its movers over the average origin's): where the movers of known
        // origins went, as the popularity baseline counts them; an average of shares lets a small origin weigh as much as a large one.
        var average = count == 0 ? 1 : counted.Average(o => cps.Movers[o]);
        foreach (var o in counted)
        {
            var weight = ShareWeighted ? 1 : cps.Movers[o] / average;
            foreach (var (d, s) in cps.Shares[o]) sums[d] = sums.GetValueOrDefault(d) + s * weight;
        }
        var denominator = count + PriorSmoothing * cps.NodeOfSoc.Values.Distinct().Count();
        defaultPrior = Math.Log(PriorSmoothing / denominator);
        return count == 0 ? [] : sums.ToDictionary(kv => kv.Key, kv => Math.Log((kv.Value + PriorSmoothing) / denominator));
    }

    /// <summary>Fits on <paramref name="origins"/> (nodes); both priors come from the same origins.</summary>
    public MoveModel Fit(IReadOnlyCollection<string> origins, string provenance)
    {
        var (mean, scale, w) = FitWeights(origins);
        var flows = Flows(origins);
        var movers = Movers(flows.Keys);
        var all = Prior(origins, null, out var defaultPrior);
        var groups = origins.GroupBy(Group).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
        {
            var p = Prior(g, null, out var gd);
            var bySoc = BySoc(p);
            bySoc[MoveModel.DefaultKey] = Math.Round(gd, 4);
            return (IReadOnlyDictionary<string, double>)bySoc;
        });
        return new MoveModel(mean.Select(x => Math.Round(x, 6)).ToArray(), scale.Select(x => Math.Round(x, 6)).ToArray(), w.Select(x => Math.Round(x, 4)).ToArray(),
            BySoc(all), Math.Round(defaultPrior, 4), groups, pool, provenance, cps.NodeOfSoc, flows, Neighbours, movers);
    }

    /// <summary>The candidates of <paramref name="origins"/>' occupations the fit can grade (some mover went to one of their nodes).</summary>
    private List<Origin> Data(IEnumerable<string> origins) => origins.Where(cps.Shares.ContainsKey).OrderBy(o => o, StringComparer.Ordinal).SelectMany(Prepare)
        .Where(o => o.Nodes.Any(n => n is not null && cps.Shares[o.Node].ContainsKey(n))).ToList();

    /// <summary>
    /// The graded candidates of <paramref name="origins"/>' occupations, their columns filled from the other origins:
    /// per occupation its rows, their nodes, the observed share of each node (renormalised over the nodes reached) and its weight.
    /// </summary>
    public (List<double[][]> Rows, List<string[]> Nodes, List<Dictionary<string, double>> Targets, List<double> Weights) TrainingSet(IReadOnlyCollection<string> origins, bool fill = true)
    {
        var data = Data(origins);
        if (fill) Fill(data.Select(o => o.Node), origins);
        var graded = data.Select(o => Enumerable.Range(0, o.Features.Length).Where(r => o.Graded[r]).ToArray()).ToList();
        var nodes = data.Zip(graded).Select(x => x.Second.Select(r => x.First.Nodes[r]!).ToArray()).ToList();
        return (data.Zip(graded).Select(x => x.Second.Select(r => x.First.Features[r]).ToArray()).ToList(), nodes,
            data.Select((o, i) => Targets(o, nodes[i])).ToList(), data.Select(o => o.Weight).ToList());
    }

    /// <summary>
    /// The conditional logit over the graded candidates of <paramref name="origins"/>' occupations, each origin's
    /// columns filled from the other origins (so the weights are fitted as they are used: on origins not seen).
    /// </summary>
    public (double[] Mean, double[] Scale, double[] Weights) FitWeights(IReadOnlyCollection<string> origins, bool[]? use = null, bool fill = true)
    {
        var (rows, nodes, targets, weights) = TrainingSet(origins, fill);
        var k = rows[0][0].Length;
        var all = rows.SelectMany(x => x).ToList();
        var mean = Enumerable.Range(0, k).Select(j => all.Average(f => f[j])).ToArray();
        var scale = Enumerable.Range(0, k).Select(j => Math.Sqrt(all.Average(f => (f[j] - mean[j]) * (f[j] - mean[j]))) is var sd && sd > 1e-9 ? sd : 1).ToArray();
        var z = rows.Select(x => x.Select(f => Enumerable.Range(0, k).Select(j => (f[j] - mean[j]) / scale[j]).ToArray()).ToArray()).ToList();
        var data = weights;
        var totalWeight = weights.Sum();
        var w = new double[k];
        var m = new double[k];
        var v = new double[k];
        for (int t = 1; t <= Iterations; t++)
        {
            var grad = new double[k];
            for (int i = 0; i < data.Count; i++) Accumulate(z[i], nodes[i], targets[i], w, grad, data[i] / totalWeight);
            for (int j = 0; j < k; j++)
            {
                grad[j] += 2 * L2 * w[j];
                if (use is not null && !use[j]) grad[j] = 0;
                m[j] = 0.9 * m[j] + 0.1 * grad[j];
                v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
                w[j] -= LearningRate * (m[j] / (1 - Math.Pow(0.9, t))) / (Math.Sqrt(v[j] / (1 - Math.Pow(0.999, t))) + 1e-8);
            }
        }
        return (mean, scale, w);
    }

    /// <summary>Each origin's clean movers, rounded as shipped.</summary>
    private Dictionary<string, double> Movers(IEnumerable<string> origins) => origins.ToDictionary(o => o, o => Math.Round(cps.Movers[o]));

    public int Neighbours { get; init; } = 10;

    /// <summary>
    /// mover-mass@10 over the cached candidates (features as the last <see cref="Fill"/> left them) of a ranking by
    /// <paramref name="score"/>, listed as the product lists moves: the pay rule, one move per group (node, else SOC
    /// broad group) while groups remain; a move to no node or the origin's own takes its place and counts nothing.
    /// </summary>
    public double CachedMass(IEnumerable<string> origins, Func<double[], double> score) => CachedMass(origins, (f, _) => score(f));

    public double CachedMass(IEnumerable<string> origins, Func<double[], string?, double> score) => PerOrigin(origins, score).Average(x => x.Mass);

    /// <summary>
    /// Rank only the candidates the fit grades (no curated roles, no unmapped or own-node ones) and no pay rule, as the
    /// shipped model's tuning did; false lists as the product does. <c>--fit</c> keeps the former so it rebuilds the
    /// shipped file; tuning the whole half's fit on the product's lists overfits it (0.304 in-sample on the report part
    /// and the moves list's O*NET related recall down to 0.187, while the fit-part model's held-out figure stays 0.259).
    /// </summary>
    public bool GradedOnly { get; set; }

    /// <summary>Ceilings only: list moves that cut pay by more than <see cref="MoveRules.MaxPayDrop"/> too.</summary>
    public bool IgnorePayRule { get; set; }

    /// <summary><see cref="CachedMass"/> origin by origin.</summary>
    public List<(string Node, double Mass)> PerOrigin(IEnumerable<string> origins, Func<double[], string?, double> score)
    {
        var result = new List<(string, double)>();
        foreach (var node in origins)
        {
            var occupations = _origins.Values.Where(o => o.Node == node).ToList();
            if (occupations.Count == 0) continue;
            result.Add((node, occupations.Average(o =>
            {
                var order = Enumerable.Range(0, o.Nodes.Length).Where(r => GradedOnly ? o.Graded[r] : o.Allowed[r] || IgnorePayRule).Select(r => (r, s: score(o.Features[r], o.Nodes[r])))
                    .OrderByDescending(x => x.s).ThenBy(x => o.Slugs[x.r], StringComparer.Ordinal).Select(x => x.r).ToList();
                var seen = new HashSet<string>();
                var picked = new List<int>();
                foreach (var r in order) { if (picked.Count == 10) break; if (seen.Add(o.Groups[r])) picked.Add(r); }
                foreach (var r in order) { if (picked.Count == 10) break; if (!picked.Contains(r)) picked.Add(r); }
                return picked.Select(r => o.Nodes[r]).Where(n => n is not null && n != node).Distinct().Sum(n => cps.Shares[node].GetValueOrDefault(n!));
            })));
        }
        return result;
    }

    /// <summary>The observed destination shares of <paramref name="origins"/>, rounded as shipped.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, double>> Flows(IEnumerable<string> origins) =>
        origins.Where(cps.Shares.ContainsKey).Order(StringComparer.Ordinal).ToDictionary(o => o,
            o => (IReadOnlyDictionary<string, double>)cps.Shares[o].OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 5)));

    private MoveModel Blank(Dictionary<string, IReadOnlyDictionary<string, double>> flows) =>
        new(new double[MoveFeatures.Count], Enumerable.Repeat(1.0, MoveFeatures.Count).ToArray(), new double[MoveFeatures.Count],
            new Dictionary<string, double>(), 0, new Dictionary<string, IReadOnlyDictionary<string, double>>(), 0, "", cps.NodeOfSoc, flows, Neighbours);

    /// <summary>A node prior spelled out for every SOC 2018 code that maps to the node alone.</summary>
    /// <remarks>
    /// A node's share is split evenly among its O*NET occupations (ln share − ln count): a node such as postsecondary
    /// teachers holds some forty occupations, and each must not draw the whole node's movers.
    /// </remarks>
    private Dictionary<string, double> BySoc(Dictionary<string, double> byNode) =>
        cps.NodeOfSoc.Where(kv => byNode.ContainsKey(kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(kv => kv.Key, kv => Math.Round(byNode[kv.Value] - (SplitPriors ? Math.Log(OccupationsIn(kv.Value)) : 0), 4));

    public bool SplitPriors { get; init; }

    /// <summary>Average the origins' shares in the priors instead of weighing each origin by its movers (the previous form, kept to compare).</summary>
    public bool ShareWeighted { get; init; }

    /// <summary>
    /// Coordinate ascent on mover-mass@10 of the cached fit-part candidates, from the likelihood fit: the likelihood
    /// weighs every destination, the metric only the first ten.
    /// </summary>
    public MoveModel Tune(MoveModel start, IReadOnlyCollection<string> origins, int rounds, Action<string>? log = null)
    {
        var w = start.Weights.ToArray();
        var mean = start.Mean.ToArray();
        var scale = start.Scale.ToArray();
        MoveModel With(double[] weights) => new(mean, scale, weights, start.DestinationPriors, start.DefaultPrior,
            start.GroupPriors.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value), start.Pool, start.Provenance,
            start.NodesBySoc, start.Flows.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value), start.Neighbours, start.Movers);
        GradedOnly = true;
        w = CrossValidation.Tune(this, origins, mean, scale, w, rounds);
        GradedOnly = false;
        log?.Invoke($"  tuned: mover-mass@10 of the lists as shown, on the origins tuned on {CachedMass(origins, f => With(w).Score(f)):0.000}");
        return With(w);
    }

    private Dictionary<string, int>? _occupationsPerNode;

    /// <summary>How many O*NET occupations (all codes, ".01" specialisations too) fall in a node; at least 1.</summary>
    private int OccupationsIn(string node)
    {
        _occupationsPerNode ??= space.Profiles.Where(p => !p.Role.IsCurated).Select(NodeOf).Where(n => n is not null)
            .GroupBy(n => n!).ToDictionary(g => g.Key, g => g.Count());
        return Math.Max(1, _occupationsPerNode.GetValueOrDefault(node));
    }

    /// <summary>The observed shares of the nodes this origin's candidates reach, renormalised to sum to 1.</summary>
    private Dictionary<string, double> Targets(Origin o, string[] nodes)
    {
        var reachable = nodes.ToHashSet();
        var shares = cps.Shares[o.Node].Where(kv => reachable.Contains(kv.Key)).ToDictionary();
        var sum = shares.Values.Sum();
        return shares.ToDictionary(kv => kv.Key, kv => kv.Value / sum);
    }

    /// <summary>Gradient of −Σ_n share_n · ln Σ_{b∈n} softmax(w·x)_b for one origin.</summary>
    private static void Accumulate(double[][] x, string[] nodes, Dictionary<string, double> targets, double[] w, double[] grad, double weight)
    {
        var s = new double[x.Length];
        double max = double.NegativeInfinity;
        for (int r = 0; r < x.Length; r++) { double d = 0; for (int j = 0; j < w.Length; j++) d += w[j] * x[r][j]; s[r] = d; max = Math.Max(max, d); }
        double z = 0;
        for (int r = 0; r < x.Length; r++) z += s[r] = Math.Exp(s[r] - max);
        var nodeP = new Dictionary<string, double>();
        for (int r = 0; r < x.Length; r++) { s[r] /= z; nodeP[nodes[r]] = nodeP.GetValueOrDefault(nodes[r]) + s[r]; }
        for (int r = 0; r < x.Length; r++)
        {
            var coef = s[r] - targets.GetValueOrDefault(nodes[r]) * s[r] / nodeP[nodes[r]];
            if (coef == 0) continue;
            for (int j = 0; j < w.Length; j++) grad[j] += weight * coef * x[r][j];
        }
    }
}
