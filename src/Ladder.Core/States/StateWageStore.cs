using Ladder.Import;
using Microsoft.Data.Sqlite;

namespace Ladder.States;

/// <summary>The <c>state_wage</c> table of the catalog database: written by import, read once at start-up.</summary>
public static class StateWageStore
{
    public const string Sql = """
        CREATE TABLE state_wage (
            fips TEXT NOT NULL, state TEXT NOT NULL, soc TEXT NOT NULL, title TEXT NOT NULL,
            employment REAL NULL, mean REAL NULL, p10 REAL NULL, p25 REAL NULL, median REAL NULL, p75 REAL NULL, p90 REAL NULL,
            hourly_mean REAL NULL, hourly_median REAL NULL, jobs_1000 REAL NULL, location_quotient REAL NULL,
            PRIMARY KEY (soc, fips)) WITHOUT ROWID;
        """;

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
        return insert.Count;
    }

    public static StateWageTable Read(SqliteConnection db, string? release)
    {
        if (string.IsNullOrEmpty(release)) return StateWageTable.Empty;
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT fips, soc, title, {string.Join(", ", StateWageColumns.Sql)} FROM state_wage";
        using var reader = command.ExecuteReader();
        var rows = new List<StateWageRow>(36_000);
        while (reader.Read())
        {
            var values = new double[StateWageColumns.Count];
            for (int c = 0; c < values.Length; c++) values[c] = reader.IsDBNull(3 + c) ? double.NaN : reader.GetDouble(3 + c);
            var state = UsState.FromFips(reader.GetString(0)) ?? throw new InvalidDataException($"state_wage holds an unknown FIPS code '{reader.GetString(0)}'.");
            rows.Add(new StateWageRow(state, reader.GetString(1), reader.GetString(2), values));
        }
        return new StateWageTable(release, rows);
    }
}
