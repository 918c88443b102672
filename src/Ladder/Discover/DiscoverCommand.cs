using System.CommandLine;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Guides;
using Ladder.Interests;
using Spectre.Console;

namespace Ladder.Cli.Discover;

/// <summary><c>ladder discover --interests "realistic,conventional" --zone 2</c>: careers that fit the interests named.</summary>
internal static class DiscoverCommand
{
    public static Command Create()
    {
        var interests = new Option<string?>("--interests") { Description = "Interest areas you like most, most liked first, comma-separated: realistic, investigative, artistic, social, enterprising, conventional (or their letters, e.g. \"R,C\"). The first scores 7, each next one 1 less; areas not named score 1." };
        var scores = new Option<string?>("--scores") { Description = "All six scores 0–7 instead, in RIASEC order, e.g. \"6,2,1,3,4,5\"." };
        var zone = new Option<int?>("--zone") { Description = "Only this O*NET job zone, 1 (least preparation) to 5 (most); a release may merge zones, and the error lists the zones in use." };
        var values = new Option<string?>("--work-values") { Description = "Comma-separated O*NET work values, at least one of which must be among a career's top three: " + string.Join(", ", WorkValue.All.Select(v => v.Key)) + "." };
        var outlook = new Option<string?>("--outlook") { Description = "Only this outlook: " + string.Join(", ", Catalog.RoleOutlookFilter.Outlooks.Select(o => o.Key)) + "." };
        var minPay = new Option<string?>("--min-pay") { Description = "Lowest national median annual pay, in dollars." };
        var limit = new Option<int>("--limit") { Description = $"How many careers (1–{DiscoverQuery.MaxLimit}).", DefaultValueFactory = _ => 10 };
        var state = new Option<string?>("--state") { Description = "A U.S. state (postal code or name): pay and --min-pay use BLS's state medians." };
        var current = new Option<string?>("--current") { Description = "Your job now: each career then shows how close the move from it is." };
        var json = CommonOptions.Json();
        var command = new Command("discover", "List careers whose O*NET interest profiles fit the interests you name, with pay, outlook, preparation and licence.")
            { interests, scores, zone, values, outlook, minPay, limit, current, state, json };
        command.SetAction(parse =>
        {
            var error = CatalogSession.ErrorConsole(parse.InvocationConfiguration.Error);
            var (text, problem) = ScoresText(parse.GetValue(interests), parse.GetValue(scores));
            if (problem is not null)
            {
                error.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
                return ExitCodes.Failed;
            }
            return CatalogSession.Run(parse, engine =>
            {
                var (query, bad) = DiscoverQuery.Parse(key => text![InterestArea.Find(key)!.Index], parse.GetValue(zone)?.ToString(CultureInfo.InvariantCulture),
                    [parse.GetValue(values)], parse.GetValue(outlook), parse.GetValue(minPay), parse.GetValue(limit).ToString(CultureInfo.InvariantCulture), engine.Careers.JobZones);
                if (query is null)
                {
                    error.MarkupLine($"[red]error:[/] {Markup.Escape(Flags(bad!))}");
                    return ExitCodes.Failed;
                }
                var (pay, stateError) = PayScope.From(engine.Catalog, parse.GetValue(state));
                if (pay is null)
                {
                    error.MarkupLine($"[red]error:[/] {Markup.Escape(stateError!)}");
                    return ExitCodes.Failed;
                }
                query = query with { Pay = pay };
                Role? from = null;
                if (parse.GetValue(current) is { Length: > 0 } job)
                {
                    from = RoleLookup.Resolve(engine, job, error);
                    if (from is null) return ExitCodes.NotResolved;
                }
                var result = engine.Discover(query, from);
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(json)) output.WriteLine(GuideJson.Serialize(result.Items.Select(i => i.AsItem(query.Pay.Key)).ToList()));
                else DiscoverTerminal.Write(CatalogSession.Console(output), engine.Catalog, result);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>The six scores as text, from --interests or --scores; or what is wrong with them.</summary>
    internal static (string[]? Scores, string? Problem) ScoresText(string? interests, string? scores)
    {
        if (interests is null == scores is null) return (null, "give your interests with --interests \"realistic,conventional\" (or six scores with --scores), not both or neither.");
        if (scores is not null)
        {
            var parts = scores.Split(',', StringSplitOptions.TrimEntries);
            return parts.Length == InterestArea.Count ? (parts, null) : (null, $"--scores takes six numbers 0–7 in RIASEC order, comma-separated; got {parts.Length}.");
        }
        var result = Enumerable.Repeat("1", InterestArea.Count).ToArray();
        var named = interests!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (named.Length == 0) return (null, "--interests names no area; use realistic, investigative, artistic, social, enterprising or conventional.");
        var seen = new HashSet<InterestArea>();
        for (int i = 0; i < named.Length; i++)
        {
            var area = InterestArea.Find(named[i]);
            if (area is null) return (null, $"--interests: '{named[i]}' is not an interest area; use realistic, investigative, artistic, social, enterprising or conventional (or R, I, A, S, E, C).");
            if (!seen.Add(area)) return (null, $"--interests names {area.Key} twice.");
            result[area.Index] = Math.Max(2, 7 - i).ToString(CultureInfo.InvariantCulture);
        }
        return (result, null);
    }

    // The parser names the API's parameters; the terminal names its own flags.
    private static string Flags(string message) => message.Replace("'jobZone'", "--zone", StringComparison.Ordinal).Replace("'workValues'", "--work-values", StringComparison.Ordinal)
        .Replace("'minPay'", "--min-pay", StringComparison.Ordinal).Replace("'limit'", "--limit", StringComparison.Ordinal).Replace("'outlook'", "--outlook", StringComparison.Ordinal);
}
