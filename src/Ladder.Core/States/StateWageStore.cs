using Microsoft.Data.Sqlite;

namespace Ladder.States;

/// <summary>The <c>state_wage</c> table of the catalog database: written by import (<c>Import.StateWageTables</c>), read once at start-up.</summary>
public static class StateWageStore
{
    public const string Sql = """
        CREATE TABLE state_wage (
            fips TEXT NOT NULL, state TEXT NOT NULL, soc TEXT NOT NULL, title TEXT NOT NULL,
            employment REAL NULL, mean REAL NULL, p10 REAL NULL, p25 REAL NULL, median REAL NULL, p75 REAL NULL, p90 REAL NULL,
            hourly_mean REAL NULL, hourly_median REAL NULL, jobs_1000 REAL NULL, location_quotient REAL NULL,
            PRIMARY KEY (soc, fips)) WITHOUT ROWID;
        CREATE TABLE state_wage_snapshot (data BLOB NOT NULL);
        """;

    /// <summary>
    /// The table as one blob (per SOC code: title, which states it has, their values), read with the catalog in one
    /// go and decoded on first use, so a command that shows no state pays about nothing for the 35,000 rows.
    /// </summary>
    internal static byte[] Snapshot(StateWageTable table)
    {
        using var stream = new MemoryStream(4 << 20);
        using (var w = new BinaryWriter(stream))
        {
            var bySoc = table.Rows().GroupBy(r => r.Soc).ToList();
            w.Write(bySoc.Count);
            foreach (var group in bySoc)
            {
                w.Write(group.Key);
                w.Write(group.First().Title);
                w.Write(group.Count());
                foreach (var row in group)
                {
                    w.Write((byte)row.State.Index);
                    foreach (var v in row.Values) w.Write(v);
                }
            }
        }
        return stream.ToArray();
    }

    private static IEnumerable<StateWageRow> Decode(byte[] data)
    {
        using var r = new BinaryReader(new MemoryStream(data, writable: false));
        var socs = r.ReadInt32();
        for (int i = 0; i < socs; i++)
        {
            var soc = r.ReadString();
            var title = r.ReadString();
            var n = r.ReadInt32();
            for (int j = 0; j < n; j++)
            {
                var state = UsState.All[r.ReadByte()];
                var values = new double[StateWageColumns.Count];
                for (int c = 0; c < values.Length; c++) values[c] = r.ReadDouble();
                yield return new StateWageRow(state, soc, title, values);
            }
        }
    }

    /// <summary>Reads the snapshot now and decodes it on first use.</summary>
    public static Lazy<StateWageTable> ReadLazy(SqliteConnection db, string? release)
    {
        if (string.IsNullOrEmpty(release)) return new Lazy<StateWageTable>(StateWageTable.Empty);
        using var command = db.CreateCommand();
        command.CommandText = "SELECT data FROM state_wage_snapshot";
        // A database written before the snapshot existed: read the rows now, while the connection is open.
        if (command.ExecuteScalar() is not byte[] blob) return new Lazy<StateWageTable>(Read(db, release));
        return new Lazy<StateWageTable>(() => new StateWageTable(release, Decode(blob)), LazyThreadSafetyMode.ExecutionAndPublication);
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
