using System.CommandLine;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;
using Spectre.Console;

namespace Ladder.Cli.Matching;

/// <summary><c>ladder transitions &lt;role&gt;</c>: the best moves out of a role and into it.</summary>
internal static class TransitionsCommand
{
    public static Command Create()
    {
        var role = new Argument<string>("role") { Description = "A role: code, slug or title." };
        var limit = new Option<int>("--limit") { Description = "How many moves each way (1–100).", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var command = new Command("transitions", "List the best moves out of a role and into it, with score, pay change and missing skills.") { role, limit, json };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var error = CatalogSession.Console(parse.InvocationConfiguration.Error);
            var n = parse.GetValue(limit);
            if (n is < 1 or > 100)
            {
                error.MarkupLine($"[red]--limit must be between 1 and 100 (got {n}).[/]");
                return ExitCodes.Failed;
            }
            if (RoleLookup.Resolve(engine, parse.GetValue(role)!, error) is not { } found) return ExitCodes.NotResolved;
            var result = TransitionList.For(engine.Space, found, n);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) output.WriteLine(GuideJson.Serialize(result));
            else Write(CatalogSession.Console(output), result);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(IAnsiConsole c, TransitionList r)
    {
        Table(c, $"Best moves out of {r.Role.Title}", r.OutOf);
        Table(c, $"Closest in skills to {r.Role.Title}", r.Closest);
        Table(c, $"Best moves into {r.Role.Title}", r.Into);
        c.MarkupLine("[grey]Moves are ranked by Ladder's move model, fitted on the job changes the Current Population Survey observed and read from O*NET skills, preparation and BLS pay (docs/matching.md); steps up come first. Closest in skills: the roles whose O*NET skills, activities and tasks fit best, whatever people usually do. Step up: 10% or more median pay, or as much pay with faster projected growth. Pay change: BLS median of the destination minus the origin.[/]");
    }

    /// <summary>
    /// One block per move, grouped by what the moves give, in the list's order: the same moves, order and words as
    /// <c>/start</c> and the API (a table would wrap the headline across lines).
    /// </summary>
    private static void Table(IAnsiConsole c, string title, IReadOnlyList<TransitionMove> moves)
    {
        c.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        int i = 1;
        foreach (var group in moves.GroupBy(m => m.Kind))
        {
            c.MarkupLine($"[bold underline]{Markup.Escape(MoveVerdict.GroupHeading(group.Key))}[/]");
            foreach (var m in group)
            {
                c.MarkupLine($"  {(i++).ToString(CultureInfo.InvariantCulture)}. [bold]{Markup.Escape(m.Role.Title)}[/] — {Markup.Escape(m.Headline)}");
                c.MarkupLine($"     {Markup.Escape(string.Join("; ", m.Reasons))}");
                c.MarkupLine($"     [grey]Licence or barrier: {Markup.Escape(m.Barriers.Count > 0 ? string.Join("; ", m.Barriers) : "none")} · to learn first: {Markup.Escape(m.ToLearnFirst.Count > 0 ? string.Join(", ", m.ToLearnFirst) : "nothing the data calls important")}[/]");
            }
        }
        if (moves.Count == 0) c.MarkupLine("  not available: no moves to rank.");
    }
}
