using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads and validates content/occupations/routes.yaml (schema in content/README.md): each entry is one occupation's
/// Handbook-named route, by exact O*NET-SOC code. An unknown code, an occupation named as its own route, an occupation
/// with two entries or a route named twice, a missing source or review month, and a note or 'then' that states a licence (the
/// licence decisions are the one record) are errors at file:line:column.
/// </summary>
public static class RouteLoader
{
    public const string File = "routes.yaml";
    private static readonly string[] Keys = ["title", "code", "from", "note", "then", "page", "source", "reviewed"];

    internal static Dictionary<string, HandbookRoute> Read(YamlFields fields, string yaml, IReadOnlyDictionary<string, string> occupations) =>
        PerOccupationList.Read(fields, yaml, occupations, "code, from or note, page, source and reviewed", "a route", "give each occupation one entry",
            map => Read(fields, map, occupations), r => r.Code);

    private static HandbookRoute? Read(YamlFields fields, YamlMappingNode map, IReadOnlyDictionary<string, string> occupations)
    {
        var errors = 0;
        void Fail(YamlNode node, string message) { fields.Error(node, message); errors++; }
        fields.OnlyKeys(map, Keys);
        fields.Text(map, "title", required: false);
        var (code, from) = PerOccupationList.CodeAndList(fields, map, occupations, "from", required: false, "route",
            "is named as its own route: list the occupations people work in first", Fail);
        var note = fields.Text(map, "note", required: false);
        var then = fields.Text(map, "then", required: false);
        foreach (var (key, text) in new[] { ("note", note), ("then", then) })
            if (text is not null && text.Contains("licen", StringComparison.OrdinalIgnoreCase))
                Fail(YamlFields.Find(map, key)!, $"a route's '{key}' may not state a licence: content/licences is the one record of licences, and the guide adds the licence from there.");
        if (from.Count == 0 && note is null && YamlFields.Find(map, "from") is null) Fail(map, "a route names the occupations people come from ('from') or says in a 'note' what the route is.");
        var page = fields.Text(map, "page", required: true);
        var source = fields.Text(map, "source", required: true);
        if (source is not null && !source.StartsWith("https://www.bls.gov/ooh/", StringComparison.Ordinal))
            Fail(YamlFields.Find(map, "source")!, $"'{source}' is not a Handbook page address (https://www.bls.gov/ooh/...).");
        var reviewed = fields.Text(map, "reviewed", required: true);
        if (reviewed is not null && !DateOnly.TryParseExact(reviewed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            Fail(YamlFields.Find(map, "reviewed")!, $"'reviewed' must be the month the entry was checked against its page, like 2026-12, not '{reviewed}'.");
        if (errors > 0 || code is null || page is null || source is null || reviewed is null) return null;
        return new HandbookRoute { Code = code, From = from, Note = note, Then = then, Page = page, Source = source, Reviewed = reviewed };
    }

}
