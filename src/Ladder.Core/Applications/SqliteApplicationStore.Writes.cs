using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Ladder.Applications;

/// <summary>
/// Group commit: saves queue up while a commit is being flushed, and the next commit writes all of them in one
/// transaction and one fsync. Nobody is told "stored" until the commit holding their row has returned, so durability
/// is unchanged while throughput under concurrent load grows with the batch.
/// </summary>
public sealed partial class SqliteApplicationStore
{
    private const int MaxBatch = 128;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

    private readonly Channel<PendingSave> _queue = Channel.CreateUnbounded<PendingSave>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writeLoop;

    private sealed record PendingSave(NewApplication Application, string Fingerprint, TaskCompletionSource<SaveResult> Completion);

    /// <remarks>Once queued a save cannot be cancelled: its row may already be in a commit on its way to disk.</remarks>
    public Task<SaveResult> SaveAsync(NewApplication application, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingSave(application, ApplicationFingerprint.Of(application), new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SqliteApplicationStore));
        return pending.Completion.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingSave>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await _writeGate.WaitAsync();
            try
            {
                await CommitAsync(batch);
            }
            finally
            {
                _writeGate.Release();
            }
        }
    }

    private async Task CommitAsync(List<PendingSave> batch)
    {
        var outcomes = new SaveResult?[batch.Count];
        var failures = new Exception?[batch.Count];
        try
        {
            var writer = await WriterAsync(CancellationToken.None);
            await using var tx = (SqliteTransaction)await writer.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                try
                {
                    outcomes[i] = await InsertAsync(writer, tx, batch[i]);
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
                {
                    failures[i] = ex; // a constraint error undoes only its own statement; the rest of the batch stands
                }
            }
            await tx.CommitAsync();
        }
        catch (Exception ex)
        {
            foreach (var pending in batch) pending.Completion.TrySetException(ex);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure) batch[i].Completion.TrySetException(failure);
            else batch[i].Completion.TrySetResult(outcomes[i]!);
        }
    }

    private async Task<SaveResult> InsertAsync(SqliteConnection writer, SqliteTransaction tx, PendingSave pending)
    {
        var application = pending.Application;
        for (var attempt = 0; ; attempt++)
        {
            await using var insert = writer.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"""
                INSERT INTO applications ({ApplicationSchema.Columns})
                VALUES ($reference, $key, $fingerprint, $submittedAt, $name, $email, $currentTitle, $targetSlug, $targetTitle, $years, $location, $message)
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING reference
                """;
            insert.Parameters.AddWithValue("$reference", ApplicationReference.New());
            insert.Parameters.AddWithValue("$key", application.IdempotencyKey);
            insert.Parameters.AddWithValue("$fingerprint", pending.Fingerprint);
            insert.Parameters.AddWithValue("$submittedAt", _time.GetUtcNow().UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$name", application.Name);
            insert.Parameters.AddWithValue("$email", application.Email);
            insert.Parameters.AddWithValue("$currentTitle", application.CurrentRole);
            insert.Parameters.AddWithValue("$targetSlug", application.TargetRoleSlug);
            insert.Parameters.AddWithValue("$targetTitle", application.TargetRoleTitle);
            insert.Parameters.AddWithValue("$years", application.YearsOfExperience);
            insert.Parameters.AddWithValue("$location", (object?)application.Location ?? DBNull.Value);
            insert.Parameters.AddWithValue("$message", application.Message);
            try
            {
                if (await insert.ExecuteScalarAsync() is string stored) return new SaveResult.Created(stored);
            }
            catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == SqliteConstraintUnique && attempt < 3)
            {
                continue; // the random reference collided; draw another
            }
            // The key is taken, by an earlier commit or earlier in this batch (visible here: same connection and transaction).
            await using var select = writer.CreateCommand();
            select.Transaction = tx;
            select.CommandText = "SELECT reference, fingerprint FROM applications WHERE idempotency_key = $key";
            select.Parameters.AddWithValue("$key", application.IdempotencyKey);
            await using var reader = await select.ExecuteReaderAsync();
            if (!await reader.ReadAsync()) throw new InvalidOperationException("An insert was skipped as a duplicate but no row holds its idempotency key.");
            return reader.GetString(1) == pending.Fingerprint ? new SaveResult.Replayed(reader.GetString(0)) : new SaveResult.KeyConflict();
        }
    }
}
