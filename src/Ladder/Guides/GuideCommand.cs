using System.CommandLine;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Search;
using Spectre.Console;

namespace Ladder.Cli.Guides;

/// <summary><c>ladder guide &lt;title|code&gt;</c>: print the full career guide for one role.</summary>
internal static class GuideCommand
{
    public static Command Create()
    {
        var role = new Argument<string>("role") { Description = "An O*NET-SOC code (15-2051.00), a title or an alternate title." };
        var json = CommonOptions.Json();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, markdown or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("guide", "Print the complete career guide for a role.") { role, json, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error);
            LadderCatalog catalog;
            try
            {
                catalog = CatalogSession.Open(parse, error);
            }
            catch (CatalogException ex)
            {
                error.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
                return ExitCodes.Failed;
            }
            var query = parse.GetValue(role)!;
            var resolution = new RoleResolver(catalog).Resolve(query);
            switch (resolution)
            {
                case Resolution.Ambiguous a:
                    error.MarkupLine($"[yellow]'{Markup.Escape(query)}' matches {a.Candidates.Count} roles.[/] Pick one by code or slug:");
                    foreach (var o in a.Candidates) error.MarkupLine($"  {o.Code}  {Markup.Escape(o.Title)}{(o.IsCurated ? $" (curated role: {o.Slug})" : "")}");
                    return ExitCodes.NotResolved;
                case Resolution.NotFound:
                    // Not a code, slug or exact title: free text such as "sr ml eng" goes through the title index.
                    var search = TitleIndex.Build(catalog).Search(query, 8);
                    if (search.ClearWinner(minimum: 0.7) is { } winner)
                    {
                        error.MarkupLine($"[grey]'{Markup.Escape(query)}' → {Markup.Escape(winner.Title)} ({Markup.Escape(winner.Matched)})[/]");
                        resolution = new Resolution.Found(winner.Role, "search");
                        break;
                    }
                    if (search.Matches.Count == 0)
                    {
                        error.MarkupLine($"[red]No role or occupation called '{Markup.Escape(query)}'.[/]");
                        if (search.Note is not null) error.MarkupLine(Markup.Escape(search.Note));
                        var suggestions = new RoleResolver(catalog).Suggest(query);
                        if (suggestions.Count > 0)
                        {
                            error.MarkupLine("Did you mean:");
                            foreach (var s in suggestions) error.MarkupLine($"  {(s.IsCurated ? s.Slug : s.Code)}  {Markup.Escape(s.Title)}");
                        }
                        return ExitCodes.NotResolved;
                    }
                    error.MarkupLine($"[yellow]'{Markup.Escape(query)}' could be several roles.[/] Did you mean one of these? Pick one by code or slug:");
                    foreach (var m in search.Matches)
                        error.MarkupLine($"  {m.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}  {Markup.Escape(m.Code)}  {Markup.Escape(m.Title)}");
                    return ExitCodes.NotResolved;
            }
            var found = (Resolution.Found)resolution;
            var guide = new GuideComposer(catalog).Compose(found.Role);
            var chosen = parse.GetValue(json) ? "json" : parse.GetValue(format);
            switch (chosen)
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
        });
        return command;
    }
}
