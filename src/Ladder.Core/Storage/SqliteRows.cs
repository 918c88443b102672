using Microsoft.Data.Sqlite;

namespace Ladder.Storage;

/// <summary>Reads a catalog table into a list: the one row loop every store's read shares.</summary>
internal static class SqliteRows
{
    public static List<T> Query<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var result = new List<T>();
        while (reader.Read()) result.Add(map(reader));
        return result;
    }
}
