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
        var state = StateOption.Create();
        var command = new Command("guide", "Print the complete career guide for a role.") { role, json, format, state };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var error = CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error);
            if (!StateOption.TryRead(parse, state, error, out var chosen)) return ExitCodes.Failed;
            if (RoleLookup.Resolve(engine, parse.GetValue(role)!, error) is not { } found) return ExitCodes.NotResolved;
            var guide = engine.Guide(found);
            var statePay = chosen is null ? null : Ladder.Catalog.StatePay.For(engine.Catalog, found, chosen);
            if (chosen is not null && statePay is null)
            {
                error.MarkupLine($"[red]error:[/] {Markup.Escape(Ladder.Catalog.RoleStates.For(engine.Catalog, found).Note ?? "No state figures for this role.")}");
                return ExitCodes.Failed;
            }
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(json) ? "json" : parse.GetValue(format))
            {
                case "json":
                    output.WriteLine(statePay is null ? GuideJson.Serialize(guide) : GuideStateJson.Serialize(guide, statePay));
                    break;
                case "markdown":
                    output.Write(GuideMarkdown.Render(guide));
                    if (statePay is not null) output.Write($"\n## Pay in {statePay.State.Name}\n\n{statePay.Sentence}\n");
                    break;
                default:
                    GuideTerminal.Write(CatalogSession.Console(output), guide, statePay);
                    break;
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
