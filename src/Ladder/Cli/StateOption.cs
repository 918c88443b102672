using System.CommandLine;
using Ladder.States;
using Spectre.Console;

namespace Ladder.Cli;

/// <summary><c>--state CA</c>: pay in one U.S. state beside the national figure, on the commands that show pay.</summary>
internal static class StateOption
{
    public static Option<string?> Create() => new("--state")
    {
        Description = "A U.S. state (postal code such as CA, or its name): show BLS OEWS state estimates for it beside the national figures.",
    };

    /// <summary>False (after saying why) when a state was given that is not one of the 50 states and DC.</summary>
    public static bool TryRead(ParseResult parse, Option<string?> option, IAnsiConsole error, out UsState? state)
    {
        state = null;
        var text = parse.GetValue(option);
        if (text is null) return true;
        state = UsState.Find(text);
        if (state is not null) return true;
        error.MarkupLine($"[red]error:[/] {Markup.Escape(UsState.UnknownMessage(text))}");
        return false;
    }
}
