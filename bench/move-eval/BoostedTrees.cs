namespace Ladder.MoveEval;

/// <summary>
/// Gradient-boosted regression trees on top of the conditional logit's score, fitted to the same objective (each
/// origin occupation's softmax over its candidates, the observed share of each node as the target), Newton steps,
/// depth-limited trees grown level by level over quantile bins. Deterministic: no sampling, ties broken by index.
/// </summary>
internal sealed class BoostedTrees
{
    public int Trees { get; init; } = 100;
    public int Depth { get; init; } = 3;
    public double Rate { get; init; } = 0.1;
    public double Lambda { get; init; } = 1;
    /// <summary>A leaf needs at least this much hessian (about this many origins' worth of probability).</summary>
    public double MinHessian { get; init; } = 0.5;
    private const int Bins = 32;

    /// <summary>One tree: internal node i splits on Feature[i] at Threshold[i] (value &lt;= goes left: 2i+1); leaves follow.</summary>
    public sealed record Tree(int[] Feature, double[] Threshold, double[] Leaf, int Depth)
    {
        public double Eval(double[] x)
        {
            int i = 0;
            for (int d = 0; d < Depth; d++) i = 2 * i + (Feature[i] < 0 || x[Feature[i]] <= Threshold[i] ? 1 : 2);
            return Leaf[i - Feature.Length];
        }
    }

    public List<Tree> Fit(List<double[][]> rows, List<string[]> nodes, List<Dictionary<string, double>> targets, List<double> weights, Func<double[], double> baseScore, bool[]? use = null)
    {
        var k = rows[0][0].Length;
        var flat = rows.SelectMany(x => x).ToArray();
        var n = flat.Length;
        // Quantile cut points per feature, and each row's bin.
        var cuts = new double[k][];
        var bin = new byte[k][];
        for (int j = 0; j < k; j++)
        {
            var sorted = flat.Select(f => f[j]).Order().ToArray();
            cuts[j] = Enumerable.Range(1, Bins - 1).Select(b => sorted[(int)((long)b * (n - 1) / Bins)]).Distinct().ToArray();
            bin[j] = new byte[n];
            for (int r = 0; r < n; r++) { int b = Array.BinarySearch(cuts[j], flat[r][j]); bin[j][r] = (byte)(b >= 0 ? b : ~b); }
        }
        var margin = flat.Select(baseScore).ToArray();
        var g = new double[n];
        var h = new double[n];
        var total = weights.Sum();
        var trees = new List<Tree>();
        var starts = new int[rows.Count + 1];
        for (int i = 0; i < rows.Count; i++) starts[i + 1] = starts[i] + rows[i].Length;
        for (int t = 0; t < Trees; t++)
        {
            for (int i = 0; i < rows.Count; i++) Gradients(margin, starts[i], starts[i + 1], nodes[i], targets[i], weights[i] / total, g, h);
            var tree = Grow(bin, cuts, g, h, n, k, use);
            for (int r = 0; r < n; r++) margin[r] += tree.Eval(flat[r]);
            trees.Add(tree);
        }
        return trees;
    }

    /// <summary>d/ds of −Σ_n share_n · ln Σ_{b∈n} softmax(s)_b, and a diagonal Newton hessian, for one origin occupation's rows.</summary>
    private static void Gradients(double[] s, int from, int to, string[] nodes, Dictionary<string, double> targets, double weight, double[] g, double[] h)
    {
        double max = double.NegativeInfinity;
        for (int r = from; r < to; r++) max = Math.Max(max, s[r]);
        double z = 0;
        var p = new double[to - from];
        for (int r = from; r < to; r++) z += p[r - from] = Math.Exp(s[r] - max);
        var nodeP = new Dictionary<string, double>();
        for (int r = from; r < to; r++) { p[r - from] /= z; nodeP[nodes[r - from]] = nodeP.GetValueOrDefault(nodes[r - from]) + p[r - from]; }
        for (int r = from; r < to; r++)
        {
            var pr = p[r - from];
            var node = nodes[r - from];
            var t = targets.GetValueOrDefault(node);
            g[r] = weight * (pr - t * pr / nodeP[node]);
            h[r] = weight * Math.Max(pr * (1 - pr), 1e-12);
        }
    }

    private Tree Grow(byte[][] bin, double[][] cuts, double[] g, double[] h, int n, int k, bool[]? use)
    {
        int internalNodes = (1 << Depth) - 1;
        var feature = Enumerable.Repeat(-1, internalNodes).ToArray();
        var threshold = new double[internalNodes];
        var at = new int[n]; // current node of each row
        // Hessians are per-origin weighted probabilities: scale the minimum to the total so it reads as a share of origins.
        var totalH = h.Sum();
        var minH = MinHessian * totalH / 100;
        for (int d = 0; d < Depth; d++)
        {
            int first = (1 << d) - 1, count = 1 << d;
            var G = new double[count, k, Bins];
            var H = new double[count, k, Bins];
            for (int r = 0; r < n; r++)
            {
                int node = at[r] - first;
                for (int j = 0; j < k; j++) { G[node, j, bin[j][r]] += g[r]; H[node, j, bin[j][r]] += h[r]; }
            }
            for (int c = 0; c < count; c++)
            {
                double gt = 0, ht = 0;
                for (int b = 0; b < Bins; b++) { gt += G[c, 0, b]; ht += H[c, 0, b]; }
                double best = 0;
                for (int j = 0; j < k; j++)
                {
                    if (use is not null && !use[j]) continue;
                    double gl = 0, hl = 0;
                    for (int b = 0; b < cuts[j].Length; b++)
                    {
                        gl += G[c, j, b]; hl += H[c, j, b];
                        double gr = gt - gl, hr = ht - hl;
                        if (hl < minH || hr < minH) continue;
                        var gain = gl * gl / (hl + Lambda * minH) + gr * gr / (hr + Lambda * minH) - gt * gt / (ht + Lambda * minH);
                        if (gain > best + 1e-15) { best = gain; feature[first + c] = j; threshold[first + c] = cuts[j][b]; }
                    }
                }
            }
            for (int r = 0; r < n; r++)
            {
                int i = at[r];
                at[r] = 2 * i + (feature[i] < 0 || bin[feature[i]][r] <= BinOf(cuts[feature[i]], threshold[i]) ? 1 : 2);
            }
        }
        var leaves = 1 << Depth;
        var lg = new double[leaves];
        var lh = new double[leaves];
        for (int r = 0; r < n; r++) { lg[at[r] - internalNodes] += g[r]; lh[at[r] - internalNodes] += h[r]; }
        var leaf = Enumerable.Range(0, leaves).Select(l => lh[l] <= 0 ? 0 : -Rate * lg[l] / (lh[l] + Lambda * minH)).ToArray();
        return new Tree(feature, threshold, leaf, Depth);
    }

    private static int BinOf(double[] cuts, double value) { int b = Array.BinarySearch(cuts, value); return b >= 0 ? b : ~b; }
}
