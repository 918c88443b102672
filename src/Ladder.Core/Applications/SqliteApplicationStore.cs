using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ladder.Applications;

/// <summary>
/// Applications in their own SQLite file. WAL with <c>synchronous=FULL</c> means a save returns only after its commit
/// is on disk. Writes go through one connection: SQLite has a single writer anyway, and queueing in process is cheaper
/// than retrying on SQLITE_BUSY. Saves that arrive together share one commit (see <c>SqliteApplicationStore.Writes.cs</c>).
/// </summary>
public sealed partial class SqliteApplicationStore : IApplicationStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly string _writeConnectionString;
    private readonly string _readConnectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;

    public SqliteApplicationStore(string path, TimeProvider? time = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _time = time ?? TimeProvider.System;
        _writeConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        _readConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWrite, DefaultTimeout = 30 }.ToString();
        _writeLoop = Task.Run(WriteLoopAsync);
    }

    public string Path { get; }

    public string Backend => "sqlite";

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var writer = await WriterAsync(cancellationToken);
            // BEGIN IMMEDIATE takes the write lock first, so two processes migrating at once run one after the other.
            await using var tx = (SqliteTransaction)await writer.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
            var version = Convert.ToInt32(await Scalar(writer, tx, "PRAGMA user_version", cancellationToken), CultureInfo.InvariantCulture);
            for (var i = version; i < ApplicationSchema.Sqlite.Length; i++)
            {
                await Scalar(writer, tx, ApplicationSchema.Sqlite[i], cancellationToken);
                // PRAGMA takes no parameters; the value is our own loop counter.
                await Scalar(writer, tx, $"PRAGMA user_version = {i + 1}", cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<StoredApplication?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {StoredApplicationReader.Select} FROM applications WHERE reference = $reference";
        select.Parameters.AddWithValue("$reference", reference);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? StoredApplicationReader.Read(reader, ReadTime) : null;
    }

    public async Task<IReadOnlyList<StoredApplication>> ListAsync(DateTimeOffset? since = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"""
            SELECT {StoredApplicationReader.Select} FROM applications
            WHERE $since IS NULL OR submitted_at >= $since
            ORDER BY submitted_at, id
            LIMIT $limit
            """;
        select.Parameters.AddWithValue("$since", since is { } s ? s.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture) : DBNull.Value);
        select.Parameters.AddWithValue("$limit", limit ?? -1);
        var list = new List<StoredApplication>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(StoredApplicationReader.Read(reader, ReadTime));
        return list;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM applications";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; "ok" when the file is sound.</summary>
    public async Task<string> IntegrityCheckAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writeLoop;
        if (_writer is not null) await _writer.DisposeAsync();
        _writer = null;
        using var probe = new SqliteConnection(_readConnectionString);
        SqliteConnection.ClearPool(probe);
        _writeGate.Dispose();
    }

    private static DateTimeOffset ReadTime(System.Data.Common.DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private async Task<SqliteConnection> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null) return _writer;
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var writer = new SqliteConnection(_writeConnectionString);
        await writer.OpenAsync(cancellationToken);
        // journal_mode is stored in the file; synchronous and busy_timeout belong to this connection, which lives as long as the store.
        await Scalar(writer, null, "PRAGMA journal_mode = WAL", cancellationToken);
        await Scalar(writer, null, "PRAGMA synchronous = FULL", cancellationToken);
        await Scalar(writer, null, "PRAGMA busy_timeout = 10000", cancellationToken);
        _writer = writer;
        return writer;
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_readConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<object?> Scalar(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
