using System.CommandLine;

namespace Ladder.Cli;

/// <summary>Options every subcommand accepts.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Path of the catalog database (default: $LADDER_DB, else $XDG_DATA_HOME/ladder/ladder.db).",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write the result as JSON." };
}
