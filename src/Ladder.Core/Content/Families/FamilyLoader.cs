using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads and validates <c>content/families/*.yaml</c> (schema in content/README.md): every occupation of the O*NET
/// release in exactly one family. Every problem is reported with file:line:column and the whole folder is rejected.
/// </summary>
public static class FamilyLoader
{
    public static CareerFamilies LoadFolder(string folder, IReadOnlyDictionary<string, string> occupations)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        return LoadFiles(files.Select(f => (f, File.ReadAllText(f))), occupations);
    }

    /// <param name="files">Each file's path (its name is the family key) and text.</param>
    /// <param name="occupations">Every O*NET-SOC code of the release, with its title, for messages.</param>
    public static CareerFamilies LoadFiles(IEnumerable<(string File, string Yaml)> files, IReadOnlyDictionary<string, string> occupations)
    {
        var errors = new List<ContentError>();
        var families = new List<CareerFamily>();
        var owner = new Dictionary<string, (string Family, string Where)>(StringComparer.Ordinal);
        foreach (var (file, yaml) in files)
        {
            var fields = new YamlFields(file, errors);
            var key = Path.GetFileNameWithoutExtension(file);
            if (fields.Load(yaml) is not { } root) continue;
            if (root is not YamlMappingNode map) { fields.Error(root, "expected a mapping with name, stages and occupations."); continue; }
            var family = new FamilyFileReader(fields, key).Read(map);
            var members = fields.TextList(map, "occupations", required: true);
            foreach (var (code, node) in members)
            {
                var where = $"{fields.FileName}:{node.Start.Line}:{node.Start.Column}";
                if (!occupations.ContainsKey(code)) fields.Error(node, $"unknown occupation '{code}': no O*NET-SOC code of the imported release has it (write the full code, e.g. 47-2111.00).");
                else if (owner.TryGetValue(code, out var first)) fields.Error(node, $"{code} {occupations[code]} is already in family '{first.Family}' at {first.Where}; an occupation climbs exactly one ladder.");
                else owner[code] = (key, where);
            }
            // The own field's occupations climb this ladder: a code listed there and in another family's would be two answers.
            if (family?.OwnField is not null && YamlFields.Find(map, "ownField") is YamlMappingNode field
                && YamlFields.Find(field, "occupations") is YamlSequenceNode listed)
                foreach (var node in listed.Children.OfType<YamlScalarNode>())
                    if (!members.Any(o => o.Value == node.Value))
                        fields.Error(node, $"'{node.Value}' in ownField is not among this family's occupations.");
            if (family is not null) families.Add(family);
        }
        foreach (var (code, title) in occupations.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!owner.ContainsKey(code)) errors.Add(new ContentError("families", 1, 1, $"{code} {title} is in no family: add it to the 'occupations' of one content/families file."));
        if (errors.Count > 0) throw new ContentException(errors);
        return new CareerFamilies(families, owner.ToDictionary(p => p.Key, p => p.Value.Family, StringComparer.Ordinal));
    }
}
