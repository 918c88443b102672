using System.Globalization;
using Ladder.Content;
using Ladder.Occupations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ladder.Outlook;

/// <summary>What credential files are checked against.</summary>
public sealed record CredentialContext(IReadOnlySet<string> OccupationCodes, IReadOnlySet<string> RoleSlugs, Func<string, string?> HandbookUrl);

/// <summary>
/// Reads and validates <c>content/credentials/*.yaml</c> (schema in content/README.md). Every problem is collected
/// with file:line:column and the whole folder is rejected if any file is invalid, like curated roles.
/// </summary>
public static class CredentialLoader
{
    public static IReadOnlyList<CredentialEntry> LoadFolder(string folder, CredentialContext context)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml")).Order(StringComparer.Ordinal).ToList();
        return LoadFiles(files.Select(f => (f, File.ReadAllText(f))), context);
    }

    public static IReadOnlyList<CredentialEntry> LoadFiles(IEnumerable<(string File, string Yaml)> files, CredentialContext context)
    {
        var errors = new List<ContentError>();
        var entries = new List<CredentialEntry>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, yaml) in files)
        {
            var reader = new CredentialFileReader(file, errors, context);
            foreach (var (entry, keys) in reader.Read(yaml))
            {
                foreach (var (key, node) in keys)
                {
                    if (owners.TryGetValue(key, out var where)) errors.Add(CredentialFileReader.At(file, node, $"'{key}' already has credentials at {where}."));
                    else owners[key] = $"{Path.GetFileName(file)}:{node.Start.Line}";
                }
                entries.Add(entry);
            }
        }
        if (errors.Count > 0) throw new ContentException(errors);
        return entries;
    }
}

/// <summary>Maps one credentials file onto entries, recording errors with their YAML marks.</summary>
internal sealed class CredentialFileReader(string file, List<ContentError> errors, CredentialContext context)
{
    private static readonly HashSet<string> EntryKeys = ["codes", "roles", "title", "source", "reviewed", "none", "credentials"];
    private static readonly HashSet<string> CredentialKeys = ["name", "kind", "issuer", "status", "time", "source", "reviewed", "note"];
    private readonly string _name = Path.GetFileName(file);
    private bool _codesWritten;

    public static ContentError At(string file, YamlNode node, string message) =>
        new(Path.GetFileName(file), (int)node.Start.Line, (int)node.Start.Column, message);

    private void Error(YamlNode node, string message) => errors.Add(At(file, node, message));

    public IEnumerable<(CredentialEntry Entry, List<(string Key, YamlNode Node)> Keys)> Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(_name, (int)ex.Start.Line, (int)ex.Start.Column, "YAML syntax error: " + (ex.InnerException?.Message ?? ex.Message)));
            yield break;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives no mark when a flow collection is still open at the end of the file.
            var (line, column) = RoleFileReader.UnclosedBracket(yaml);
            errors.Add(new ContentError(_name, line, column, "YAML syntax error: this [ or { is never closed."));
            yield break;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            errors.Add(new ContentError(_name, 1, 1, "expected a list of entries, each with 'codes' or 'roles' and 'credentials' or 'none'."));
            yield break;
        }
        foreach (var item in root.Children)
        {
            if (item is not YamlMappingNode map) { Error(item, "expected an entry mapping (codes, source, reviewed, credentials or none)."); continue; }
            if (ReadEntry(map) is { } result) yield return result;
        }
    }

    private (CredentialEntry, List<(string, YamlNode)>)? ReadEntry(YamlMappingNode map)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode k && !EntryKeys.Contains(k.Value ?? "")) Error(key, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", EntryKeys)}.");
        var keys = new List<(string, YamlNode)>();
        var codes = new List<string>();
        _codesWritten = Find(map, "codes") is not null;
        foreach (var (value, node) in List(map, "codes"))
        {
            var canonical = CanonicalCode(value);
            if (canonical is null) Error(node, $"'{value}' is not a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.01.");
            else if (!context.OccupationCodes.Contains(canonical)) Error(node, $"unknown code '{value}': no occupation of the imported O*NET release has it.");
            else { codes.Add(canonical); keys.Add((canonical, node)); }
        }
        var roles = new List<string>();
        foreach (var (value, node) in List(map, "roles"))
        {
            if (!context.RoleSlugs.Contains(value)) Error(node, $"unknown curated role '{value}'.");
            else { roles.Add(value); keys.Add(("role:" + value, node)); }
        }
        if (codes.Count == 0 && roles.Count == 0 && Find(map, "codes") is null && Find(map, "roles") is null)
            Error(map, "the entry needs 'codes' (SOC or O*NET-SOC codes) or 'roles' (curated role slugs).");
        var defaultSource = Scalar(map, "source");
        var defaultReviewed = Scalar(map, "reviewed");
        var credentials = new List<Credential>();
        var none = Find(map, "none");
        var list = Find(map, "credentials");
        if ((none is null) == (list is null))
            Error(map, "the entry needs exactly one of 'credentials' (a list) or 'none' (why no credential is needed).");
        if (none is not null)
        {
            var text = Text(none, "none");
            var source = SourceFor(map, defaultSource, codes, none);
            var reviewed = Date(map, defaultReviewed, "reviewed", map);
            if (text is not null && source is not null && reviewed is not null)
                credentials.Add(new Credential { Name = "No licence required", Kind = "none", Issuer = "", Status = "none", Time = "", Source = source, Reviewed = reviewed, Note = text });
        }
        if (list is YamlSequenceNode seq)
        {
            foreach (var c in seq.Children)
                if (ReadCredential(c, map, defaultSource, defaultReviewed, codes) is { } credential) credentials.Add(credential);
            if (seq.Children.Count == 0) Error(seq, "'credentials' is empty; use 'none' to say that nothing is required.");
        }
        else if (list is not null) Error(list, "'credentials' must be a list.");
        return (new CredentialEntry(codes, roles, credentials, file, (int)map.Start.Line), keys);
    }

    private Credential? ReadCredential(YamlNode node, YamlMappingNode entry, YamlScalarNode? defaultSource, YamlScalarNode? defaultReviewed, List<string> codes)
    {
        if (node is not YamlMappingNode m) { Error(node, "expected a credential mapping (name, kind, issuer, status, time)."); return null; }
        foreach (var key in m.Children.Keys)
            if (key is YamlScalarNode k && !CredentialKeys.Contains(k.Value ?? "")) Error(key, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", CredentialKeys)}.");
        var name = Required(m, "name");
        var kind = OneOf(m, "kind", Credential.Kinds.Where(k => k != "none").ToList());
        var issuer = Required(m, "issuer");
        var status = OneOf(m, "status", Credential.Statuses.Where(s => s != "none").ToList());
        var time = Required(m, "time");
        var source = SourceFor(m, Scalar(m, "source") ?? defaultSource, codes, m);
        var reviewed = Date(m, Scalar(m, "reviewed") ?? defaultReviewed, "reviewed", m);
        if (name is null || kind is null || issuer is null || status is null || time is null || source is null || reviewed is null) return null;
        return new Credential { Name = name, Kind = kind, Issuer = issuer, Status = status, Time = time, Source = source, Reviewed = reviewed, Note = Scalar(m, "note")?.Value };
    }

    /// <summary>A URL, or "ooh": the Handbook page BLS links the (single) occupation to in its projections workbook.</summary>
    private string? SourceFor(YamlMappingNode owner, YamlScalarNode? node, List<string> codes, YamlNode at)
    {
        if (node is null) { Error(at, "missing 'source' (a URL, or 'ooh' for the occupation's BLS Handbook page), here or on the entry."); return null; }
        var value = node.Value?.Trim() ?? "";
        if (value == "ooh")
        {
            if (codes.Count == 0)
            {
                // Bad codes were reported already; only a missing list is a new problem.
                if (!_codesWritten) Error(node, "'ooh' needs the entry's 'codes' to find the Handbook page.");
                return null;
            }
            var missing = codes.Where(c => context.HandbookUrl(c) is null).ToList();
            if (missing.Count > 0) { Error(node, $"BLS links no Handbook page to {string.Join(", ", missing)}; give a URL instead."); return null; }
            // Resolved per occupation when guides are composed: each code has its own Handbook page.
            return Credential.HandbookSource;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) { Error(node, $"'{value}' is not an https URL or 'ooh'."); return null; }
        return value;
    }

    private string? Date(YamlMappingNode owner, YamlScalarNode? node, string key, YamlNode at)
    {
        if (node is null) { Error(at, $"missing '{key}' (the date the fact was checked, yyyy-MM-dd), here or on the entry."); return null; }
        if (!DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) { Error(node, $"'{node.Value}' is not a date like 2026-11-30."); return null; }
        return node.Value;
    }

    /// <summary>"29-1141" → "29-1141.00"; "29-1141.01" stays. Null when malformed.</summary>
    internal static string? CanonicalCode(string value)
    {
        var v = value.Trim();
        if (v.Length == 7) v += ".00";
        return v.Length == 10 && OccupationCode.TryParse(v, out var code) ? code.Value : null;
    }

    private IEnumerable<(string Value, YamlNode Node)> List(YamlMappingNode map, string key)
    {
        var node = Find(map, key);
        if (node is null) yield break;
        if (node is not YamlSequenceNode seq) { Error(node, $"'{key}' must be a list."); yield break; }
        foreach (var child in seq.Children)
        {
            if (child is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) yield return (s.Value.Trim(), s);
            else Error(child, $"each item of '{key}' must be text.");
        }
    }

    private string? Required(YamlMappingNode map, string key)
    {
        var node = Find(map, key);
        if (node is null) { Error(map, $"missing required '{key}'."); return null; }
        return Text(node, key);
    }

    private string? Text(YamlNode node, string key)
    {
        if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) return s.Value.Trim();
        Error(node, $"'{key}' must be non-empty text.");
        return null;
    }

    private string? OneOf(YamlMappingNode map, string key, IReadOnlyList<string> allowed)
    {
        var value = Required(map, key);
        if (value is null) return null;
        if (allowed.Contains(value)) return value;
        Error(Find(map, key)!, $"'{value}' is not a valid {key}; expected one of: {string.Join(", ", allowed)}.");
        return null;
    }

    private static YamlScalarNode? Scalar(YamlMappingNode map, string key) => Find(map, key) as YamlScalarNode;

    private static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
