using System.CommandLine;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.Cli.Search;

/// <summary><c>ladder search &lt;text&gt;</c> and <c>ladder search --batch FILE</c>: free-text job titles to ranked roles.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "A job title as people write it, e.g. \"Sr. Software Engr II\".", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit", "-n") { Description = "How many matches to show (1–100).", DefaultValueFactory = _ => 10 };
        var batch = new Option<string?>("--batch") { Description = "Match every line of FILE (or - for standard input; TSV: first column) and write input<TAB>code<TAB>title<TAB>score." };
        var json = CommonOptions.Json();
        var command = new Command("search", "Find the roles and occupations that fit a free-text job title.") { text, limit, batch, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var query = parse.GetValue(text);
            var file = parse.GetValue(batch);
            if ((query is null) == (file is null))
            {
                error.WriteLine("error: give either a title to search for or --batch FILE, not both.");
                return ExitCodes.Failed;
            }
            if (file is not null && file != "-" && !File.Exists(file))
            {
                error.WriteLine($"error: no such file: {file}");
                return ExitCodes.Failed;
            }
            return CatalogSession.Run(parse, engine =>
            {
                var index = engine.Titles;
                if (file is not null) return RunBatch(index, file, output, error);
                var result = index.Search(query, Math.Clamp(parse.GetValue(limit), 1, 100));
                if (parse.GetValue(json)) SearchJson.Write(output, result.Matches);
                else WriteText(output, result);
                if (result.Note is not null) error.WriteLine(result.Note);
                return result.Matches.Count > 0 ? ExitCodes.Ok : ExitCodes.NotResolved;
            });
        });
        return command;
    }

    private static int RunBatch(TitleIndex index, string file, TextWriter output, TextWriter error)
    {
        using var input = file == "-" ? Console.OpenStandardInput() : File.OpenRead(file);
        var summary = SearchBatch.Run(index, input, output);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Lines:N0} lines: {summary.Matched:N0} matched, {summary.Unmatched:N0} without a match, {summary.Repaired:N0} with invalid UTF-8 or control characters."));
        return ExitCodes.Ok;
    }

    private static void WriteText(TextWriter output, TitleSearchResult result)
    {
        if (result.Seniority is not null) output.WriteLine($"Seniority: {result.Seniority}");
        foreach (var match in result.Matches)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{match.Score:0.000}  {match.Code,-28} {match.Title}"));
            output.WriteLine($"       {match.Kind}, {match.Matched}");
        }
    }
}
