namespace Ladder.Applications;

/// <summary>
/// Where submissions live: SQLite on one machine, PostgreSQL past one. Both keep the same schema and the same promises:
/// a save returns only after the row is durable, and an idempotency key is stored at most once.
/// </summary>
public interface IApplicationStore : IAsyncDisposable
{
    /// <summary>A short name for messages: <c>sqlite</c> or <c>postgresql</c>.</summary>
    string Backend { get; }

    /// <summary>Creates or upgrades the schema. Idempotent, and safe when several processes start at once.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="application"/> unless its idempotency key is already stored.</summary>
    Task<SaveResult> SaveAsync(NewApplication application, CancellationToken cancellationToken = default);

    Task<StoredApplication?> FindAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Submissions oldest first, optionally only those at or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<StoredApplication>> ListAsync(DateTimeOffset? since = null, int? limit = null, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
