using System.Globalization;
using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Interests;
using Spectre.Console;

namespace Ladder.Cli.Discover;

/// <summary>The career finder's answer in the terminal: the profile, the careers and where the figures come from.</summary>
internal static class DiscoverTerminal
{
    public static void Write(IAnsiConsole c, LadderCatalog catalog, DiscoverResult r)
    {
        var p = r.Query.Profile;
        c.MarkupLine($"[bold]Your interest profile[/] {Markup.Escape(p.Code)}: " +
            string.Join(", ", InterestArea.All.Select(a => $"{a.Name} {InterestProfile.Format(p[a])}")));
        c.MarkupLine($"{r.Matching.ToString("#,0", CultureInfo.InvariantCulture)} of {r.Ranked.ToString("#,0", CultureInfo.InvariantCulture)} occupations with an O*NET interest profile pass the filters; {r.WithoutProfile} have no profile and are not ranked.");
        var t = new Table().Border(TableBorder.Simple).AddColumns("#", "Career", "Fit", "Median pay", "Outlook", "Preparation", "Licence");
        if (r.Items.Any(i => i.Move is not null)) t.AddColumn("From your job");
        int n = 1;
        foreach (var f in r.Items)
        {
            var row = new List<string>
            {
                (n++).ToString(CultureInfo.InvariantCulture), Markup.Escape(f.Role.Title) + "\n[grey]" + Markup.Escape(f.Why) + "[/]",
                f.Fit.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(f.MedianPayText), Markup.Escape(f.Outlook),
                Markup.Escape(f.Preparation.Replace("Job Zone ", "Zone ", StringComparison.Ordinal)), Markup.Escape(f.Licence ?? "no data"),
            };
            if (t.Columns.Count == 8) row.Add(f.Move is { } m ? $"{m.Score.ToString("0", CultureInfo.InvariantCulture)}, {m.Verdict}" : "");
            t.AddRow(row.ToArray());
        }
        c.Write(t);
        c.MarkupLine($"[grey]{Markup.Escape(CareerFinder.Method)}[/]");
        c.MarkupLine($"[grey]Sources: {Markup.Escape(catalog.Info.OnetSource)} (interests, work values, job zones); {Markup.Escape(catalog.Info.OewsSource)} ({Markup.Escape(r.Query.Pay.Label)}); BLS Employment Projections {Markup.Escape(catalog.Outlook.ProjectionsRelease ?? "not imported")}.[/]");
    }
}
