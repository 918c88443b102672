using System.Text.Json.Serialization;

namespace Ladder.Content;

/// <summary>
/// Where a career stage sits on the four-band scale every job family maps onto, whatever the family calls it
/// ("Apprentice", "Charge nurse"). Serialized as "junior", "mid", "senior" and "lead", the names the JSON and
/// the curated YAML have always used.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CareerLevel>))]
public enum CareerLevel
{
    [JsonStringEnumMemberName("junior")] Junior,
    [JsonStringEnumMemberName("mid")] Mid,
    [JsonStringEnumMemberName("senior")] Senior,
    [JsonStringEnumMemberName("lead")] Lead,
}

public static class CareerLevels
{
    /// <summary>The four levels, lowest first.</summary>
    public static readonly IReadOnlyList<CareerLevel> All = [CareerLevel.Junior, CareerLevel.Mid, CareerLevel.Senior, CareerLevel.Lead];

    /// <summary>"junior", "mid", "senior", "lead": the YAML key and JSON value.</summary>
    public static string Key(this CareerLevel level) => level switch
    {
        CareerLevel.Junior => "junior",
        CareerLevel.Mid => "mid",
        CareerLevel.Senior => "senior",
        _ => "lead",
    };

    /// <summary>The generic label when a family does not name its own stage.</summary>
    public static string Label(this CareerLevel level) => level switch
    {
        CareerLevel.Junior => "Junior",
        CareerLevel.Mid => "Mid-level",
        CareerLevel.Senior => "Senior",
        _ => "Lead / Principal",
    };

    public static CareerLevel? Parse(string key) => All.Cast<CareerLevel?>().FirstOrDefault(l => l!.Value.Key() == key);
}
