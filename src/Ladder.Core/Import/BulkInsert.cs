using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>A prepared, parameterized INSERT reused for every row of one table.</summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BulkInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} ({string.Join(",", columns)}) VALUES ({string.Join(",", columns.Select((_, i) => "$p" + i))})";
        _parameters = new SqliteParameter[columns.Length];
        for (int i = 0; i < columns.Length; i++)
            _parameters[i] = _command.Parameters.Add(new SqliteParameter("$p" + i, null));
        _command.Prepare();
    }

    public int Count { get; private set; }

    public void Add(params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
        Count++;
    }

    public void Dispose() => _command.Dispose();
}
