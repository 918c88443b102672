using Ladder.Catalog;
using Ladder.Engine;
using Spectre.Console;

namespace Ladder.Cli;

/// <summary>Every command's role argument: <see cref="LadderEngine.Resolve"/>, with what it decided told on stderr.</summary>
internal static class RoleLookup
{
    /// <summary>The role the words name, or null after telling the reader why not (ambiguous, or nothing close).</summary>
    public static Role? Resolve(LadderEngine engine, string query, IAnsiConsole error)
    {
        switch (engine.Resolve(query))
        {
            case Resolution.Found found:
                if (found.MatchedOn == "search")
                    error.MarkupLine($"[grey]'{Markup.Escape(query)}' → {Markup.Escape(found.Role.Title)} (matched “{Markup.Escape(found.Evidence ?? found.Role.Title)}”)[/]");
                return found.Role;
            case Resolution.Ambiguous ambiguous:
                error.MarkupLine($"[yellow]'{Markup.Escape(query)}' is not clear enough to open one guide.[/] Did you mean one of these? Pick one by code or slug:");
                foreach (var r in ambiguous.Candidates) error.MarkupLine($"  {Name(r)}  {Markup.Escape(r.Title)}");
                return null;
            case Resolution.NotFound:
                error.MarkupLine($"[red]No role or occupation called '{Markup.Escape(query)}'.[/] Try `ladder search` with fewer words.");
                return null;
            default:
                return null;
        }
    }

    private static string Name(Role role) => Markup.Escape(role.IsCurated ? role.Slug : role.Code);
}
