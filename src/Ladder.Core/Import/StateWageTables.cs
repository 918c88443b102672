using Ladder.States;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the state estimates (<see cref="StateWageStore.Sql"/>) and their snapshot in the import's transaction.</summary>
internal static class StateWageTables
{
    public static int Write(SqliteConnection db, SqliteTransaction tx, StateWageTable table)
    {
        using var insert = new BulkInsert(db, tx, "state_wage", ["fips", "state", "soc", "title", .. StateWageColumns.Sql]);
        var values = new object?[4 + StateWageColumns.Count];
        foreach (var row in table.Rows())
        {
            values[0] = row.State.Fips; values[1] = row.State.Code; values[2] = row.Soc; values[3] = row.Title;
            for (int c = 0; c < StateWageColumns.Count; c++) values[4 + c] = double.IsNaN(row.Values[c]) ? null : row.Values[c];
            insert.Add(values);
        }
        using (var snapshot = new BulkInsert(db, tx, "state_wage_snapshot", "data")) snapshot.Add(StateWageStore.Snapshot(table));
        return insert.Count;
    }
}
