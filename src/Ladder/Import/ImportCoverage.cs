using System.Globalization;
using Ladder.Import;
using Spectre.Console;

namespace Ladder.Cli.Import;

/// <summary>The coverage lines <c>ladder import</c> prints for projections, programmes and credentials.</summary>
internal static class ImportCoverage
{
    public static void Print(IAnsiConsole console, ImportSummary s)
    {
        var o = s.Outlook;
        string Share(int n) => $"{n.ToString("#,0", CultureInfo.InvariantCulture)} of {s.Occupations.ToString("#,0", CultureInfo.InvariantCulture)} occupations";
        var table = new Table().Title("Outlook and the way in: coverage").AddColumn("What").AddColumn("Coverage");
        table.AddRow($"Outlook (projected change {o.ProjectionsRelease ?? "not imported"})", o.ProjectionsRelease is null ? "not imported" : Share(o.WithOutlook));
        table.AddRow("Entry education, experience, training", o.ProjectionsRelease is null ? "not imported" : Share(o.WithEntry));
        table.AddRow("Programmes of study (CIP)", o.ProgrammeLinks == 0 ? "not imported" : $"{Share(o.WithProgrammes)} ({o.ProgrammeLinks.ToString("#,0", CultureInfo.InvariantCulture)} links)");
        table.AddRow("Licence decisions", o.Licences is not { } l ? "not imported"
            : $"{Share(l.Occupations)}; {l.CuratedRoles} of {s.CuratedRoles} curated roles; {l.Checked.ToString("#,0", CultureInfo.InvariantCulture)} checked against their source, {(l.Occupations - l.Checked).ToString("#,0", CultureInfo.InvariantCulture)} unchecked");
        table.AddRow("Interest profiles (career finder)", Share(s.InterestProfiles));
        table.AddRow("Work values (career finder filter)", Share(s.WorkValueProfiles));
        console.Write(table);
        if (o.Licences is { } licences)
            console.MarkupLine("Licence decisions by kind: " + string.Join(", ", licences.ByKind.Select(k => $"{k.Key} {k.Value.ToString("#,0", CultureInfo.InvariantCulture)}")));
        if (o.ProjectionsRelease is not null)
            console.MarkupLine($"Projections: [bold]{Markup.Escape(Outlook.OutlookSources.Projections(o.ProjectionsRelease))}[/] ({o.ProjectionRows.ToString("#,0", CultureInfo.InvariantCulture)} occupations)");
    }
}
