using System.CommandLine;
using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Storage;
using Spectre.Console;

namespace Ladder.Cli;

/// <summary>Opens the engine for a command, importing the shipped data first if there is no database yet.</summary>
internal static class CatalogSession
{
    public static LadderEngine Open(ParseResult parse, IAnsiConsole errorConsole)
    {
        var path = LadderPaths.CatalogDatabase(parse.GetValue(CommonOptions.Database));
        if (File.Exists(path)) return LadderEngine.Open(path);
        errorConsole.MarkupLine($"[grey]No catalog at {Markup.Escape(path)} yet: importing the shipped O*NET and BLS data (first use only).[/]");
        try
        {
            return ImportDisplay.WithProgress(errorConsole, progress => LadderEngine.OpenOrImport(path, progress));
        }
        catch (Exception ex) when (ex is not CatalogException && ImportDisplay.ReportFailure(ex, errorConsole))
        {
            throw new CatalogException($"The first-use import into '{path}' failed; see the messages above.");
        }
    }

    /// <summary>Opens the engine and runs <paramref name="action"/>, turning catalog errors into a message and exit code 1.</summary>
    public static int Run(ParseResult parse, Func<LadderEngine, int> action)
    {
        var error = ErrorConsole(parse.InvocationConfiguration.Error);
        LadderEngine engine;
        try
        {
            engine = Open(parse, error);
        }
        catch (CatalogException ex)
        {
            error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.Failed;
        }
        return action(engine);
    }

    public static IAnsiConsole Console(TextWriter writer) => Create(writer, width: 120);

    /// <summary>A console for error messages: piped, a message stays on one line however long.</summary>
    public static IAnsiConsole ErrorConsole(TextWriter writer) => Create(writer, width: 4000);

    private static IAnsiConsole Create(TextWriter writer, int width)
    {
        var isConsole = writer == System.Console.Out || writer == System.Console.Error;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isConsole ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isConsole ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isConsole ? InteractionSupport.Detect : InteractionSupport.No,
        });
        var redirected = writer == System.Console.Out ? System.Console.IsOutputRedirected
            : writer == System.Console.Error ? System.Console.IsErrorRedirected
            : true;
        // Piped output is read by programs and logs: never wrap a file:line:column message across lines.
        if (redirected) console.Profile.Width = width;
        return console;
    }
}
