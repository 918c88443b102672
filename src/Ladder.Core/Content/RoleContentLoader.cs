using System.Globalization;
using Ladder.Occupations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads and validates curated role files. Every problem is collected with the file, line and
/// column of the YAML node it concerns, and the whole folder is rejected if any file is invalid.
/// </summary>
public static class RoleContentLoader
{
    /// <summary>The keys of a curated file's <c>levels</c> mapping: the career levels' own names.</summary>
    public static readonly string[] LevelNames = CareerLevels.All.Select(l => CareerLevels.Key(l)).ToArray();

    public static IReadOnlyList<CuratedRole> LoadFolder(string folder, ContentContext context)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml")).Order(StringComparer.Ordinal).ToList();
        return LoadFiles(files.Select(f => (f, File.ReadAllText(f))), context);
    }

    /// <summary>Validates a set of (file name, YAML text) pairs together, so references between roles are checked.</summary>
    public static IReadOnlyList<CuratedRole> LoadFiles(IEnumerable<(string File, string Yaml)> files, ContentContext context)
    {
        var errors = new List<ContentError>();
        var parsed = new List<(CuratedRole Role, YamlMappingNode Node)>();
        foreach (var (file, yaml) in files)
        {
            var reader = new RoleFileReader(file, errors);
            if (reader.Read(yaml, context) is { } result) parsed.Add(result);
        }
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, node) in parsed)
        {
            if (slugs.TryGetValue(role.Slug, out var other))
                errors.Add(RoleFileReader.At(role.File, Find(node, "slug") ?? node, $"duplicate slug '{role.Slug}': already used by {Path.GetFileName(other)}."));
            else slugs[role.Slug] = role.File;
        }
        foreach (var (role, node) in parsed)
        {
            CheckSlugs(role, node, "related", role.Related, slugs, context, errors);
            CheckSlugs(role, node, "breakInFrom", role.BreakInFrom, slugs, context, errors);
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return parsed.Select(p => p.Role).ToList();
    }

    private static void CheckSlugs(CuratedRole role, YamlMappingNode node, string key, IReadOnlyList<string> values,
        Dictionary<string, string> curated, ContentContext context, List<ContentError> errors)
    {
        if (Find(node, key) is not YamlSequenceNode seq) return;
        for (int i = 0; i < values.Count && i < seq.Children.Count; i++)
        {
            var slug = values[i];
            if (slug == role.Slug)
                errors.Add(RoleFileReader.At(role.File, seq.Children[i], $"'{key}' lists the role itself."));
            else if (!curated.ContainsKey(slug) && !context.OccupationSlugs.Contains(slug))
                errors.Add(RoleFileReader.At(role.File, seq.Children[i], $"unknown role slug '{slug}' in '{key}': expected a curated role slug or an O*NET occupation slug."));
        }
    }

    internal static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}

/// <summary>Maps one YAML document onto a <see cref="CuratedRole"/>, recording errors with their marks.</summary>
internal sealed partial class RoleFileReader(string file, List<ContentError> errors)
{
    private static readonly HashSet<string> TopKeys = ["title", "slug", "domain", "summary", "socCodes", "alternateTitles", "tools", "skills",
        "industries", "medianPay", "levels", "roadmap", "pros", "cons", "breakInFrom", "related", "sources", "reviewed", "family"];

    private readonly string _name = Path.GetFileName(file);
    private int _errorsBefore;

    public static ContentError At(string file, YamlNode node, string message) =>
        new(Path.GetFileName(file), (int)node.Start.Line, (int)node.Start.Column, message);

    private void Error(YamlNode node, string message) => errors.Add(At(file, node, message));

    public (CuratedRole, YamlMappingNode)? Read(string yaml, ContentContext context)
    {
        _errorsBefore = errors.Count;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(_name, (int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax error: " + (ex.InnerException?.Message ?? ex.Message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives no mark when a flow collection is still open at the end of the file.
            var (line, column) = UnclosedBracket(yaml);
            errors.Add(new ContentError(_name, line, column, "YAML syntax error: this [ or { is never closed."));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ContentError(_name, 1, 1, "expected a mapping of role fields (title, slug, domain, ...)."));
            return null;
        }
        CheckKeys(root, TopKeys);
        var slug = Required(root, "slug");
        if (slug is not null)
        {
            if (!Slug.IsValid(slug)) Error(RoleContentLoader.Find(root, "slug")!, $"slug '{slug}' must be lower-case words joined by hyphens, like 'machine-learning-engineer'.");
            else if (Path.GetFileNameWithoutExtension(file) != slug) Error(RoleContentLoader.Find(root, "slug")!, $"slug '{slug}' must match the file name '{_name}'.");
        }
        var codes = Strings(root, "socCodes", required: true);
        if (RoleContentLoader.Find(root, "socCodes") is YamlSequenceNode codeNodes)
        {
            for (int i = 0; i < codes.Count; i++)
            {
                if (!OccupationCode.TryParse(codes[i], out var code) || codes[i].Trim().Length != 10)
                    Error(codeNodes.Children[i], $"'{codes[i]}' is not an O*NET-SOC code like 15-2051.00.");
                else if (!context.OccupationCodes.Contains(code.Value))
                    Error(codeNodes.Children[i], $"unknown O*NET-SOC code '{codes[i]}': it is not in {context.OnetRelease}'s Occupation Data.");
            }
        }
        var role = new CuratedRole
        {
            File = file,
            Title = Required(root, "title") ?? "",
            Slug = slug ?? "",
            Domain = Required(root, "domain") ?? "",
            Summary = Required(root, "summary") ?? "",
            Reviewed = ReadReviewed(root) ?? "",
            SocCodes = codes.Select(c => c.Trim()).ToList(),
            Family = ReadFamily(root, context) ?? CuratedRole.DefaultFamily,
            AlternateTitles = Strings(root, "alternateTitles"),
            Tools = Strings(root, "tools"),
            Skills = ReadSkills(root),
            Industries = Strings(root, "industries"),
            MedianPay = ReadPay(root),
            Levels = ReadLevels(root),
            Roadmap = ReadList(root, "roadmap", ["title", "detail"], m => new CuratedStep(Required(m, "title") ?? "", Required(m, "detail") ?? "")),
            Pros = ReadList(root, "pros", ["text", "reason"], m => new CuratedPoint(Required(m, "text") ?? "", Required(m, "reason") ?? "")),
            Cons = ReadList(root, "cons", ["text", "reason"], m => new CuratedPoint(Required(m, "text") ?? "", Required(m, "reason") ?? "")),
            BreakInFrom = Strings(root, "breakInFrom"),
            Related = Strings(root, "related"),
            Sources = ReadList(root, "sources", ["name", "url", "asOf"], m => new CuratedSource(Required(m, "name") ?? "", Optional(m, "url"), Required(m, "asOf") ?? "")),
        };
        if (role.Sources.Count == 0 && RoleContentLoader.Find(root, "sources") is null)
            Error(root, "missing required field 'sources': list where the role's facts come from.");
        return errors.Count == _errorsBefore ? (role, root) : null;
    }

    /// <summary>The position of the first flow-collection opener with no closer, ignoring quoted text.</summary>
    internal static (int Line, int Column) UnclosedBracket(string yaml)
    {
        var open = new Stack<(int, int)>();
        int line = 1, column = 0;
        char quote = '\0';
        foreach (var ch in yaml)
        {
            if (ch == '\n') { line++; column = 0; continue; }
            column++;
            if (quote != '\0') { if (ch == quote) quote = '\0'; continue; }
            if (ch is '"' or '\'') quote = ch;
            else if (ch is '[' or '{') open.Push((line, column));
            else if (ch is ']' or '}' && open.Count > 0) open.Pop();
        }
        return open.Count > 0 ? open.Reverse().First() : (line, 1);
    }

    private void CheckKeys(YamlMappingNode map, IReadOnlySet<string> allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Error(key, $"unknown key '{name}': expected one of {string.Join(", ", allowed)}.");
        }
    }

    private string? Required(YamlMappingNode map, string key)
    {
        var node = RoleContentLoader.Find(map, key);
        if (node is null)
        {
            Error(map, $"missing required field '{key}'.");
            return null;
        }
        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            Error(node, $"'{key}' must be a non-empty text value.");
            return null;
        }
        return value.Trim();
    }

    private string? Optional(YamlMappingNode map, string key)
    {
        var node = RoleContentLoader.Find(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) return v.Trim();
        Error(node, $"'{key}' must be a text value.");
        return null;
    }

    private List<string> Strings(YamlMappingNode map, string key, bool required = false)
    {
        var node = RoleContentLoader.Find(map, key);
        if (node is null)
        {
            if (required) Error(map, $"missing required field '{key}'.");
            return [];
        }
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'{key}' must be a list.");
            return [];
        }
        if (required && seq.Children.Count == 0) Error(node, $"'{key}' must list at least one item.");
        var result = new List<string>(seq.Children.Count);
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) result.Add(v.Trim());
            else Error(item, $"each item of '{key}' must be a non-empty text value.");
        }
        return result;
    }

    private CuratedSkills ReadSkills(YamlMappingNode root)
    {
        if (RoleContentLoader.Find(root, "skills") is not { } node) return new CuratedSkills();
        if (node is not YamlMappingNode map)
        {
            Error(node, "'skills' must be a mapping with core, complementary and advanced lists.");
            return new CuratedSkills();
        }
        CheckKeys(map, new HashSet<string> { "core", "complementary", "advanced" });
        return new CuratedSkills { Core = Strings(map, "core"), Complementary = Strings(map, "complementary"), Advanced = Strings(map, "advanced") };
    }

    private decimal? Amount(YamlMappingNode map, string key)
    {
        var node = RoleContentLoader.Find(map, key);
        if (node is null)
        {
            Error(map, $"missing required field '{key}'.");
            return null;
        }
        if (node is YamlScalarNode { Value: { } v } && decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d > 0)
            return d;
        Error(node, $"'{key}' must be a positive number of U.S. dollars a year, like 129000.");
        return null;
    }

    private CuratedPay? ReadPay(YamlMappingNode root)
    {
        if (RoleContentLoader.Find(root, "medianPay") is not { } node) return null;
        if (node is not YamlMappingNode map)
        {
            Error(node, "'medianPay' must be a mapping with amount, source and asOf.");
            return null;
        }
        CheckKeys(map, new HashSet<string> { "amount", "source", "asOf" });
        var amount = Amount(map, "amount");
        var source = Required(map, "source");
        var asOf = Required(map, "asOf");
        return amount is { } a && source is not null && asOf is not null ? new CuratedPay(a, source, asOf) : null;
    }

    private Dictionary<string, CuratedLevel> ReadLevels(YamlMappingNode root)
    {
        var result = new Dictionary<string, CuratedLevel>(StringComparer.Ordinal);
        if (RoleContentLoader.Find(root, "levels") is not { } node) return result;
        if (node is not YamlMappingNode map)
        {
            Error(node, "'levels' must be a mapping with junior, mid, senior and lead.");
            return result;
        }
        CheckKeys(map, RoleContentLoader.LevelNames.ToHashSet());
        foreach (var name in RoleContentLoader.LevelNames)
        {
            if (RoleContentLoader.Find(map, name) is not { } levelNode)
            {
                Error(map, $"missing level '{name}': levels need junior, mid, senior and lead.");
                continue;
            }
            if (levelNode is not YamlMappingNode level)
            {
                Error(levelNode, $"level '{name}' must be a mapping with years, responsibilities and optional pay.");
                continue;
            }
            CheckKeys(level, new HashSet<string> { "years", "responsibilities", "pay" });
            var responsibilities = Strings(level, "responsibilities", required: true);
            CuratedRange? pay = null;
            if (RoleContentLoader.Find(level, "pay") is { } payNode)
            {
                if (payNode is not YamlMappingNode p) Error(payNode, "'pay' must be a mapping with low, high, source and asOf.");
                else
                {
                    CheckKeys(p, new HashSet<string> { "low", "high", "source", "asOf" });
                    var low = Amount(p, "low");
                    var high = Amount(p, "high");
                    var source = Required(p, "source");
                    var asOf = Required(p, "asOf");
                    if (low is { } l && high is { } h && l > h)
                        Error(RoleContentLoader.Find(p, "low")!, $"pay range for '{name}' has low {l} above high {h}.");
                    else if (low is { } lo && high is { } hi && source is not null && asOf is not null)
                        pay = new CuratedRange(lo, hi, source, asOf);
                }
            }
            result[name] = new CuratedLevel(Optional(level, "years"), responsibilities, pay);
        }
        return result;
    }

    private List<T> ReadList<T>(YamlMappingNode root, string key, string[] keys, Func<YamlMappingNode, T> read)
    {
        var result = new List<T>();
        if (RoleContentLoader.Find(root, key) is not { } node) return result;
        if (node is not YamlSequenceNode seq)
        {
            Error(node, $"'{key}' must be a list of mappings with {string.Join(", ", keys)}.");
            return result;
        }
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode map)
            {
                Error(item, $"each item of '{key}' must be a mapping with {string.Join(", ", keys)}.");
                continue;
            }
            CheckKeys(map, keys.ToHashSet());
            result.Add(read(map));
        }
        return result;
    }
}
