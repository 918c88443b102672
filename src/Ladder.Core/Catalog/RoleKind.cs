using System.Text.Json.Serialization;

namespace Ladder.Catalog;

/// <summary>What a guide is about: an O*NET occupation, or a curated market role layered over occupations.</summary>
/// <remarks>Serialized as "occupation" and "role", the names the JSON has always used.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<RoleKind>))]
public enum RoleKind
{
    [JsonStringEnumMemberName("occupation")] Occupation,
    [JsonStringEnumMemberName("role")] Curated,
}

public static class RoleKindNames
{
    /// <summary>The JSON and display name: "occupation" or "role".</summary>
    public static string Name(this RoleKind kind) => kind == RoleKind.Curated ? "role" : "occupation";
}
