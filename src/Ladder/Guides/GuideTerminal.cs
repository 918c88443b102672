using System.Globalization;
using Ladder.Guides;
using Spectre.Console;

namespace Ladder.Cli.Guides;

/// <summary>Renders a guide for a terminal with Spectre.Console.</summary>
internal static partial class GuideTerminal
{
    public static void Write(IAnsiConsole c, Guide g, Ladder.Catalog.StatePay? state = null)
    {
        c.Write(new Rule($"[bold]{E(g.Title)}: career guide[/]").LeftJustified());
        c.MarkupLine($"[grey]{E(g.Domain)} · O*NET-SOC {E(string.Join(", ", g.Codes))}{(g.Reviewed is { } reviewed ? " · Reviewed " + E(reviewed) : "")}[/]");
        Section(c, "1. Overview");
        c.WriteLine(g.Summary);
        if (g.SectionNotes.TryGetValue("overview", out var shell)) c.MarkupLine($"[yellow]{E(shell)}[/]");
        c.MarkupLine($"[bold]National median pay:[/] {E(g.MedianPay.WithHourly())} [grey](source: {E(g.MedianPay.Source)}; as of {E(g.MedianPay.AsOf)})[/]");
        if (g.MedianPay.Note is not null) c.MarkupLine($"[grey]{E(g.MedianPay.Note)}[/]");
        if (state is not null)
            c.MarkupLine(state.Published
                ? $"[bold]Median pay in {E(state.State.Name)}:[/] {E(state.MedianDisplay)}, {E(state.VersusNational ?? "")} [grey](source: {E(state.Source)}, SOC {E(state.Soc)}; as of {E(state.AsOf)})[/]"
                : $"[bold]Median pay in {E(state.State.Name)}:[/] not published. [grey]{E(state.Sentence)}[/]");
        if (g.Wages is { } w)
        {
            if (w.Hourly is not { HourlyOnly: true })
                c.MarkupLine($"Percentiles: 10th {E(w.Display.P10)} · 25th {E(w.Display.P25)} · median {E(w.Display.Median)} · 75th {E(w.Display.P75)} · 90th {E(w.Display.P90)}");
            if (w.Hourly is { } h)
                c.MarkupLine($"Hourly: 10th {E(h.Display.P10)} · 25th {E(h.Display.P25)} · median {E(h.Display.Median)} · 75th {E(h.Display.P75)} · 90th {E(h.Display.P90)} [grey]({E(h.Basis)})[/]");
            c.MarkupLine($"Employment: {E(w.EmploymentDisplay)} [grey](SOC {E(w.Soc)}, {E(w.Release)})[/]");
            if (w.MedianChangePercent is { } ch) c.MarkupLine($"Median change since {E(w.PreviousRelease ?? "")}: {ch.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)}% (one-year change between survey estimates, not a trend)");
        }
        if (g.Industries.Count > 0) c.MarkupLine($"Industries: {E(string.Join(", ", g.Industries))}");
        c.MarkupLine($"Career ladder: {E(string.Join(" → ", g.Levels.Select(l => l.Label)))}");

        Outlook(c, g);
        Section(c, "2. What they do");
        Bullets(c, "Tasks", g.Tasks, "not available: O*NET lists no tasks for this occupation");
        Bullets(c, "Technologies ([red]*[/] = hot)", g.Technologies.Select(t => t.Hot ? t.Name + " *" : t.Name).ToList(), "not available: O*NET lists no technologies for this occupation", markupHeading: true);
        Bullets(c, "Tools", g.Tools, "none shown: tools are listed only where they define the work, as in the trades");
        Bullets(c, "Also called", g.AlternateTitles, "not available: O*NET lists no alternate titles");

        Section(c, "3. Required skills (ranked by importance × level)");
        if (g.Skills.Count == 0) c.WriteLine("not available: O*NET has neither rated skills nor flagged in-demand technologies for this occupation.");
        else
        {
            var t = new Table().Border(TableBorder.Simple).AddColumns("#", "Skill", "Type", "Group", "Importance", "Level");
            int i = 1;
            foreach (var s in g.Skills)
                t.AddRow((i++).ToString(CultureInfo.InvariantCulture), E(s.Name), s.Kind, s.Group.ToString().ToLowerInvariant(), N(s.Importance), N(s.Level));
            c.Write(t);
        }

        Section(c, "4. Career levels");
        var levels = new Table().Border(TableBorder.Rounded).AddColumns("Level", "Experience", "Pay", "Responsibilities");
        foreach (var l in g.Levels)
            levels.AddRow(E(l.Label), E(l.Years), E(l.PayDisplay + (l.HourlyPayDisplay is { } lh ? $"\n{lh}" : "")), E(string.Join("\n", l.Responsibilities.Select(r => "• " + r))));
        c.Write(levels);
        c.MarkupLine($"[grey]{E(g.LevelMethod)}[/]");

        Section(c, "5. Learning roadmap");
        foreach (var s in g.Roadmap) c.MarkupLine($"[bold]{s.Step}. {E(s.Title)}.[/] {E(s.Detail)}");

        WayIn(c, g);
        Section(c, "6. How to break in");
        c.MarkupLine($"[bold]Preparation:[/] {E(g.BreakIn.JobZoneSummary)}");
        c.WriteLine(g.BreakIn.Advice);
        // The terminal's break-in section has no "how people get there" note (the roadmap says it), so the route is written here.
        if (g.BreakIn.Route is { } route) c.MarkupLine($"[bold]{E(GuideRoute.Lead.TrimEnd())}[/] {E(route.Text[GuideRoute.Lead.Length..])}");
        c.MarkupLine($"[bold]Roles people move from:[/] {E(g.BreakIn.FromRolesText)}");

        Section(c, "7. Pros and cons");
        foreach (var p in g.Pros) c.MarkupLine($"[green]+[/] [bold]{E(p.Text)}[/]: {E(p.Reason)}");
        // A thin list says so, as the web page and Markdown do, instead of leaving the section blank.
        if (g.SectionNotes.TryGetValue("pros", out var prosNote)) c.MarkupLine($"[grey]Pros: {E(prosNote)}[/]");
        foreach (var x in g.Cons) c.MarkupLine($"[red]-[/] [bold]{E(x.Text)}[/]: {E(x.Reason)}");
        if (g.SectionNotes.TryGetValue("cons", out var consNote)) c.MarkupLine($"[grey]Cons: {E(consNote)}[/]");

        Section(c, "8. Related careers");
        if (g.Related.Count == 0) c.WriteLine("not available: O*NET lists no related occupations.");
        foreach (var r in g.Related) c.MarkupLine($"• {E(r.Title)} [grey]({E(r.Code ?? r.Slug)}) · ladder compare {E(g.Slug)} {E(r.CompareSlug)}[/]");

        Section(c, "Sources");
        foreach (var s in g.Sources) c.MarkupLine($"[grey]• {E(s.Section)}: {E(s.Source)}, {E(s.AsOfPhrase)}[/]");
        c.MarkupLine($"[grey]{E(g.Attribution)}[/]");
    }

    private static void Section(IAnsiConsole c, string title)
    {
        c.WriteLine();
        c.Write(new Rule($"[bold yellow]{E(title)}[/]").LeftJustified());
    }

    private static void Bullets(IAnsiConsole c, string heading, IReadOnlyList<string> items, string empty, bool markupHeading = false)
    {
        c.MarkupLine($"[bold]{(markupHeading ? heading : E(heading))}[/]");
        // Some empty notes are whole sentences already; never print "..".
        if (items.Count == 0) c.WriteLine("  " + (empty.EndsWith('.') ? empty : empty + "."));
        foreach (var i in items) c.WriteLine("  • " + i);
    }

    private static string E(string text) => Markup.Escape(text);

    private static string N(double? v) => v is { } d ? d.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
