using System.Text;
using Npgsql;

namespace Ladder.Applications;

/// <summary>
/// Applications in PostgreSQL, for several <c>ladder serve</c> instances behind a load balancer. The schema is the
/// SQLite one; the table lives in the first schema of the connection string's <c>Search Path</c>, else <c>public</c>.
/// A save returns after COMMIT, which with the server default <c>synchronous_commit = on</c> means after WAL flush.
/// </summary>
public sealed class PostgresApplicationStore : IApplicationStore
{
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly string _schema;
    private readonly string _table;

    public PostgresApplicationStore(string connectionString, TimeProvider? time = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _schema = builder.SearchPath?.Split(',')[0].Trim() is { Length: > 0 } first ? first : "public";
        if (!IsPlainIdentifier(_schema))
        {
            throw new ArgumentException($"The applications schema '{_schema}' must be lower-case letters, digits and '_' (starting with a letter or '_').", nameof(connectionString));
        }
        // Identifiers cannot be parameters; the schema name is checked above, so quoting it is enough.
        _table = $"\"{_schema}\".applications";
        _dataSource = NpgsqlDataSource.Create(builder);
        _time = time ?? TimeProvider.System;
    }

    public string Backend => "postgresql";

    public string Schema => _schema;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // Instances starting together queue on this lock, so exactly one applies each migration.
        await Execute(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey(_schema)));
        await Execute(connection, $"CREATE SCHEMA IF NOT EXISTS \"{_schema}\"", cancellationToken);
        await Execute(connection, $"""
            CREATE TABLE IF NOT EXISTS "{_schema}".applications_migrations (
                version INTEGER PRIMARY KEY,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )
            """, cancellationToken);
        await using var current = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM \"{_schema}\".applications_migrations", connection);
        var version = Convert.ToInt32(await current.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        for (var i = version; i < ApplicationSchema.Postgres.Length; i++)
        {
            await Execute(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, ApplicationSchema.Postgres[i], $"\"{_schema}\"."), cancellationToken);
            await Execute(connection, $"INSERT INTO \"{_schema}\".applications_migrations (version) VALUES (@version)", cancellationToken, ("version", i + 1));
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<SaveResult> SaveAsync(NewApplication application, CancellationToken cancellationToken = default)
    {
        var fingerprint = ApplicationFingerprint.Of(application);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO {_table} ({ApplicationSchema.Columns})
                VALUES (@reference, @key, @fingerprint, @submittedAt, @name, @email, @currentTitle, @targetSlug, @targetTitle, @years, @location, @message)
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING reference
                """, connection);
            insert.Parameters.AddWithValue("reference", ApplicationReference.New());
            insert.Parameters.AddWithValue("key", application.IdempotencyKey);
            insert.Parameters.AddWithValue("fingerprint", fingerprint);
            insert.Parameters.AddWithValue("submittedAt", _time.GetUtcNow());
            insert.Parameters.AddWithValue("name", application.Name);
            insert.Parameters.AddWithValue("email", application.Email);
            insert.Parameters.AddWithValue("currentTitle", application.CurrentRole);
            insert.Parameters.AddWithValue("targetSlug", application.TargetRoleSlug);
            insert.Parameters.AddWithValue("targetTitle", application.TargetRoleTitle);
            insert.Parameters.AddWithValue("years", application.YearsOfExperience);
            insert.Parameters.AddWithValue("location", NpgsqlTypes.NpgsqlDbType.Text, (object?)application.Location ?? DBNull.Value);
            insert.Parameters.AddWithValue("message", application.Message);
            try
            {
                if (await insert.ExecuteScalarAsync(cancellationToken) is string stored) return new SaveResult.Created(stored);
            }
            catch (PostgresException ex) when (ex.SqlState == UniqueViolation && ex.ConstraintName?.Contains("reference", StringComparison.Ordinal) == true && attempt < 3)
            {
                continue; // the random reference collided; draw another
            }
            // ON CONFLICT waited for any concurrent insert of this key to commit, so the row is visible to this next statement.
            await using var select = new NpgsqlCommand($"SELECT reference, fingerprint FROM {_table} WHERE idempotency_key = @key", connection);
            select.Parameters.AddWithValue("key", application.IdempotencyKey);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException("An insert was skipped as a duplicate but no row holds its idempotency key.");
            return reader.GetString(1) == fingerprint ? new SaveResult.Replayed(reader.GetString(0)) : new SaveResult.KeyConflict();
        }
    }

    public async Task<StoredApplication?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var select = _dataSource.CreateCommand($"SELECT {StoredApplicationReader.Select} FROM {_table} WHERE reference = @reference");
        select.Parameters.AddWithValue("reference", reference);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? StoredApplicationReader.Read(reader, ReadTime) : null;
    }

    public async Task<IReadOnlyList<StoredApplication>> ListAsync(DateTimeOffset? since = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        await using var select = _dataSource.CreateCommand($"""
            SELECT {StoredApplicationReader.Select} FROM {_table}
            WHERE @since::timestamptz IS NULL OR submitted_at >= @since::timestamptz
            ORDER BY submitted_at, id
            LIMIT @limit
            """);
        select.Parameters.AddWithValue("since", NpgsqlTypes.NpgsqlDbType.TimestampTz, since is { } s ? s.ToUniversalTime() : DBNull.Value);
        select.Parameters.AddWithValue("limit", NpgsqlTypes.NpgsqlDbType.Bigint, limit is { } l ? l : DBNull.Value);
        var list = new List<StoredApplication>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(StoredApplicationReader.Read(reader, ReadTime));
        return list;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var count = _dataSource.CreateCommand($"SELECT count(*) FROM {_table}");
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static DateTimeOffset ReadTime(System.Data.Common.DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool IsPlainIdentifier(string name) =>
        name.Length is > 0 and <= 63 && (char.IsAsciiLetterLower(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    // A stable 64-bit FNV-1a hash, so every instance derives the same advisory lock for a schema.
    private static long LockKey(string schema)
    {
        ulong hash = 14695981039346656037;
        foreach (var b in Encoding.UTF8.GetBytes("ladder.applications:" + schema))
        {
            hash = (hash ^ b) * 1099511628211;
        }
        return unchecked((long)hash);
    }
}
