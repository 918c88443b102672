using Ladder.Content;
using YamlDotNet.RepresentationModel;

namespace Ladder.Licences;

/// <summary>
/// Reads a decision's <c>residencies</c>: which residency (with any fellowship) trains for each specialty the decision
/// covers, each with its source. A decision whose route is a residency and that covers more than one occupation must
/// place every one of them, so no specialty is assumed to share another's training, or to need its own, by default.
/// </summary>
internal sealed class ResidencyReader(LicenceFileReader reader, List<ContentError> errors, string file)
{
    private static readonly string[] Keys = ["residency", "codes", "source"];

    private void Error(YamlNode node, string message) => errors.Add(new(file, (int)node.Start.Line, (int)node.Start.Column, message));

    /// <summary>Code → the residencies that train for it; empty when the decision lists none.</summary>
    public IReadOnlyDictionary<string, List<string>> Read(YamlNode? node, IReadOnlyList<string> decided, Training? training, YamlMappingNode decision)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var isResidency = training?.Route == TrainingRouteKind.Residency;
        var occupations = decided.Where(k => !k.StartsWith("role:", StringComparison.Ordinal)).ToList();
        if (node is null)
        {
            if (isResidency && occupations.Count > 1)
                Error(decision, $"a residency decision for {occupations.Count} occupations needs 'residencies': which residency trains for each of them, with its source.");
            return result;
        }
        if (!isResidency) { Error(node, "'residencies' is only for a decision whose training route is 'residency'."); return result; }
        if (node is not YamlSequenceNode list) { Error(node, "'residencies' must be a list of {residency, codes, source}."); return result; }
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map) { Error(item, "each residency must be a mapping: {residency, codes, source}."); continue; }
            foreach (var key in map.Children.Keys)
                if (key is YamlScalarNode k && !Keys.Contains(k.Value)) Error(key, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", Keys)}.");
            var name = reader.Optional(map, "residency");
            if (name is null) Error(map, "missing 'residency': the residency (and any fellowship) in words, e.g. internal medicine.");
            reader.Source(map);
            if (LicenceFileReader.Find(map, "codes") is null) Error(map, "missing 'codes': the occupations this residency trains for.");
            foreach (var (code, at) in reader.List(map, "codes"))
            {
                if (!occupations.Contains(code)) { Error(at, $"'{code}' is not one of this decision's codes."); continue; }
                if (name is null) continue;
                if (!result.TryGetValue(code, out var names)) result[code] = names = [];
                if (names.Contains(name)) Error(at, $"'{code}' is listed twice under the residency '{name}'.");
                else names.Add(name);
            }
        }
        foreach (var code in occupations.Where(c => !result.ContainsKey(c)))
            Error(node, $"{code} is in no residency: list it under the residency that trains for it.");
        return result;
    }
}
