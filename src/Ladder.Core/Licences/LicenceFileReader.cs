using System.Globalization;
using Ladder.Content;
using Ladder.Occupations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ladder.Licences;

/// <summary>One decision as read, with the position of each code or role it decides and of each key it includes.</summary>
internal sealed record LicenceEntry(LicenceDecision Decision, List<(string Key, ContentError At)> Keys, List<(string Key, ContentError At)> Includes,
    IReadOnlyDictionary<string, List<string>> Residencies);

/// <summary>Maps one licences file onto decisions, recording errors with their YAML marks.</summary>
internal sealed class LicenceFileReader(string file, List<ContentError> errors, LicenceContext context)
{
    private static readonly string[] EntryKeys = ["title", "codes", "roles", "kind", "credential", "issuer", "agency", "exam", "time", "onlyFor", "instead", "note", "key", "includes", "programmes", "training", "residencies", "source", "reviewed"];
    private static readonly string[] TrainingKeys = ["route", "minYears", "maxYears", "hours", "detail"];
    public const string Unchecked = "unchecked";
    private readonly string _name = Path.GetFileName(file);

    private ContentError At(YamlNode node, string message) => new(_name, (int)node.Start.Line, (int)node.Start.Column, message);
    private void Error(YamlNode node, string message) => errors.Add(At(node, message));

    public IEnumerable<LicenceEntry> Read(string yaml)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(yaml)); }
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
            errors.Add(new ContentError(_name, 1, 1, "expected a list of decisions, each with 'codes' or 'roles', 'kind', 'source' and 'reviewed'."));
            yield break;
        }
        foreach (var item in root.Children)
        {
            if (item is not YamlMappingNode map) { Error(item, "expected a decision mapping (codes, kind, source, reviewed, ...)."); continue; }
            yield return ReadEntry(map);
        }
    }

    private LicenceEntry ReadEntry(YamlMappingNode map)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode k && !EntryKeys.Contains(k.Value)) Error(key, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", EntryKeys)}.");
        var keys = new List<(string, ContentError)>();
        foreach (var (value, node) in List(map, "codes"))
        {
            // Exact O*NET-SOC codes only: a 6-digit code would be a prefix rule in disguise.
            if (value.Length != 10 || !OccupationCode.TryParse(value, out _)) Error(node, $"'{value}' is not an exact O*NET-SOC code like 29-1292.00.");
            else if (!context.Occupations.ContainsKey(value)) Error(node, $"unknown code '{value}': no occupation of the imported O*NET release has it.");
            else keys.Add((value, At(node, "")));
        }
        foreach (var (value, node) in List(map, "roles"))
        {
            if (context.RoleSlugs is null) continue;
            if (!context.RoleSlugs.Contains(value)) Error(node, $"unknown curated role '{value}'.");
            else keys.Add((LicenceBook.RoleKey(value), At(node, "")));
        }
        if (Find(map, "codes") is null && Find(map, "roles") is null) Error(map, "the decision needs 'codes' (exact O*NET-SOC codes) or 'roles' (curated role slugs).");

        var kindNode = Find(map, "kind");
        var kind = kindNode is null ? null : LicenceKinds.Parse(Text(kindNode, "kind"));
        if (kindNode is null) Error(map, $"missing 'kind'; expected one of: {string.Join(", ", LicenceKinds.All.Select(k => k.Name))}.");
        else if (kind is null && kindNode is YamlScalarNode { Value: { Length: > 0 } bad })
            Error(kindNode, $"'{bad}' is not a licence kind; expected one of: {string.Join(", ", LicenceKinds.All.Select(k => k.Name))}.");
        var credential = Optional(map, "credential");
        var issuer = Optional(map, "issuer");
        var agency = Optional(map, "agency");
        var onlyFor = Optional(map, "onlyFor");
        var instead = Optional(map, "instead");
        if (kind is LicenceKind.None)
        {
            if (instead is null) Error(map, "a 'none' decision needs 'instead': what employers look for in place of a licence.");
            if (credential is not null) Error(Find(map, "credential")!, "a 'none' decision names no credential; use 'some-work' or 'some-states' if one exists.");
        }
        else if (kind is not null)
        {
            if (credential is null) Error(map, "missing 'credential': the licence or certificate this decision requires.");
            if (issuer is null) Error(map, "missing 'issuer': who grants the credential.");
            if (kind is LicenceKind.Federal && agency is null) Error(map, "a 'federal' decision needs 'agency' (FAA, USCG, NRC, FRA, FMCSA, CBP, ...).");
            if (kind is LicenceKind.SomeWork && onlyFor is null) Error(map, "a 'some-work' decision needs 'onlyFor': which work needs the credential.");
        }
        var source = Source(map);
        var reviewed = Reviewed(map);
        var training = Find(map, "training") is { } t ? ReadTraining(t) : null;
        var includes = List(map, "includes").Select(x => (x.Value, At(x.Node, ""))).ToList();
        var programmes = new List<string>();
        foreach (var (value, node) in List(map, "programmes"))
        {
            if (value.Length == 7 && value[2] == '.' && value.Remove(2, 1).All(char.IsAsciiDigit)) programmes.Add(value);
            else Error(node, $"'{value}' is not a CIP 2020 code like 22.0101.");
        }
        // An invalid decision still claims its codes and key, so one mistake is reported once, not again as "undecided".
        var decision = new LicenceDecision
        {
            Kind = kind ?? LicenceKind.None, Credential = credential, Issuer = issuer, Agency = agency, Exam = Optional(map, "exam"), Time = Optional(map, "time"),
            OnlyFor = onlyFor, Instead = instead, Note = Optional(map, "note"), Key = Optional(map, "key"), Includes = includes.Select(i => i.Value).ToList(),
            Training = training, Programmes = programmes, Source = source ?? "", Reviewed = reviewed == Unchecked ? null : reviewed,
            Title = Optional(map, "title") ?? "", File = _name, Line = (int)map.Start.Line,
        };
        var residencies = new ResidencyReader(this, errors, _name).Read(Find(map, "residencies"), keys.Select(k => k.Item1).ToList(), training, map);
        return new LicenceEntry(decision, keys, includes, residencies);
    }

    private Training? ReadTraining(YamlNode node)
    {
        if (node is not YamlMappingNode m) { Error(node, "'training' must be a mapping: {route, minYears, maxYears, hours, detail}."); return null; }
        foreach (var key in m.Children.Keys)
            if (key is YamlScalarNode k && !TrainingKeys.Contains(k.Value)) Error(key, $"unknown key '{k.Value}'; expected one of: {string.Join(", ", TrainingKeys)}.");
        var routeName = Optional(m, "route");
        var route = Training.Routes.FirstOrDefault(r => r.Name == routeName);
        if (routeName is null || route.Name is null)
            Error(Find(m, "route") ?? m, $"'training' needs 'route', one of: {string.Join(", ", Training.Routes.Select(r => r.Name))}.");
        var detail = Optional(m, "detail");
        if (detail is null) Error(m, "'training' needs 'detail': the route in words.");
        var min = Number(m, "minYears");
        var max = Number(m, "maxYears");
        if (min > max) Error(Find(m, "minYears")!, $"minYears {min} is above maxYears {max}.");
        var hours = Number(m, "hours");
        if (route.Name is null || detail is null) return null;
        return new Training { Route = route.Route, MinYears = min, MaxYears = max, Hours = hours is { } h ? (int)h : null, Detail = detail };
    }

    private double? Number(YamlMappingNode map, string key)
    {
        if (Find(map, key) is not { } node) return null;
        if (node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0) return v;
        Error(node, $"'{key}' must be a number of zero or more.");
        return null;
    }

    internal string? Source(YamlMappingNode map)
    {
        var node = Find(map, "source");
        if (node is null) { Error(map, "unsourced decision: add 'source', the URL of a page that states the fact (a Handbook page, a regulator or the CFR)."); return null; }
        var value = Text(node, "source");
        if (value is null) return null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Error(node, $"'{value}' is not a web address; 'source' must be the URL of a page that states the fact.");
            return null;
        }
        return value;
    }

    private string? Reviewed(YamlMappingNode map)
    {
        var node = Find(map, "reviewed");
        if (node is null) { Error(map, "missing 'reviewed': the month (yyyy-MM) someone checked the decision against its source, or 'unchecked'."); return null; }
        var value = Text(node, "reviewed");
        if (value is null || value == Unchecked) return value;
        if (!DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            Error(node, $"'{value}' is not a month like 2026-12 or 'unchecked'.");
        else if (month > context.Today) Error(node, $"'{value}' is a month still to come; 'reviewed' is when the source was checked.");
        else return value;
        return null;
    }

    internal IEnumerable<(string Value, YamlNode Node)> List(YamlMappingNode map, string key)
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

    internal string? Optional(YamlMappingNode map, string key) => Find(map, key) is { } node ? Text(node, key) : null;

    private string? Text(YamlNode node, string key)
    {
        if (node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) return s.Value.Trim();
        Error(node, $"'{key}' must be non-empty text.");
        return null;
    }

    internal static YamlNode? Find(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}
