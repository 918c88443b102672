namespace Ladder.Applications;

/// <summary>Where applications are stored: a PostgreSQL connection string wins; otherwise a SQLite file.</summary>
public sealed record ApplicationStoreSettings
{
    public string? ConnectionString { get; init; }
    public string? SqlitePath { get; init; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Names the store in messages without printing the connection string (it may hold a password).</summary>
    public string Describe() => UsesPostgres ? "PostgreSQL" : $"SQLite at {SqlitePath}";
}

/// <summary>The small static entry point over <see cref="IApplicationStore"/>: open, migrate, use.</summary>
public static class ApplicationStore
{
    public static IApplicationStore Create(ApplicationStoreSettings settings, TimeProvider? time = null)
    {
        if (settings.UsesPostgres) return new PostgresApplicationStore(settings.ConnectionString!, time);
        if (string.IsNullOrWhiteSpace(settings.SqlitePath)) throw new ArgumentException("Name a SQLite path or a PostgreSQL connection string for applications.", nameof(settings));
        return new SqliteApplicationStore(settings.SqlitePath, time);
    }

    /// <summary>Creates the store and applies its migrations.</summary>
    public static async Task<IApplicationStore> OpenAsync(ApplicationStoreSettings settings, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var store = Create(settings, time);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
