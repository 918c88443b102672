using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads one YAML content file into nodes and records every problem with its file:line:column, so a loader can
/// report all errors in a folder at once (families, hazards).
/// </summary>
internal sealed class YamlFields(string file, List<ContentError> errors)
{
    public string FileName { get; } = Path.GetFileName(file);

    public void Error(YamlNode node, string message) => errors.Add(new ContentError(FileName, (int)node.Start.Line, (int)node.Start.Column, message));

    public void Error(int line, int column, string message) => errors.Add(new ContentError(FileName, line, column, message));

    /// <summary>The document's root node, or null after recording a syntax error.</summary>
    public YamlNode? Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            Error((int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax error: " + (ex.InnerException?.Message ?? ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives no mark when a flow collection is still open at the end of the file.
            var (line, column) = RoleFileReader.UnclosedBracket(yaml);
            Error(line, column, "YAML syntax error: this [ or { is never closed.");
            return null;
        }
        if (stream.Documents.Count == 0) { Error(1, 1, "the file is empty."); return null; }
        return stream.Documents[0].RootNode;
    }

    public void OnlyKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode k && !allowed.Contains(k.Value ?? "")) Error(key, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", allowed)}.");
    }

    public static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? Text(YamlMappingNode map, string key, bool required)
    {
        var node = Find(map, key);
        if (node is null) { if (required) Error(map, $"missing required '{key}'."); return null; }
        if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) return s.Value.Trim();
        Error(node, $"'{key}' must be non-empty text.");
        return null;
    }

    public bool Flag(YamlMappingNode map, string key)
    {
        var node = Find(map, key);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: "true" or "false" } s) return s.Value == "true";
        Error(node, $"'{key}' must be true or false.");
        return false;
    }

    /// <summary>The items of a list of text, each with its node for later messages.</summary>
    public List<(string Value, YamlNode Node)> TextList(YamlMappingNode map, string key, bool required)
    {
        var result = new List<(string, YamlNode)>();
        var node = Find(map, key);
        if (node is null) { if (required) Error(map, $"missing required '{key}' (a list)."); return result; }
        if (node is not YamlSequenceNode seq) { Error(node, $"'{key}' must be a list."); return result; }
        foreach (var child in seq.Children)
        {
            if (child is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) result.Add((s.Value.Trim(), s));
            else Error(child, $"each item of '{key}' must be text.");
        }
        if (seq.Children.Count == 0 && required) Error(seq, $"'{key}' is empty.");
        return result;
    }
}
