using System.Text.Json;

namespace Ladder.ApiContract.Tests;

/// <summary>
/// What a newer OpenAPI document takes away from clients built against an older one: operations (by method and
/// path) and their operationIds, required fields of schemas, and new required parameters. Additions are not breaks.
/// </summary>
internal static class OpenApiCompatibility
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static IReadOnlyList<string> Breaks(JsonElement committed, JsonElement served)
    {
        var breaks = new List<string>();
        var now = Operations(served);
        foreach (var (key, before) in Operations(committed))
        {
            if (!now.TryGetValue(key, out var after))
            {
                breaks.Add($"operation {key} ({OperationId(before)}) is gone");
                continue;
            }
            if (OperationId(before) != OperationId(after)) breaks.Add($"operation {key} was renamed from {OperationId(before)} to {OperationId(after)}");
            foreach (var parameter in Parameters(after, requiredOnly: true).Except(Parameters(before, requiredOnly: false)))
                breaks.Add($"operation {key} now requires the parameter {parameter}");
        }
        var schemasNow = Schemas(served);
        foreach (var (name, before) in Schemas(committed))
        {
            if (!schemasNow.TryGetValue(name, out var after))
            {
                breaks.Add($"schema {name} is gone");
                continue;
            }
            var properties = Names(after, "properties");
            var required = Required(after);
            foreach (var field in Required(before))
            {
                if (!properties.Contains(field)) breaks.Add($"required field {name}.{field} is gone");
                else if (!required.Contains(field)) breaks.Add($"field {name}.{field} is no longer required");
            }
        }
        return breaks;
    }

    public static Dictionary<string, JsonElement> Operations(JsonElement document)
    {
        var operations = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var item in path.Value.EnumerateObject().Where(i => Methods.Contains(i.Name)))
                operations[$"{item.Name.ToUpperInvariant()} {path.Name}"] = item.Value;
        return operations;
    }

    public static string OperationId(JsonElement operation) =>
        operation.TryGetProperty("operationId", out var id) ? id.GetString() ?? "" : "(no operationId)";

    private static Dictionary<string, JsonElement> Schemas(JsonElement document) =>
        document.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var schemas)
            ? schemas.EnumerateObject().ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal)
            : [];

    private static HashSet<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal) : [];

    private static HashSet<string> Names(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var value) ? value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) : [];

    private static IEnumerable<string> Parameters(JsonElement operation, bool requiredOnly) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray()
                .Where(p => !requiredOnly || (p.TryGetProperty("required", out var r) && r.GetBoolean()))
                .Select(p => $"{p.GetProperty("in").GetString()}:{p.GetProperty("name").GetString()}")
            : [];
}
