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
        Table(c, $"Best moves out of {r.Role.Title}", "To", r.OutOf);
        Table(c, $"Best moves into {r.Role.Title}", "From", r.Into);
        c.MarkupLine("[grey]Score 0–100: similarity of skills, knowledge, technologies, work activities and interests, less a penalty for level gaps (docs/matching.md). Pay change: BLS median of the destination minus the origin.[/]");
    }

    private static void Table(IAnsiConsole c, string title, string column, IReadOnlyList<TransitionMove> moves)
    {
        c.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        var t = new Table().Border(TableBorder.Simple).AddColumns("#", column, "Score", "Verdict", "Pay change", "Top missing skills");
        int i = 1;
        foreach (var m in moves)
            t.AddRow((i++).ToString(CultureInfo.InvariantCulture), Markup.Escape(m.Role.Title), m.Score.ToString("0", CultureInfo.InvariantCulture), m.Verdict,
                m.MedianPayChange is { } d ? (d >= 0 ? "+" : "-") + Occupations.WageValue.FormatMoney(Math.Abs(d)) : "n/a",
                Markup.Escape(string.Join(", ", m.TopMissingSkills.Concat(m.TopMissingTechnologies).Take(4))));
        c.Write(t);
    }
}
