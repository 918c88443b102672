using System.CommandLine;
using Ladder.Cli.Guides;
using Ladder.Cli.Import;

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
        };
        return root.Parse(args).Invoke(config);
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Ladder: career guides for every occupation, from O*NET 30.2 and BLS OEWS May 2025 data.");
        root.Options.Add(CommonOptions.Database);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(GuideCommand.Create());
        return root;
    }
}
