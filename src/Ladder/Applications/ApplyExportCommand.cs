using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Ladder.Applications;
using Ladder.Storage;
using Spectre.Console;

namespace Ladder.Cli.Applications;

/// <summary><c>ladder apply-export [--format csv|json] [--since DATE] [--applications-db PATH]</c>: every stored application.</summary>
internal static class ApplyExportCommand
{
    public static Option<string?> ApplicationsDatabaseOption() => new("--applications-db")
    {
        Description = $"SQLite file of applications (default: ${ApplicationPaths.DatabaseVariable}, else {ApplicationPaths.FileName} beside the catalog). "
            + $"${ApplicationPaths.ConnectionVariable} or Ladder:Applications:ConnectionString selects PostgreSQL instead.",
    };

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var since = new Option<string?>("--since") { Description = "Only applications submitted at or after this date (UTC), e.g. 2026-05-01." };
        var database = ApplicationsDatabaseOption();
        var command = new Command("apply-export", "Write the stored applications as CSV or JSON.") { format, since, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error);
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { Length: > 0 } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    error.MarkupLine($"[red]error:[/] --since must be a date such as 2026-05-01, got '{Markup.Escape(text)}'.");
                    return ExitCodes.Failed;
                }
                from = parsed;
            }
            var settings = new ApplicationStoreSettings
            {
                ConnectionString = ApplicationPaths.ConnectionString(),
                SqlitePath = ApplicationPaths.SqliteDatabase(parse.GetValue(database), LadderPaths.CatalogDatabase(parse.GetValue(CommonOptions.Database))),
            };
            if (!settings.UsesPostgres && !File.Exists(settings.SqlitePath))
            {
                error.MarkupLine($"[red]error:[/] no applications database at {Markup.Escape(settings.SqlitePath!)}. Pass --applications-db or set {ApplicationPaths.DatabaseVariable}.");
                return ExitCodes.Failed;
            }
            IReadOnlyList<StoredApplication> applications;
            try
            {
                await using var store = ApplicationStore.Create(settings);
                applications = await store.ListAsync(from, cancellationToken: cancellationToken);
            }
            catch (DbException ex)
            {
                error.MarkupLine($"[red]error:[/] could not read applications from {Markup.Escape(settings.Describe())}: {Markup.Escape(ex.Message)}");
                return ExitCodes.Failed;
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                ApplicationExport.WriteJson(buffer, applications);
                output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            else
            {
                ApplicationExport.WriteCsv(output, applications);
            }
            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }
}
