using Ladder.Web.Hosting;
using System.CommandLine;
using Spectre.Console;
using Ladder.Cli;

namespace Ladder.Web;

/// <summary><c>ladder serve [--urls URL]</c>: the web site and JSON API.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address to listen on.",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var applicationsDb = Cli.Applications.ApplyExportCommand.ApplicationsDatabaseOption();
        var command = new Command("serve", "Serve the web site and JSON API.") { urls, applicationsDb };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var path = Storage.LadderPaths.CatalogDatabase(parse.GetValue(CommonOptions.Database));
            var address = parse.GetValue(urls)!;
            if (!Uri.TryCreate(address.Split(';')[0], UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            {
                CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error).MarkupLine($"[red]error:[/] --urls must be an http:// or https:// address, got '{Markup.Escape(address)}'.");
                return ExitCodes.Failed;
            }
            string[] args = parse.GetValue(applicationsDb) is { Length: > 0 } applications
                ? ["--urls", address, $"--Ladder:Applications:DatabasePath={Path.GetFullPath(applications)}"]
                : ["--urls", address];
            PreferInlineSocketCompletions();
            var app = LadderWebApp.Build(new LadderWebOptions { Engine = engine, CatalogPath = path, Args = args });
            // The title index and the matching profiles are built on first use, not here: together they hold about
            // 120 MB of RSS, and a site mostly answers guide pages, which need neither (bench/web/crawl.sh).
            app.Run();
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Lets socket completions run on the socket event threads instead of hopping to the thread pool. Only Kestrel's
    /// transport code runs there (Kestrel still hands every request to the thread pool), and on a small machine the
    /// saved hand-offs are worth about a fifth more cached pages per second (bench/web/serve-vs-nginx.sh). .NET reads
    /// the switch once, when the first socket is made, so it is set before the host starts; an explicit value wins.
    /// </summary>
    private static void PreferInlineSocketCompletions()
    {
        const string name = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
        if (Environment.GetEnvironmentVariable(name) is null) Environment.SetEnvironmentVariable(name, "1");
    }
}
