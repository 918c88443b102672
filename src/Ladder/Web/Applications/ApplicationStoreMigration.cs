using Ladder.Applications;

namespace Ladder.Web.Applications;

/// <summary>
/// Brings the applications store's schema up to date while the host starts, before the server accepts its first
/// connection (<see cref="IHostedLifecycleService.StartingAsync"/> runs before every hosted service's start,
/// Kestrel's included). A failure stops start-up with the database's own message.
/// </summary>
internal sealed class ApplicationStoreMigration(IApplicationStore store, ILogger<ApplicationStoreMigration> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        ApplicationLog.StoreSelected(logger, store is SqliteApplicationStore sqlite ? $"SQLite at {sqlite.Path}" : "PostgreSQL");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
