using System.Globalization;
using System.IO.Compression;

namespace Ladder.MoveEval;

/// <summary>
/// The observed occupation changes (CPS ASEC, tuning half; cps/README.md): per origin node, the share of its clean
/// movers that went to each destination node, and which SOC 2018 codes each node holds.
/// </summary>
internal sealed class CpsMoves
{
    /// <summary>origin node → destination node → share of the origin's clean movers.</summary>
    public required Dictionary<string, Dictionary<string, double>> Shares { get; init; }
    /// <summary>Clean weighted flow into each destination node, summed over every origin (the popularity baseline).</summary>
    public required Dictionary<string, double> Inflow { get; init; }
    /// <summary>origin node → its ten largest clean destinations.</summary>
    public required Dictionary<string, HashSet<string>> Top10 { get; init; }
    /// <summary>Origins large enough to evaluate (eval_origins.csv).</summary>
    public required IReadOnlyList<string> EvalOrigins { get; init; }
    /// <summary>origin node → its clean movers (weighted flow summed over its clean destinations).</summary>
    public required Dictionary<string, double> Movers { get; init; }
    /// <summary>SOC 2018 detailed code → node, for codes that map to exactly one node.</summary>
    public required Dictionary<string, string> NodeOfSoc { get; init; }

    public static CpsMoves Read(string folder)
    {
        var socNodes = Rows(Path.Combine(folder, "node_to_soc2018.csv.gz")).GroupBy(r => r["soc2018"]).ToList();
        var nodeOfSoc = socNodes.Where(g => g.Select(r => r["node"]).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First()["node"]);
        var shares = new Dictionary<string, Dictionary<string, double>>();
        var flows = new Dictionary<string, List<(string Dest, double Flow)>>();
        var inflow = new Dictionary<string, double>();
        foreach (var r in Rows(Path.Combine(folder, "edges_offdiag.csv.gz")))
        {
            if (r["share_of_clean_movers"].Length == 0) continue;
            var share = double.Parse(r["share_of_clean_movers"], CultureInfo.InvariantCulture);
            var flow = double.Parse(r["weighted_flow"], CultureInfo.InvariantCulture);
            var (o, d) = (r["origin"], r["dest"]);
            (shares.TryGetValue(o, out var s) ? s : shares[o] = [])[d] = share;
            (flows.TryGetValue(o, out var f) ? f : flows[o] = []).Add((d, flow));
            inflow[d] = inflow.GetValueOrDefault(d) + flow;
        }
        return new CpsMoves
        {
            Shares = shares,
            Inflow = inflow,
            Top10 = flows.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(x => x.Flow).ThenBy(x => x.Dest, StringComparer.Ordinal).Take(10).Select(x => x.Dest).ToHashSet()),
            EvalOrigins = Rows(Path.Combine(folder, "eval_origins.csv.gz")).Select(r => r["node"]).ToList(),
            NodeOfSoc = nodeOfSoc,
            Movers = flows.ToDictionary(kv => kv.Key, kv => kv.Value.Sum(x => x.Flow)),
        };
    }

    /// <summary>
    /// The fit / report split of the tuning half: FNV-1a of the node code, even → fit. Fixed, so anyone can rebuild
    /// it, and unrelated to the code's digits (the evaluation's own halves are a different hash).
    /// </summary>
    public static bool IsFitPart(string node)
    {
        uint h = 2166136261;
        foreach (var c in node) h = (h ^ c) * 16777619;
        return h % 2 == 0;
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = Split(reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file"));
        int line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var cells = Split(text);
            if (cells.Count != header.Count) throw new InvalidDataException($"{path}: line {line}: {cells.Count} cells, header has {header.Count}");
            yield return header.Zip(cells).ToDictionary(x => x.First, x => x.Second);
        }
    }

    /// <summary>One CSV line; quoted cells may hold commas and doubled quotes.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
