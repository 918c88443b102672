using Ladder.Content;

namespace Ladder.Licences;

/// <summary>
/// What licence files are checked against: the occupations being imported (code → name), the curated roles (null when none are
/// imported, so role decisions are not checked) and today, for review months.
/// </summary>
public sealed record LicenceContext(IReadOnlyDictionary<string, string> Occupations, IReadOnlySet<string>? RoleSlugs, DateOnly Today);

/// <summary>
/// Reads and validates <c>content/licences/*.yaml</c> (schema in content/README.md). Every occupation and curated role
/// must be decided exactly once; every problem is reported with file:line:column and the whole folder is rejected.
/// </summary>
public static class LicenceLoader
{
    public static LicenceBook LoadFolder(string folder, LicenceContext context)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
        return LoadFiles(files.Select(f => (f, File.ReadAllText(f))), context);
    }

    public static LicenceBook LoadFiles(IEnumerable<(string File, string Yaml)> files, LicenceContext context)
    {
        var errors = new List<ContentError>();
        var decided = new Dictionary<string, (LicenceDecision Decision, string Where)>(StringComparer.Ordinal);
        var includes = new List<(string Key, ContentError At)>();
        var names = new List<string>();
        foreach (var (file, yaml) in files)
        {
            names.Add(Path.GetFileName(file));
            var reader = new LicenceFileReader(file, errors, context);
            foreach (var entry in reader.Read(yaml))
            {
                foreach (var (key, at) in entry.Keys)
                {
                    if (decided.TryGetValue(key, out var first))
                        errors.Add(at with { Message = $"{Describe(key, context)} is decided twice: here and at {first.Where}." });
                    else decided[key] = (entry.Residencies.TryGetValue(key, out var residencies) ? entry.Decision with { Residencies = residencies } : entry.Decision,
                        $"{at.File}:{at.Line}:{at.Column}");
                }
                includes.AddRange(entry.Includes);
            }
        }
        var keys = decided.Values.Select(d => d.Decision.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (key, at) in includes)
            if (!keys.Contains(key)) errors.Add(at with { Message = $"'includes' names '{key}', which no decision has as its 'key'." });
        // An undecided occupation has no line of its own: point at the top of the file its major group belongs in.
        foreach (var (code, title) in context.Occupations.OrderBy(o => o.Key, StringComparer.Ordinal))
            if (!decided.ContainsKey(code))
                errors.Add(new(names.FirstOrDefault(n => n.StartsWith(code[..3], StringComparison.Ordinal)) ?? names.FirstOrDefault() ?? "content/licences", 1, 1,
                    $"{code} {title} has no licence decision: list it in exactly one entry's 'codes'."));
        foreach (var slug in context.RoleSlugs?.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
            if (!decided.ContainsKey(LicenceBook.RoleKey(slug)))
                errors.Add(new(names.FirstOrDefault(n => n.StartsWith("roles", StringComparison.Ordinal)) ?? names.FirstOrDefault() ?? "content/licences", 1, 1,
                    $"curated role '{slug}' has no licence decision: list it in exactly one entry's 'roles'."));
        if (errors.Count > 0) throw new ContentException(errors);
        return new LicenceBook(decided.Select(d => (d.Key, d.Value.Decision)));
    }

    private static string Describe(string key, LicenceContext context) =>
        key.StartsWith("role:", StringComparison.Ordinal) ? $"curated role '{key[5..]}'"
        : context.Occupations.TryGetValue(key, out var title) ? $"{key} {title}" : key;
}
