using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;

namespace Ladder.Content;

/// <summary>The families, their members and the hazards in the catalog database: written by import (<c>Import.CareerContentTables</c>), read once at start-up.</summary>
public static class CareerContentStore
{
    public const string Sql = """
        CREATE TABLE career_family (key TEXT PRIMARY KEY, ord INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE TABLE family_member (code TEXT PRIMARY KEY, family TEXT NOT NULL REFERENCES career_family(key));
        CREATE TABLE hazard (code TEXT PRIMARY KEY, json TEXT NOT NULL);
        """;

    public static (CareerFamilies Families, IReadOnlyDictionary<string, Hazard> Hazards) Read(SqliteConnection db)
    {
        var families = Query(db, "SELECT json FROM career_family ORDER BY ord", r => JsonSerializer.Deserialize(r.GetString(0), CareerContentJsonContext.Default.CareerFamily)!);
        var members = Query(db, "SELECT code, family FROM family_member", r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var hazards = Query(db, "SELECT code, json FROM hazard", r => (r.GetString(0), JsonSerializer.Deserialize(r.GetString(1), CareerContentJsonContext.Default.Hazard)!))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        return (families.Count == 0 ? CareerFamilies.Empty : new CareerFamilies(families, members), hazards);
    }

    private static List<T> Query<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> map) => Storage.SqliteRows.Query(db, sql, map);
}

[JsonSerializable(typeof(CareerFamily))]
[JsonSerializable(typeof(Hazard))]
internal sealed partial class CareerContentJsonContext : JsonSerializerContext;
