using System.CommandLine;
using Ladder.Catalog;
using Ladder.Cli.Import;
using Ladder.Storage;
using Spectre.Console;

namespace Ladder.Cli;

/// <summary>Opens the catalog for a command, importing the shipped data first if there is no database yet.</summary>
internal static class CatalogSession
{
    public static LadderCatalog Open(ParseResult parse, IAnsiConsole errorConsole)
    {
        var path = LadderPaths.CatalogDatabase(parse.GetValue(CommonOptions.Database));
        if (!File.Exists(path))
        {
            errorConsole.MarkupLine($"[grey]No catalog at {Markup.Escape(path)} yet: importing the shipped O*NET and BLS data (first use only).[/]");
            ImportCommand.RunImport(ImportCommand.ShippedOptions(path), errorConsole, quiet: true);
        }
        return LadderCatalog.Open(path);
    }

    /// <summary>Opens the catalog and runs <paramref name="action"/>, turning catalog errors into a message and exit code 1.</summary>
    public static int Run(ParseResult parse, Func<LadderCatalog, int> action)
    {
        var error = Console(parse.InvocationConfiguration.Error);
        LadderCatalog catalog;
        try
        {
            catalog = Open(parse, error);
        }
        catch (CatalogException ex)
        {
            error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.Failed;
        }
        return action(catalog);
    }

    public static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = writer == System.Console.Out || writer == System.Console.Error ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = writer == System.Console.Out || writer == System.Console.Error ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = writer == System.Console.Out || writer == System.Console.Error ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
