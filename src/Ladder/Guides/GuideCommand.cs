using System.CommandLine;
using Ladder.Guides;
using Spectre.Console;

namespace Ladder.Cli.Guides;

/// <summary><c>ladder guide &lt;title|code&gt;</c>: print the full career guide for one role.</summary>
internal static class GuideCommand
{
    public static Command Create()
    {
        var role = new Argument<string>("role") { Description = "An O*NET-SOC code (15-2051.00), a slug, a title or free text such as \"sr ml eng\"." };
        var json = CommonOptions.Json();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, markdown or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("guide", "Print the complete career guide for a role.") { role, json, format };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var error = CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error);
            if (RoleLookup.Resolve(engine, parse.GetValue(role)!, error) is not { } found) return ExitCodes.NotResolved;
            var guide = engine.Guide(found);
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(json) ? "json" : parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(GuideJson.Serialize(guide));
                    break;
                case "markdown":
                    output.Write(GuideMarkdown.Render(guide));
                    break;
                default:
                    GuideTerminal.Write(CatalogSession.Console(output), guide);
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
