using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Ladder.Content;

/// <summary>
/// Reads and validates content/occupations/crews.yaml (schema in content/README.md): for each first-line supervisor, by
/// exact O*NET-SOC code, the occupations it supervises. An unknown code, a supervisor named in its own crew, a second entry
/// for a supervisor, an occupation named twice, an empty or missing crew, a source that is not an O*NET OnLine or BLS page and a
/// review month that is not yyyy-MM are errors at file:line:column.
/// </summary>
public static class CrewLoader
{
    public const string File = "crews.yaml";
    private static readonly string[] Keys = ["title", "code", "crew", "source", "reviewed"];
    private static readonly string[] Sources = ["https://www.onetonline.org/", "https://www.bls.gov/soc/", "https://www.bls.gov/ooh/"];

    internal static Dictionary<string, SupervisedCrew> Read(YamlFields fields, string yaml, IReadOnlyDictionary<string, string> occupations) =>
        PerOccupationList.Read(fields, yaml, occupations, "code, crew, source and reviewed", "a crew", "give each supervisor one entry",
            map => Read(fields, map, occupations), c => c.Code);

    private static SupervisedCrew? Read(YamlFields fields, YamlMappingNode map, IReadOnlyDictionary<string, string> occupations)
    {
        var errors = 0;
        void Fail(YamlNode node, string message) { fields.Error(node, message); errors++; }
        fields.OnlyKeys(map, Keys);
        fields.Text(map, "title", required: false);
        var (code, crew) = PerOccupationList.CodeAndList(fields, map, occupations, "crew", required: true, "crew",
            "is named in its own crew: list the occupations it supervises", Fail);
        var source = fields.Text(map, "source", required: true);
        if (source is not null && !Sources.Any(s => source.StartsWith(s, StringComparison.Ordinal)))
            Fail(YamlFields.Find(map, "source")!, $"'{source}' is not a page that names the work supervised (O*NET OnLine, the SOC or the Handbook: {string.Join(", ", Sources)}).");
        var reviewed = fields.Text(map, "reviewed", required: true);
        if (reviewed is not null && !DateOnly.TryParseExact(reviewed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            Fail(YamlFields.Find(map, "reviewed")!, $"'reviewed' must be the month the list was checked against its page, like 2026-12, not '{reviewed}'.");
        if (errors > 0 || code is null || source is null || reviewed is null || crew.Count == 0) return null;
        return new SupervisedCrew { Code = code, Crew = crew, Source = source, Reviewed = reviewed };
    }

}
