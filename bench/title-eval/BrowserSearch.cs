using System.Diagnostics;
using System.Text;
using Ladder.Search;

namespace Ladder.TitleEval;

/// <summary>
/// The static site's search, run by node over the model of an index (<see cref="TitleIndex.WriteModel"/>): the same
/// browser code (src/Ladder/Web/Assets/title-search.js) a reader of the exported site runs.
/// </summary>
internal sealed class BrowserSearch : IDisposable
{
    private readonly string _model = Path.Combine(Path.GetTempPath(), $"ladder-title-eval-model-{Environment.ProcessId}.json");

    public BrowserSearch(TitleIndex index)
    {
        using var file = File.Create(_model);
        using var writer = new System.Text.Json.Utf8JsonWriter(file);
        index.WriteModel(writer);
    }

    /// <summary>Bytes of the model, and gzipped (what a host sends).</summary>
    public (long Raw, long Gzip) ModelSize()
    {
        var bytes = File.ReadAllBytes(_model);
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal)) gzip.Write(bytes);
        return (bytes.Length, packed.ToArray().LongLength);
    }

    /// <summary>The O*NET-SOC codes of each title's matches, best first; node's timing line in <paramref name="timing"/>.</summary>
    public List<List<string>> Search(IReadOnlyList<string> titles, int limit, out string timing)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "static-search.js"));
        start.ArgumentList.Add(_model);
        start.ArgumentList.Add(limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start: the static search runs in node (v20 or later).");
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEndAsync();
        // A title is one line: the bench's sets never hold a line break inside a title.
        foreach (var title in titles) node.StandardInput.Write(title.Replace('\n', ' ') + "\n");
        node.StandardInput.Close();
        node.WaitForExit();
        timing = error.Result.Trim();
        if (node.ExitCode != 0) throw new InvalidOperationException($"node failed ({node.ExitCode}): {timing}");
        var lines = output.Result.Split('\n');
        return titles.Select((_, i) => lines[i].Split('\t', StringSplitOptions.RemoveEmptyEntries).ToList()).ToList();
    }

    public void Dispose() => File.Delete(_model);
}
