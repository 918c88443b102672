using Ladder.Catalog;
using Ladder.Import;
using Spectre.Console;

namespace Ladder.Cli;

/// <summary>How an import shows in the terminal, whether <c>ladder import</c> runs it or the first command that finds no catalog.</summary>
internal static class ImportDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress bar per file the import reads.</summary>
    public static T WithProgress<T>(IAnsiConsole console, Func<IProgress<ImportProgress>, T> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress<ImportProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.File, out var task))
                        tasks[p.File] = task = ctx.AddTask(Markup.Escape(p.File), maxValue: Math.Max(1, p.Total));
                    task.Value = p.Done;
                });
                var result = work(progress);
                foreach (var t in tasks.Values) t.Value = t.MaxValue;
                return result;
            });

    /// <summary>Prints why an import failed and that nothing changed; false for exceptions that are not import failures.</summary>
    public static bool ReportFailure(Exception exception, IAnsiConsole errors)
    {
        switch (exception)
        {
            case DataFileException ex:
                errors.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
                break;
            case Ladder.Content.ContentException ex:
                errors.MarkupLine($"[red]error:[/] {ex.Errors.Count} problem(s) in the curated content:");
                foreach (var e in ex.Errors) errors.MarkupLine("  " + Markup.Escape(e.ToString()));
                break;
            case IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or CatalogException:
                errors.MarkupLine($"[red]error:[/] import failed: {Markup.Escape(exception.Message)}");
                break;
            default:
                return false;
        }
        errors.MarkupLine("[grey]The existing catalog database was not changed.[/]");
        return true;
    }
}

/// <summary>Reports on the calling thread, so the progress bar sees every update in order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
