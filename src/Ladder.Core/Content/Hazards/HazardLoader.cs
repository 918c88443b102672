using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads and validates <c>content/hazards/*.yaml</c> (schema in content/README.md): each entry names its occupations
/// by exact O*NET-SOC code, and an occupation has at most one entry. The whole folder is rejected on any error.
/// </summary>
public static class HazardLoader
{
    private static readonly string[] Keys = ["page", "source", "checked", "codes", "rates", "summary", "hours", "training"];

    public static IReadOnlyDictionary<string, Hazard> LoadFolder(string folder, IReadOnlySet<string> occupations)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        return LoadFiles(files.Select(f => (f, File.ReadAllText(f))), occupations);
    }

    public static IReadOnlyDictionary<string, Hazard> LoadFiles(IEnumerable<(string File, string Yaml)> files, IReadOnlySet<string> occupations)
    {
        var errors = new List<ContentError>();
        var result = new Dictionary<string, Hazard>(StringComparer.Ordinal);
        var where = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, yaml) in files)
        {
            var fields = new YamlFields(file, errors);
            if (fields.Load(yaml) is not { } root) continue;
            if (root is not YamlSequenceNode list) { fields.Error(root, "expected a list of entries (page, source, checked, codes, and summary, hours or both)."); continue; }
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode map) { fields.Error(item, "expected an entry mapping."); continue; }
                var hazard = Read(fields, map);
                foreach (var (code, node) in fields.TextList(map, "codes", required: true))
                {
                    if (!occupations.Contains(code)) fields.Error(node, $"unknown occupation '{code}': write a full O*NET-SOC code of the imported release, e.g. 47-2181.00.");
                    else if (where.TryGetValue(code, out var first)) fields.Error(node, $"{code} already has a hazard entry at {first}.");
                    else
                    {
                        where[code] = $"{fields.FileName}:{node.Start.Line}:{node.Start.Column}";
                        if (hazard is not null) result[code] = hazard;
                    }
                }
            }
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return result;
    }

    private static Hazard? Read(YamlFields fields, YamlMappingNode map)
    {
        fields.OnlyKeys(map, Keys);
        var page = fields.Text(map, "page", required: true);
        var source = fields.Text(map, "source", required: true);
        if (source is not null && !source.StartsWith("https://www.bls.gov/ooh/", StringComparison.Ordinal))
        {
            fields.Error(YamlFields.Find(map, "source")!, $"'{source}' is not a Handbook page address (https://www.bls.gov/ooh/...).");
            source = null;
        }
        var checkedText = fields.Text(map, "checked", required: true);
        if (checkedText is not null && !DateOnly.TryParseExact(checkedText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            fields.Error(YamlFields.Find(map, "checked")!, $"'checked' must be the month the entry was checked against its page, like 2026-12, not '{checkedText}'.");
            checkedText = null;
        }
        var rates = fields.TextList(map, "rates", required: false);
        foreach (var (rate, node) in rates.Where(r => !Hazard.KnownRates.Contains(r.Value)))
            fields.Error(node, $"'{rate}' is not a rate the Handbook singles out; expected one of: {string.Join(", ", Hazard.KnownRates)}.");
        var summary = fields.Text(map, "summary", required: false);
        var training = fields.Text(map, "training", required: false);
        var hours = fields.Text(map, "hours", required: false);
        if (summary is null && hours is null) fields.Error(map, "the entry needs a 'summary' of the dangers, 'hours', or both.");
        if (summary is null && (training is not null || rates.Count > 0))
            fields.Error(YamlFields.Find(map, "training") ?? YamlFields.Find(map, "rates")!, "'training' and 'rates' describe a danger: write its 'summary' too.");
        if (page is null || source is null || checkedText is null || (summary is null && hours is null)) return null;
        return new Hazard
        {
            Page = page, Source = source, Checked = checkedText, Rates = rates.Select(r => r.Value).Where(Hazard.KnownRates.Contains).Distinct().ToList(),
            Summary = summary, Hours = hours, Training = summary is null ? null : training,
        };
    }
}
