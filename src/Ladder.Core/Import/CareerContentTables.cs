using System.Text.Json;
using Ladder.Content;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the families, their members and the hazards (<see cref="CareerContentStore.Sql"/>) in the import's transaction.</summary>
internal static class CareerContentTables
{
    public static void Write(SqliteConnection db, SqliteTransaction tx, CareerFamilies families, IReadOnlyDictionary<string, Hazard> hazards)
    {
        using (var insert = new BulkInsert(db, tx, "career_family", "key", "ord", "json"))
            for (int i = 0; i < families.All.Count; i++)
                insert.Add(families.All[i].Key, i, JsonSerializer.Serialize(families.All[i], CareerContentJsonContext.Default.CareerFamily));
        using (var insert = new BulkInsert(db, tx, "family_member", "code", "family"))
            foreach (var (key, codes) in families.Members)
                foreach (var code in codes) insert.Add(code, key);
        using (var insert = new BulkInsert(db, tx, "hazard", "code", "json"))
            foreach (var (code, hazard) in hazards) insert.Add(code, JsonSerializer.Serialize(hazard, CareerContentJsonContext.Default.Hazard));
    }
}
