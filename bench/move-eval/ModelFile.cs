using System.Text.Json;
using Ladder.Matching;

namespace Ladder.MoveEval;

/// <summary>Writes a <see cref="MoveModel"/> in the format <see cref="MoveModel.Load"/> reads, keys sorted, so a rebuild diffs cleanly.</summary>
internal static class ModelFile
{
    public static void Write(string path, MoveModel model)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("provenance", model.Provenance);
        w.WriteStartArray("features");
        foreach (var n in MoveFeatures.Names) w.WriteStringValue(n);
        w.WriteEndArray();
        Numbers(w, "mean", model.Mean);
        Numbers(w, "scale", model.Scale);
        Numbers(w, "weights", model.Weights);
        w.WriteNumber("pool", model.Pool);
        w.WriteNumber("neighbours", model.Neighbours);
        w.WriteNumber("defaultPrior", model.DefaultPrior);
        w.WriteStartObject("destinationPrior");
        foreach (var (soc, prior) in model.DestinationPriors.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(soc, prior);
        w.WriteEndObject();
        Nested(w, "groupPrior", model.GroupPriors.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value));
        Nested(w, "flows", model.Flows.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, double>)kv.Value));
        w.WriteStartObject("movers");
        foreach (var (node, n) in model.Movers.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(node, n);
        w.WriteEndObject();
        w.WriteStartObject("logPartition");
        foreach (var (code, z) in model.LogPartitions.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(code, z);
        w.WriteEndObject();
        w.WriteStartObject("nodeOfSoc");
        foreach (var (soc, node) in model.NodesBySoc.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(soc, node);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Nested(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> table)
    {
        w.WriteStartObject(name);
        foreach (var (key, inner) in table.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(key);
            foreach (var (k, v) in inner.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(k, v);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }
}
