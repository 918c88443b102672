using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Ladder.Catalog;
using Ladder.Storage;

namespace Ladder.Matching;

/// <summary>
/// The fitted move model (<c>data/models/moves.json</c>, rebuilt by <c>bench/move-eval/run.sh --fit</c>): a linear score
/// over <see cref="MoveFeatures"/>, standardised with the fitted means and scales, fitted as a conditional logit on the
/// occupation changes the Current Population Survey observed (docs/matching.md). Immutable and thread-safe.
/// </summary>
public sealed class MoveModel
{
    private readonly double[] _mean, _scale, _weights;
    private readonly FrozenDictionary<string, double> _prior;
    private readonly FrozenDictionary<string, FrozenDictionary<string, double>> _groupPrior;

    public MoveModel(double[] mean, double[] scale, double[] weights, IReadOnlyDictionary<string, double> destinationPrior, double defaultPrior,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> groupPrior, int pool, string provenance,
        IReadOnlyDictionary<string, string>? nodeOfSoc = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? flows = null, int neighbours = 10,
        IReadOnlyDictionary<string, double>? movers = null)
    {
        if (mean.Length != MoveFeatures.Count || scale.Length != MoveFeatures.Count || weights.Length != MoveFeatures.Count)
            throw new ArgumentException($"A move model needs {MoveFeatures.Count} means, scales and weights.");
        _mean = mean;
        _scale = scale;
        _weights = weights;
        _prior = destinationPrior.ToFrozenDictionary(StringComparer.Ordinal);
        DefaultPrior = defaultPrior;
        _groupPrior = groupPrior.ToFrozenDictionary(g => g.Key, g => g.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        Pool = pool;
        Provenance = provenance;
        _nodeOfSoc = (nodeOfSoc ?? new Dictionary<string, string>()).ToFrozenDictionary(StringComparer.Ordinal);
        _flows = (flows ?? new Dictionary<string, IReadOnlyDictionary<string, double>>()).ToFrozenDictionary(f => f.Key, f => f.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
        Neighbours = neighbours;
        _movers = (movers ?? new Dictionary<string, double>()).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, double> _movers;
    private readonly FrozenDictionary<string, double> _logPartition = FrozenDictionary<string, double>.Empty;
    private readonly double _meanLogPartition;

    /// <summary>
    /// O*NET code → ln Σ exp(score) over every move out of the occupation (the conditional logit's normaliser, the
    /// neighbour feature neutral as in moves in), computed by the fit over its catalog. A move into B from A is as likely
    /// as exp(score − this) of A's movers, which is how <see cref="MoveRanking.Into"/> weighs origins of different sizes.
    /// </summary>
    public IReadOnlyDictionary<string, double> LogPartitions
    {
        get => _logPartition;
        init
        {
            _logPartition = value.ToFrozenDictionary(StringComparer.Ordinal);
            _meanLogPartition = value.Count > 0 ? value.Values.Average() : 0;
        }
    }

    /// <summary>The normaliser of moves out of <paramref name="role"/>'s occupation; the average where the fit did not compute one.</summary>
    public double LogPartitionOf(Role role) => _logPartition.GetValueOrDefault(role.Primary.Code.Value, _meanLogPartition);

    /// <summary>Observed origin node → its clean movers (CPS weighted count, pooled years): the size <see cref="ReverseFlow(Role, Role)"/> scales shares by.</summary>
    public IReadOnlyDictionary<string, double> Movers => _movers;

    /// <summary>
    /// How many people (millions, CPS weighted) moved the other way, from <paramref name="to"/>'s node into
    /// <paramref name="from"/>'s; null when <paramref name="to"/>'s node is not an observed origin (or is the same node).
    /// Moves between two occupations go both ways about as often, and this is known for an origin whose own moves are
    /// not: every observed origin's movers name where they went.
    /// </summary>
    public double? ReverseFlow(Role from, Role to) => ReverseFlow(NodeOf(from), NodeOf(to));

    /// <summary><see cref="ReverseFlow(Role, Role)"/> between the two roles' nodes.</summary>
    internal double? ReverseFlow(string? fromNode, string? toNode)
    {
        if (toNode is not { } back || fromNode is not { } node || back == node || !_flows.TryGetValue(back, out var outOfB)) return null;
        return outOfB.GetValueOrDefault(node) * _movers.GetValueOrDefault(back) / 1e6;
    }

    private readonly FrozenDictionary<string, string> _nodeOfSoc;
    private readonly FrozenDictionary<string, FrozenDictionary<string, double>> _flows;

    /// <summary>How many similar observed occupations <see cref="NeighbourFlows"/> pools.</summary>
    public int Neighbours { get; }

    public IReadOnlyDictionary<string, string> NodesBySoc => _nodeOfSoc;
    public IReadOnlyDictionary<string, FrozenDictionary<string, double>> Flows => _flows;

    /// <summary>The CPS node (mostly a SOC broad group) a role's occupation belongs to alone, if any.</summary>
    public string? NodeOf(Role role) => _nodeOfSoc.GetValueOrDefault(role.Primary.Code.Soc);

    /// <summary>
    /// Where people leaving the occupations most like <paramref name="origin"/> went: the observed destination shares
    /// of the <see cref="Neighbours"/> most similar observed origins (never the origin's own), weighted by similarity.
    /// This is how a move to a large, loosely related job (cashier → waiter) earns its place for an occupation the
    /// model never saw moves from. <paramref name="bySimilarity"/> is every other role with its transition score.
    /// </summary>
    public IReadOnlyDictionary<string, double> NeighbourFlows(Role origin, IEnumerable<(Role Other, double Score)> bySimilarity)
    {
        var own = NodeOf(origin);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (other, score) in bySimilarity)
            if (NodeOf(other) is { } node && node != own && _flows.ContainsKey(node) && score > best.GetValueOrDefault(node)) best[node] = score;
        var top = best.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(Neighbours).ToList();
        var total = top.Sum(kv => kv.Value);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (total <= 0) return result;
        foreach (var (node, score) in top)
            foreach (var (dest, share) in _flows[node])
                if (dest != own) result[dest] = result.GetValueOrDefault(dest) + share * score / total;
        return result;
    }

    /// <summary>
    /// How many of the most similar roles the model reorders (0 or less than the list: the list itself). Keeps every
    /// move one the reader's skills fit, so a popular destination never jumps in from an unrelated field.
    /// </summary>
    public int Pool { get; }

    public static string ShippedPath => Path.Combine(LadderPaths.ShippedData, "models", "moves.json");

    /// <summary>Where the weights came from, in one sentence (source data, what it was fitted on, the rebuild command).</summary>
    public string Provenance { get; }

    /// <summary>The prior of a destination nobody in the fitting data moved into.</summary>
    public double DefaultPrior { get; }

    public IReadOnlyList<double> Weights => _weights;
    public IReadOnlyList<double> Mean => _mean;
    public IReadOnlyList<double> Scale => _scale;
    public IReadOnlyDictionary<string, double> DestinationPriors => _prior;

    /// <summary>How attractive a destination is overall: ln of its smoothed share of all observed movers, by 6-digit SOC code.</summary>
    public double PriorOf(Role role) => PriorOf(role.Primary.Code.Soc);

    private double PriorOf(string soc) => _prior.GetValueOrDefault(soc, DefaultPrior);

    /// <summary>
    /// How attractive a destination is to people leaving occupations of the origin's SOC major group: ln of its smoothed
    /// share of their movers; the destination prior where the group has no observed movers.
    /// </summary>
    public double GroupPriorOf(Role from, Role to) => GroupPriorOf(from.Primary.Code.MajorGroup, to.Primary.Code.Soc);

    /// <summary><see cref="GroupPriorOf(Role, Role)"/> by the origin's SOC major group and the destination's SOC code.</summary>
    internal double GroupPriorOf(string fromMajorGroup, string toSoc) =>
        _groupPrior.TryGetValue(fromMajorGroup, out var group)
            ? group.GetValueOrDefault(toSoc, group.GetValueOrDefault(DefaultKey, DefaultPrior))
            : PriorOf(toSoc);

    /// <summary>The key of a group's prior for destinations its movers never reached.</summary>
    public const string DefaultKey = "default";

    public IReadOnlyDictionary<string, FrozenDictionary<string, double>> GroupPriors => _groupPrior;

    /// <summary>The linear score of one move's features; higher is likelier.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double Score(ReadOnlySpan<double> features)
    {
        double s = 0;
        for (int k = 0; k < _weights.Length; k++) s += _weights[k] * (features[k] - _mean[k]) / _scale[k];
        return s;
    }

    /// <summary>Reads a model file; anything malformed fails naming the file and what is wrong.</summary>
    public static MoveModel Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        string Fail(string what) => throw new InvalidDataException($"{path}: {what}");
        var names = Array(root, "features", path).Select(f => f.GetString() ?? "").ToArray();
        if (!names.SequenceEqual(MoveFeatures.Names))
            Fail($"\"features\" must be [{string.Join(", ", MoveFeatures.Names)}] in that order (got [{string.Join(", ", names)}])");
        double[] Numbers(string name)
        {
            var values = Array(root, name, path).Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN).ToArray();
            if (values.Length != names.Length || values.Any(v => !double.IsFinite(v))) Fail($"\"{name}\" must hold {names.Length} finite numbers");
            return values;
        }
        var scale = Numbers("scale");
        if (scale.Any(s => s <= 0)) Fail("every \"scale\" must be positive");
        if (!root.TryGetProperty("destinationPrior", out var prior) || prior.ValueKind != JsonValueKind.Object) Fail("\"destinationPrior\" must be an object of SOC code → number");
        var priors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in prior.EnumerateObject())
            priors[p.Name] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : double.Parse(Fail($"destinationPrior \"{p.Name}\" is not a number"), CultureInfo.InvariantCulture);
        if (!root.TryGetProperty("defaultPrior", out var d) || d.ValueKind != JsonValueKind.Number) Fail("\"defaultPrior\" must be a number");
        var provenance = root.TryGetProperty("provenance", out var pv) && pv.ValueKind == JsonValueKind.String ? pv.GetString()! : Fail("\"provenance\" must say where the weights came from");
        if (!root.TryGetProperty("pool", out var pool) || !pool.TryGetInt32(out var poolSize) || poolSize < 0) Fail("\"pool\" must be a whole number, 0 or more");
        if (!root.TryGetProperty("groupPrior", out var groups) || groups.ValueKind != JsonValueKind.Object) Fail("\"groupPrior\" must be an object of SOC major group → (SOC code → number)");
        var groupPriors = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var g in groups.EnumerateObject())
            groupPriors[g.Name] = g.Value.ValueKind == JsonValueKind.Object
                ? g.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : double.Parse(Fail($"groupPrior \"{g.Name}\" \"{p.Name}\" is not a number"), CultureInfo.InvariantCulture))
                : throw new InvalidDataException($"{path}: groupPrior \"{g.Name}\" must be an object");
        var flows = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (root.TryGetProperty("flows", out var f) && f.ValueKind == JsonValueKind.Object)
            foreach (var o in f.EnumerateObject())
                flows[o.Name] = o.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : double.Parse(Fail($"flows \"{o.Name}\" \"{p.Name}\" is not a number"), CultureInfo.InvariantCulture));
        else Fail("\"flows\" must be an object of origin node → (destination node → share of movers)");
        if (!root.TryGetProperty("nodeOfSoc", out var nodes) || nodes.ValueKind != JsonValueKind.Object) Fail("\"nodeOfSoc\" must be an object of SOC code → node");
        var nodeOfSoc = nodes.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? Fail($"nodeOfSoc \"{p.Name}\" must be a string"));
        if (!root.TryGetProperty("neighbours", out var k) || !k.TryGetInt32(out var neighbours) || neighbours < 1) Fail("\"neighbours\" must be a whole number, 1 or more");
        if (!root.TryGetProperty("movers", out var mv) || mv.ValueKind != JsonValueKind.Object) Fail("\"movers\" must be an object of origin node → clean movers");
        var movers = mv.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number && p.Value.GetDouble() > 0 ? p.Value.GetDouble() : double.Parse(Fail($"movers \"{p.Name}\" must be a positive number"), CultureInfo.InvariantCulture));
        if (flows.Keys.FirstOrDefault(o => !movers.ContainsKey(o)) is { } missing) Fail($"\"movers\" has no count for origin \"{missing}\" of \"flows\"");
        if (!root.TryGetProperty("logPartition", out var lz) || lz.ValueKind != JsonValueKind.Object) Fail("\"logPartition\" must be an object of O*NET code → number");
        var logPartition = lz.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : double.Parse(Fail($"logPartition \"{p.Name}\" is not a number"), CultureInfo.InvariantCulture));
        return new MoveModel(Numbers("mean"), scale, Numbers("weights"), priors, d.GetDouble(), groupPriors, poolSize, provenance, nodeOfSoc, flows, neighbours, movers)
        {
            LogPartitions = logPartition,
        };
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string path) =>
        root.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : throw new InvalidDataException($"{path}: \"{name}\" must be an array");

    /// <summary>
    /// Skill similarity alone, with no prior: what Ladder ranked by before the fitted model, and what a catalog
    /// without the model file (an O*NET release other than the shipped one, a test copy) ranks by.
    /// </summary>
    public static MoveModel SimilarityOnly { get; } = new(
        new double[MoveFeatures.Count], Enumerable.Repeat(1.0, MoveFeatures.Count).ToArray(),
        MoveFeatures.Names.Select(n => n switch { "similarity" => 1.0, "levelGap" => -MatchingWeights.Default.LevelGapPenalty, _ => 0.0 }).ToArray(),
        new Dictionary<string, double>(), 0, new Dictionary<string, IReadOnlyDictionary<string, double>>(), 0, "skill similarity only (no fitted move model)");

    /// <summary>
    /// SHA-256 of the shipped model file, or "similarity only" when there is none: what ways in stored at import were
    /// ranked with (<see cref="Catalog.StoredWaysIn"/>), so an engine with another model ranks them again.
    /// </summary>
    public static string ShippedFingerprint => LazyFingerprint.Value;

    private static readonly Lazy<string> LazyFingerprint = new(() => File.Exists(ShippedPath)
        ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(ShippedPath)))
        : "similarity only");

    /// <summary>The shipped model, read once; <see cref="SimilarityOnly"/> when the file is not there.</summary>
    public static MoveModel Shipped => LazyShipped.Value;

    private static readonly Lazy<MoveModel> LazyShipped = new(() => File.Exists(ShippedPath) ? Load(ShippedPath) : SimilarityOnly);
}
