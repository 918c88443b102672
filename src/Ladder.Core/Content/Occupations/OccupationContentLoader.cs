using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads and validates content/occupations/domains.yaml, pay-basis.yaml and work-kinds.yaml (schema in content/README.md):
/// every occupation of the release in exactly one domain, under exactly one of `hourly` and `annual`, and under exactly
/// one work kind; and routes.yaml, the Handbook-named ways in, and crews.yaml, the work each supervisor leads, when the
/// folder has them (<see cref="RouteLoader"/>, <see cref="CrewLoader"/>). Every
/// problem is reported with file:line:column, naming the code, and the whole folder is rejected.
/// </summary>
public static class OccupationContentLoader
{
    public const string DomainsFile = "domains.yaml", PayBasisFile = "pay-basis.yaml", WorkKindsFile = "work-kinds.yaml";

    public static OccupationContent LoadFolder(string folder, IReadOnlyDictionary<string, string> occupations)
    {
        return Load(Read(folder, DomainsFile), Read(folder, PayBasisFile), Read(folder, WorkKindsFile), occupations,
            Optional(folder, RouteLoader.File), Optional(folder, CrewLoader.File));
    }

    private static (string File, string Yaml)? Optional(string folder, string name) =>
        Path.Combine(folder, name) is var path && File.Exists(path) ? (path, File.ReadAllText(path)) : null;

    private static (string File, string Yaml) Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? (path, File.ReadAllText(path))
            : throw new ContentException([new ContentError(name, 1, 1, $"missing: content/occupations needs {name} (content/README.md).")]);
    }

    /// <param name="domains">domains.yaml: its path (the file name is used in messages) and text.</param>
    /// <param name="payBasis">pay-basis.yaml: its path and text.</param>
    /// <param name="workKinds">work-kinds.yaml: its path and text.</param>
    /// <param name="occupations">Every O*NET-SOC code of the release, with its title, for messages.</param>
    /// <param name="routes">routes.yaml: its path and text; null for none (no guide then names a Handbook route).</param>
    /// <param name="crews">crews.yaml: its path and text; null for none (no supervisor's way in then leads with its crew).</param>
    public static OccupationContent Load((string File, string Yaml) domains, (string File, string Yaml) payBasis, (string File, string Yaml) workKinds,
        IReadOnlyDictionary<string, string> occupations, (string File, string Yaml)? routes = null, (string File, string Yaml)? crews = null)
    {
        var errors = new List<ContentError>();
        var entries = ReadDomains(new YamlFields(domains.File, errors), domains.Yaml, occupations);
        var hourly = ReadPartition(new YamlFields(payBasis.File, errors), payBasis.Yaml, ["hourly", "annual"], occupations)
            .Where(p => p.Value == "hourly").Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var kinds = ReadPartition(new YamlFields(workKinds.File, errors), workKinds.Yaml, WorkKinds.All.Select(k => k.Name).ToList(), occupations)
            .ToDictionary(p => p.Key, p => WorkKinds.Parse(p.Value), StringComparer.Ordinal);
        var named = routes is { } r ? RouteLoader.Read(new YamlFields(r.File, errors), r.Yaml, occupations) : null;
        var led = crews is { } c ? CrewLoader.Read(new YamlFields(c.File, errors), c.Yaml, occupations) : null;
        if (errors.Count > 0) throw new ContentException(errors);
        return new OccupationContent(entries, hourly, kinds, named, led);
    }

    private static List<DomainEntry> ReadDomains(YamlFields fields, string yaml, IReadOnlyDictionary<string, string> occupations)
    {
        var entries = new List<DomainEntry>();
        if (fields.Load(yaml) is not { } root) return entries;
        if (root is not YamlSequenceNode list) { fields.Error(root, "expected a list of domains, each with domain, why and occupations."); return entries; }
        var owner = new Dictionary<string, (string Domain, int Line, int Column)>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode map) { fields.Error(node, "expected a domain mapping with domain, why and occupations."); continue; }
            fields.OnlyKeys(map, ["domain", "why", "occupations"]);
            var name = fields.Text(map, "domain", required: true);
            var why = fields.Text(map, "why", required: true);
            if (name is not null && entries.Any(e => e.Name == name)) fields.Error(YamlFields.Find(map, "domain")!, $"domain '{name}' is listed twice; list each domain once with all its occupations.");
            var codes = new List<string>();
            foreach (var (code, at) in fields.TextList(map, "occupations", required: true))
            {
                if (!occupations.ContainsKey(code)) fields.Error(at, $"unknown occupation '{code}': no O*NET-SOC code of the imported release has it (write the full code, e.g. 15-1252.00).");
                else if (owner.TryGetValue(code, out var first))
                    fields.Error(at, $"{code} {occupations[code]} is already in domain '{first.Domain}' at {fields.FileName}:{first.Line}:{first.Column}; an occupation has exactly one domain.");
                else { owner[code] = (name ?? "", (int)at.Start.Line, (int)at.Start.Column); codes.Add(code); }
            }
            if (name is not null && why is not null) entries.Add(new DomainEntry(name, why, codes));
        }
        foreach (var (code, title) in occupations.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!owner.ContainsKey(code)) fields.Error(1, 1, $"{code} {title} is in no domain: add it to the 'occupations' of one domain.");
        return entries;
    }

    /// <summary>
    /// A mapping of lists that places every occupation under exactly one of <paramref name="keys"/> (pay-basis.yaml's
    /// `hourly` and `annual`; work-kinds.yaml's kinds): code → its list.
    /// </summary>
    private static Dictionary<string, string> ReadPartition(YamlFields fields, string yaml, IReadOnlyList<string> keys, IReadOnlyDictionary<string, string> occupations)
    {
        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = string.Join(", ", keys.Select(k => $"'{k}'"));
        if (fields.Load(yaml) is not { } root) return placed;
        if (root is not YamlMappingNode map) { fields.Error(root, $"expected a mapping with the lists {named}."); return placed; }
        fields.OnlyKeys(map, [.. keys]);
        var seen = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var key in keys)
            foreach (var (code, at) in fields.TextList(map, key, required: keys.Count == 2))
            {
                if (!occupations.ContainsKey(code)) fields.Error(at, $"unknown occupation '{code}': no O*NET-SOC code of the imported release has it (write the full code, e.g. 15-1252.00).");
                else if (seen.TryGetValue(code, out var first))
                    fields.Error(at, $"{code} {occupations[code]} is already under '{placed[code]}' at {fields.FileName}:{first.Line}:{first.Column}; list each occupation once.");
                else
                {
                    seen[code] = ((int)at.Start.Line, (int)at.Start.Column);
                    placed[code] = key;
                }
            }
        foreach (var (code, title) in occupations.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!seen.ContainsKey(code))
                fields.Error(1, 1, keys.Count == 2 ? $"{code} {title} is under neither '{keys[0]}' nor '{keys[1]}': list it under one." : $"{code} {title} is under none of {named}: list it under one.");
        return placed;
    }
}
