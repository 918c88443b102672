using System.Text.Json.Serialization;

namespace Ladder.Guides;

/// <summary>How central a skill is to a role: what it is built on, what rounds it out, what comes with seniority.</summary>
/// <remarks>Serialized as "core", "complementary" and "advanced", the names the JSON and curated YAML have always used.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SkillGroup>))]
public enum SkillGroup
{
    [JsonStringEnumMemberName("core")] Core,
    [JsonStringEnumMemberName("complementary")] Complementary,
    [JsonStringEnumMemberName("advanced")] Advanced,
}
