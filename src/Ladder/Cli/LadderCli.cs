using System.CommandLine;
using Ladder.Cli.Applications;
using Ladder.Cli.Discover;
using Ladder.Cli.Domains;
using Ladder.Cli.Guides;
using Ladder.Cli.Import;
using Ladder.Cli.Search;
using Ladder.Cli.Matching;
using Ladder.Storage;
using Ladder.Web;
using Ladder.Web.Export;

namespace Ladder.Cli;

/// <summary>The <c>ladder</c> command line: one executable, one subcommand per feature.</summary>
public static class LadderCli
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var root = BuildRoot();
        var config = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception ex)
        {
            // A bug must still end with a readable message, never a stack trace.
            config.Error.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            config.Error.WriteLine("This is a bug in Ladder; please report it with the command you ran.");
            return 70;
        }
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand($"Ladder: career guides for every occupation, from {ShippedManifest.OnetRelease} and BLS OEWS {ShippedManifest.OewsRelease} data (as shipped; `ladder import` can read other releases).");
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(GuideCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(DomainCommands.List());
        root.Subcommands.Add(DomainCommands.Show());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(TransitionsCommand.Create());
        root.Subcommands.Add(GapCommand.Create());
        root.Subcommands.Add(DiscoverCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ApplyExportCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        return root;
    }
}
