using System.CommandLine;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;
using Spectre.Console;

namespace Ladder.Cli.Matching;

/// <summary><c>ladder compare &lt;a&gt; &lt;b&gt;</c>: two roles side by side, with the transition score both ways.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "The first role: code, slug or title." };
        var b = new Argument<string>("b") { Description = "The second role: code, slug or title." };
        var json = CommonOptions.Json();
        var state = StateOption.Create();
        var command = new Command("compare", "Compare two roles side by side: pay, preparation, skills, technologies and transition scores.") { a, b, json, state };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var error = CatalogSession.Console(parse.InvocationConfiguration.Error);
            if (!StateOption.TryRead(parse, state, error, out var chosen)) return ExitCodes.Failed;
            if (RoleLookup.Resolve(engine, parse.GetValue(a)!, error) is not { } first) return ExitCodes.NotResolved;
            if (RoleLookup.Resolve(engine, parse.GetValue(b)!, error) is not { } second) return ExitCodes.NotResolved;
            if (first.Slug == second.Slug)
            {
                error.MarkupLine($"[red]Both sides are the same role ({Markup.Escape(first.Title)}).[/] Compare it with another role, e.g. `ladder transitions {Markup.Escape(first.Slug)}` lists the closest ones.");
                return ExitCodes.Failed;
            }
            var result = engine.Compare(first, second);
            var output = parse.InvocationConfiguration.Output;
            var (payA, payB) = chosen is null ? (null, null)
                : (Ladder.Catalog.StatePay.For(engine.Catalog, first, chosen), Ladder.Catalog.StatePay.For(engine.Catalog, second, chosen));
            if (parse.GetValue(json))
                output.WriteLine(chosen is null ? GuideJson.Serialize(result)
                    : Guides.GuideStateJson.Serialize(GuideJson.Serialize(result), ("statePayA", payA), ("statePayB", payB)));
            else Write(CatalogSession.Console(output), result, chosen, payA, payB);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(IAnsiConsole c, Comparison r, Ladder.States.UsState? state, Ladder.Catalog.StatePay? payA, Ladder.Catalog.StatePay? payB)
    {
        c.Write(new Rule($"[bold]{E(r.A.Role.Title)} vs {E(r.B.Role.Title)}[/]").LeftJustified());
        var t = new Table().Border(TableBorder.Rounded).AddColumns("", E(r.A.Role.Title), E(r.B.Role.Title));
        t.AddRow("Code", E(r.A.Role.Code), E(r.B.Role.Code));
        t.AddRow("Domain", E(r.A.Role.Domain), E(r.B.Role.Domain));
        t.AddRow("Median pay", E(r.A.MedianPayDisplay), E(r.B.MedianPayDisplay));
        if (state is not null)
            t.AddRow($"Median pay in {E(state.Name)}", E(payA?.MedianDisplay ?? "no state figures"), E(payB?.MedianDisplay ?? "no state figures"));
        foreach (var p in Enum.GetValues<Occupations.WagePercentile>())
            t.AddRow(E(Occupations.Percentiles<string>.Label(p)), E(r.A.Percentiles?[p].Display ?? "not available"), E(r.B.Percentiles?[p].Display ?? "not available"));
        // Families have two to four stages; rows follow the shared scale (junior … lead) and say where a ladder has no such stage.
        foreach (var name in PayLadder.LevelNames)
        {
            var (a, b) = (r.A.Levels.FirstOrDefault(l => l.Level == name), r.B.Levels.FirstOrDefault(l => l.Level == name));
            if (a is null && b is null) continue;
            var label = a is not null && b is not null && a.Label != b.Label ? $"{a.Label} / {b.Label}" : (a ?? b)!.Label;
            t.AddRow(E(label), E(a?.Display ?? "no such stage"), E(b?.Display ?? "no such stage"));
        }
        t.AddRow("Job zone", r.A.JobZone?.ToString(CultureInfo.InvariantCulture) ?? "not rated", r.B.JobZone?.ToString(CultureInfo.InvariantCulture) ?? "not rated");
        t.AddRow("Typical education", E(r.A.Education ?? "not available"), E(r.B.Education ?? "not available"));
        t.AddRow("Top skills ([green]✓[/] = shared)", Skills(r, r.A), Skills(r, r.B));
        t.AddRow("Technologies ([green]✓[/] = shared)", Tech(r.A), Tech(r.B));
        c.Write(t);
        c.MarkupLine($"[bold]{E(r.A.Role.Title)} → {E(r.B.Role.Title)}:[/] {E(r.AToB.Summary)}");
        c.MarkupLine($"[bold]{E(r.B.Role.Title)} → {E(r.A.Role.Title)}:[/] {E(r.BToA.Summary)}");
        if (state is not null && payA is not null && payB is not null)
            c.MarkupLine($"[bold]Pay change in {E(state.Name)}, {E(r.A.Role.Title)} → {E(r.B.Role.Title)}:[/] {E(new Ladder.Catalog.StatePayChange(payA, payB).Display)} [grey](BLS figures for SOC {E(payA.Soc)} and {E(payB.Soc)}; {E(payA.Source)})[/]");
        if (state is not null)
            foreach (var p in new[] { payA, payB }.OfType<Ladder.Catalog.StatePay>().Where(p => !p.Published)) c.MarkupLine($"[grey]{E(p.Sentence)}[/]");
        c.MarkupLine("[grey]Move verdicts: docs/matching.md. Pay by stage: BLS percentile bands per career stage, docs/career-ladders.md.[/]");
    }

    private static string Skills(Comparison r, ComparisonSide s) => s.Skills.Count == 0 ? "not rated by O*NET"
        : string.Join("\n", s.Skills.Select(k => (k.Shared ? "[green]✓[/] " : "  ") + E(r.Label(k))));

    private static string Tech(ComparisonSide s) => s.Technologies.Count == 0 ? "none listed"
        : string.Join("\n", s.Technologies.Select(k => (k.Shared ? "[green]✓[/] " : "  ") + E(k.Name)));

    private static string E(string text) => Markup.Escape(text);
}
