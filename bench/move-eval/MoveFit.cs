using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>
/// Fits <see cref="MoveModel"/> as a conditional logit: for each origin occupation, a softmax over the destination
/// occupations in its similarity pool, each node's probability the sum of its occupations', maximising the observed
/// share of movers each node drew. Full-batch Adam from zero, in a fixed order: the same data gives the same weights.
/// </summary>
internal sealed class MoveFit(SkillSpace space, CpsMoves cps, int pool)
{
    /// <summary>Add-α smoothing of the priors (in units of one origin's movers).</summary>
    public const double PriorSmoothing = 0.02;
    public double L2 { get; init; } = 0.01;
    private const double LearningRate = 0.05;
    public int Iterations { get; init; } = 800;
    private static readonly int PriorIndex = MoveFeatures.Names.ToList().IndexOf("destinationPrior");
    private static readonly int GroupPriorIndex = MoveFeatures.Names.ToList().IndexOf("groupPrior");

    private readonly Dictionary<string, Origin> _origins = [];

    /// <summary>One origin occupation: its candidates' features (prior columns left for the fit to fill) and nodes.</summary>
    private sealed record Origin(string Node, RoleProfile Profile, double[][] Features, string[] Nodes, double Weight, List<(Ladder.Catalog.Role, double)> Similar, string[] Broad);

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
                // The pool as the product draws it (every role, curated ones too), then the occupations the data can grade.
                var similar = MoveRanking.BySimilarity(space, a, p => TransitionList.IsMove(a.Role, p.Role), outward: true);
                var ranked = similar.Take(pool > 0 ? pool : similar.Count).Select((x, rank) => (x.Other, x.Breakdown, rank))
                    .Where(x => !x.Other.Role.IsCurated && NodeOf(x.Other) is { } n && n != node).ToList();
                var features = ranked.Select(x => { var f = new double[MoveFeatures.Count]; MoveFeatures.Compute(MoveModel.SimilarityOnly, space.Catalog, a, x.Other, x.Breakdown, x.rank, null, f); return f; }).ToArray();
                _origins[a.Role.Code] = origin = new Origin(node, a, features, ranked.Select(x => NodeOf(x.Other)!).ToArray(), 1.0 / occupations.Count,
                    similar.Select(x => (x.Other.Role, x.Breakdown.Score)).ToList(), ranked.Select(x => x.Other.Role.Code[..6]).ToArray());
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
        var data = origins.Where(cps.Shares.ContainsKey).OrderBy(o => o, StringComparer.Ordinal).SelectMany(Prepare)
            .Where(o => o.Nodes.Any(n => cps.Shares[o.Node].ContainsKey(n))).ToList();
        var flows = Flows(origins);
        var movers = Movers(flows.Keys);
        var flowModel = Blank(flows);
        // Each origin's priors leave out its own movers, so their weights are fitted as they will be used: on origins they have not seen.
        foreach (var o in data)
        {
            var neighbours = flowModel.NeighbourFlows(o.Profile.Role, o.Similar);
            var prior = Prior(origins, o.Node, out var d);
            var group = Prior(origins.Where(x => Group(x) == Group(o.Node)), o.Node, out var gd);
            for (int r = 0; r < o.Features.Length; r++)
            {
                var split = SplitPriors ? Math.Log(OccupationsIn(o.Nodes[r])) : 0;
                o.Features[r][PriorIndex] = prior.GetValueOrDefault(o.Nodes[r], d) - split;
                o.Features[r][GroupPriorIndex] = (group.Count == 0 ? prior.GetValueOrDefault(o.Nodes[r], d) : group.GetValueOrDefault(o.Nodes[r], gd)) - split;
                o.Features[r][MoveFeatures.NeighbourIndex] = MoveFeatures.NeighbourFeature(neighbours, o.Nodes[r]);
                // Reverse flows only from the origins being fitted on (a report-part origin is scored with the fit part's alone).
                var reverse = flows.TryGetValue(o.Nodes[r], out var back) ? back.GetValueOrDefault(o.Node) * movers[o.Nodes[r]] / 1e6 : (double?)null;
                o.Features[r][MoveFeatures.ReverseIndex] = MoveFeatures.ReverseFeature(reverse);
                o.Features[r][MoveFeatures.ReverseIndex + 1] = reverse is null ? 0 : 1;
            }
        }
        var k = MoveFeatures.Count;
        var rows = data.SelectMany(o => o.Features).ToList();
        var mean = Enumerable.Range(0, k).Select(j => rows.Average(f => f[j])).ToArray();
        var scale = Enumerable.Range(0, k).Select(j => Math.Sqrt(rows.Average(f => (f[j] - mean[j]) * (f[j] - mean[j]))) is var sd && sd > 1e-9 ? sd : 1).ToArray();
        var z = data.Select(o => o.Features.Select(f => Enumerable.Range(0, k).Select(j => (f[j] - mean[j]) / scale[j]).ToArray()).ToArray()).ToList();
        var targets = data.Select(Targets).ToList();
        var w = new double[k];
        var m = new double[k];
        var v = new double[k];
        var totalWeight = data.Sum(o => o.Weight);
        for (int t = 1; t <= Iterations; t++)
        {
            var grad = new double[k];
            for (int i = 0; i < data.Count; i++) Accumulate(z[i], data[i].Nodes, targets[i], w, grad, data[i].Weight / totalWeight);
            for (int j = 0; j < k; j++)
            {
                grad[j] += 2 * L2 * w[j];
                m[j] = 0.9 * m[j] + 0.1 * grad[j];
                v[j] = 0.999 * v[j] + 0.001 * grad[j] * grad[j];
                w[j] -= LearningRate * (m[j] / (1 - Math.Pow(0.9, t))) / (Math.Sqrt(v[j] / (1 - Math.Pow(0.999, t))) + 1e-8);
            }
        }
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

    /// <summary>Each origin's clean movers, rounded as shipped.</summary>
    private Dictionary<string, double> Movers(IEnumerable<string> origins) => origins.ToDictionary(o => o, o => Math.Round(cps.Movers[o]));

    public int Neighbours { get; init; } = 10;

    /// <summary>
    /// Exploration only: mover-mass@10 over the cached candidates (graded occupations only, features as the last Fit
    /// left them) of a ranking by <paramref name="score"/>, one move per SOC broad group first.
    /// </summary>
    public double CachedMass(IEnumerable<string> origins, Func<double[], double> score) => CachedMass(origins, (f, _) => score(f));

    public double CachedMass(IEnumerable<string> origins, Func<double[], string, double> score)
    {
        double total = 0;
        int count = 0;
        foreach (var node in origins)
        {
            var occupations = _origins.Values.Where(o => o.Node == node).ToList();
            if (occupations.Count == 0) continue;
            total += occupations.Average(o =>
            {
                var order = Enumerable.Range(0, o.Nodes.Length).OrderByDescending(r => score(o.Features[r], o.Nodes[r])).ToList();
                var seen = new HashSet<string>();
                var picked = new List<int>();
                foreach (var r in order) { if (picked.Count == 10) break; if (seen.Add(o.Nodes[r])) picked.Add(r); }
                return picked.Select(r => o.Nodes[r]).Distinct().Sum(n => cps.Shares[node].GetValueOrDefault(n));
            });
            count++;
        }
        return total / count;
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
        var best = CachedMass(origins, f => With(w).Score(f));
        for (int round = 0; round < rounds; round++)
        {
            var improved = false;
            for (int j = 0; j < w.Length; j++)
                foreach (var step in new[] { -0.4, -0.2, -0.1, 0.1, 0.2, 0.4 })
                {
                    var trial = (double[])w.Clone();
                    trial[j] = Math.Round(trial[j] + step, 4);
                    var m = With(trial);
                    var mass = CachedMass(origins, f => m.Score(f));
                    if (mass > best + 1e-4) { best = mass; w = trial; improved = true; }
                }
            log?.Invoke($"  tuning round {round + 1}: mover-mass@10 on the cached fit candidates {best:0.000}");
            if (!improved) break;
        }
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
    private Dictionary<string, double> Targets(Origin o)
    {
        var reachable = o.Nodes.ToHashSet();
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
