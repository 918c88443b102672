using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ladder.TitleEval;

/// <summary>
/// MiniLM vectors of distinct texts, cached in one binary file (under the worktree's .tmp/) so reruns skip the
/// transformer: texts missing from the file are embedded in one batched pass and the file is rewritten.
/// Layout: magic, count, dimensions, the texts (length-prefixed UTF-8), then count × dimensions floats.
/// </summary>
internal sealed class EmbeddingStore
{
    private const string Magic = "ladder-minilm-v1";
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private float[] _vectors = [];

    public int Count => _texts.Count;
    public ReadOnlySpan<float> Vectors => _vectors;
    public ReadOnlySpan<float> Vector(int id) => _vectors.AsSpan(id * MiniLmEncoder.Dimensions, MiniLmEncoder.Dimensions);
    public int Id(string text) => _ids[text];

    public static EmbeddingStore Open(string path, IEnumerable<string> texts, Func<MiniLmEncoder> encoder)
    {
        var store = new EmbeddingStore();
        if (File.Exists(path)) store.Read(path);
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !store._ids.ContainsKey(t)).ToList();
        if (missing.Count == 0) return store;

        Console.WriteLine($"embedding {missing.Count:N0} new texts ({store.Count:N0} cached in {path})");
        using var model = encoder();
        Console.WriteLine($"MiniLM: {model.Describe()}");
        var clock = Stopwatch.StartNew();
        var vectors = model.Embed(missing, progress: done =>
        {
            if (done % 6400 == 0) Console.WriteLine($"  {done:N0} / {missing.Count:N0} after {clock.Elapsed.TotalSeconds:0} s");
        });
        Console.WriteLine($"embedded {missing.Count:N0} texts in {clock.Elapsed.TotalSeconds:0.0} s = {missing.Count / clock.Elapsed.TotalSeconds:0} texts/s (load average {LoadAverage()})");
        store._vectors = [.. store._vectors, .. vectors];
        foreach (var text in missing) store.Add(text);
        store.Write(path);
        return store;
    }

    private void Add(string text)
    {
        _ids[text] = _texts.Count;
        _texts.Add(text);
    }

    private void Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != Magic) throw new InvalidDataException($"{path}: not a {Magic} file; delete it to rebuild");
        int count = reader.ReadInt32();
        if (reader.ReadInt32() != MiniLmEncoder.Dimensions) throw new InvalidDataException($"{path}: wrong dimensions; delete it to rebuild");
        for (int i = 0; i < count; i++) Add(reader.ReadString());
        _vectors = new float[count * MiniLmEncoder.Dimensions];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(_vectors.AsSpan()));
    }

    private void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".partial";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Magic);
            writer.Write(_texts.Count);
            writer.Write(MiniLmEncoder.Dimensions);
            foreach (var text in _texts) writer.Write(text);
            writer.Write(MemoryMarshal.AsBytes(_vectors.AsSpan()));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>.tmp/minilm-titles.bin in the checkout the tool was built from (the directory holding Ladder.slnx).</summary>
    public static string DefaultPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) return Path.Combine(dir.FullName, ".tmp", "minilm-titles.bin");
        }
        return Path.Combine(Path.GetTempPath(), "minilm-titles.bin");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
