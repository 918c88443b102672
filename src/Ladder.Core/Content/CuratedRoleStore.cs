using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace Ladder.Content;

/// <summary>Stores validated curated roles in the catalog database as JSON, one row per role.</summary>
public static class CuratedRoleStore
{
    internal static int Write(SqliteConnection db, SqliteTransaction tx, IReadOnlyList<CuratedRole> roles)
    {
        using var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO curated_role (slug, file, json) VALUES ($slug, $file, $json)";
        var slug = command.Parameters.Add("$slug", SqliteType.Text);
        var file = command.Parameters.Add("$file", SqliteType.Text);
        var json = command.Parameters.Add("$json", SqliteType.Text);
        foreach (var role in roles)
        {
            slug.Value = role.Slug;
            file.Value = Path.GetFileName(role.File);
            json.Value = Serialize(role);
            command.ExecuteNonQuery();
        }
        return roles.Count;
    }

    public static string Serialize(CuratedRole role) => JsonSerializer.Serialize(role, CuratedRoleJsonContext.Default.CuratedRole);

    public static CuratedRole Deserialize(string json) =>
        JsonSerializer.Deserialize(json, CuratedRoleJsonContext.Default.CuratedRole) ?? throw new InvalidDataException("empty curated role");
}

[JsonSerializable(typeof(CuratedRole))]
[JsonSerializable(typeof(Dictionary<string, CuratedLevel>))]
internal sealed partial class CuratedRoleJsonContext : JsonSerializerContext;
