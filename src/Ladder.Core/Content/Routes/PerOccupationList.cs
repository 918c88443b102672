using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// A content file that is a list of entries, one per occupation by exact code (routes.yaml, crews.yaml): a second entry
/// for an occupation is refused, naming the first one's position, even when the first has errors of its own.
/// </summary>
internal static class PerOccupationList
{
    /// <summary>
    /// The entries by code. The messages say what an entry holds (<paramref name="expected"/>: "code, crew, source and
    /// reviewed"), what the first entry gave the occupation (<paramref name="already"/>: "a crew") and the rule
    /// (<paramref name="one"/>); <paramref name="read"/> reads one entry, null when it has errors.
    /// </summary>
    public static Dictionary<string, T> Read<T>(YamlFields fields, string yaml, IReadOnlyDictionary<string, string> occupations, string expected,
        string already, string one, Func<YamlMappingNode, T?> read, Func<T, string> code) where T : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        if (fields.Load(yaml) is not { } root) return result;
        if (root is not YamlSequenceNode list) { fields.Error(root, $"expected a list of entries, each with {expected}."); return result; }
        var where = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode map) { fields.Error(node, $"expected a mapping with {expected}."); continue; }
            if (YamlFields.Find(map, "code") is YamlScalarNode { Value: { } text } at && occupations.ContainsKey(text.Trim()))
            {
                var key = text.Trim();
                if (where.TryGetValue(key, out var first)) { fields.Error(at, $"{key} {occupations[key]} already has {already} at {first}; {one}."); continue; }
                where[key] = $"{fields.FileName}:{at.Start.Line}:{at.Start.Column}";
            }
            if (read(map) is { } entry) result[code(entry)] = entry;
        }
        return result;
    }

    /// <summary>
    /// An entry's own <c>code</c> and its list of other occupations under <paramref name="listKey"/> (a route's
    /// <c>from</c>, a supervisor's <c>crew</c>), each checked against the release: unknown codes, the entry's own code
    /// (<paramref name="self"/> says so and what to list instead) and a code named twice are reported through
    /// <paramref name="fail"/>; the list keeps the valid codes in file order.
    /// </summary>
    public static (string? Code, List<string> Codes) CodeAndList(YamlFields fields, YamlMappingNode map, IReadOnlyDictionary<string, string> occupations,
        string listKey, bool required, string what, string self, Action<YamlNode, string> fail)
    {
        // The example of a full code comes from the release itself (only when an error needs it), so no code is written
        // into the loader.
        string Unknown(string c) => UnknownCode(c, occupations.Keys.Min(StringComparer.Ordinal) ?? "");
        var code = fields.Text(map, "code", required: true);
        if (code is not null && !occupations.ContainsKey(code)) fail(YamlFields.Find(map, "code")!, Unknown(code));
        var codes = new List<string>();
        foreach (var (other, at) in fields.TextList(map, listKey, required))
        {
            if (!occupations.ContainsKey(other)) fail(at, Unknown(other));
            else if (other == code) fail(at, $"{other} {occupations[other]} {self}.");
            else if (codes.Contains(other)) fail(at, $"{other} {occupations[other]} is named twice in this {what}.");
            else codes.Add(other);
        }
        return (code, codes);
    }

    public static string UnknownCode(string code, string example) =>
        $"unknown occupation '{code}': no O*NET-SOC code of the imported release has it (write the full code, e.g. {example}).";
}
