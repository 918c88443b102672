using Ladder.Guides;
using Spectre.Console;

namespace Ladder.Cli.Guides;

internal static partial class GuideTerminal
{
    private static void Outlook(IAnsiConsole c, Guide g)
    {
        var o = g.Outlook;
        Section(c, "Outlook");
        c.MarkupLine(o.Available ? $"[bold]{E(o.Verdict)}.[/] {E(o.Summary)}" : E(o.Summary));
        if (o.Available)
        {
            c.MarkupLine($"Openings a year: {E(o.OpeningsDisplay)} · self-employed: {E(o.SelfEmployedPercent is { } s ? OutlookFormat.Percent(s) : "not available")}");
            if (o.Note is not null) c.MarkupLine($"[grey]{E(o.Note)}[/]");
        }
        c.MarkupLine($"[grey]{E(o.Method)} Source: {E(o.Source)}, published {E(o.AsOf)}.[/]");
    }

    private static void WayIn(IAnsiConsole c, Guide g)
    {
        var e = g.Entry;
        Section(c, "The way in");
        c.WriteLine(e.Summary);
        c.MarkupLine($"[bold]Licences and certifications:[/] {E(g.Credentials.Summary)}");
        foreach (var cr in g.Credentials.Items.Where(x => x.Kind != "none"))
            c.MarkupLine($"  • [bold]{E(cr.Name)}[/] ({E(cr.Status)}): {E(Fields(cr))} [grey]({E(cr.Source)}, {E(cr.ReviewedText)})[/]");
        if (e.Apprenticeship is not null) c.MarkupLine($"[bold]Apprenticeship route:[/] {E(e.Apprenticeship)}");
        Bullets(c, e.Programmes.Count == 0 ? "Programmes of study" : $"Programmes of study ({e.Programmes.Count} of {e.ProgrammesTotal}, NCES CIP→SOC)", e.Programmes.Select(p => $"{p.Title} (CIP {p.CipCode})").ToList(),
            e.ProgrammeNote ?? "");
    }

    /// <summary>Issuer, exam and time joined by semicolons, then the note as its own sentence; empty fields leave no gap.</summary>
    private static string Fields(Ladder.Guides.GuideCredential cr)
    {
        var fields = Ladder.Guides.GuideCredential.IssuerAndTime(cr.Issuer, cr.Time);
        return string.IsNullOrWhiteSpace(cr.Note) ? fields : fields.Length == 0 ? cr.Note : $"{fields.TrimEnd('.')}. {cr.Note}";
    }
}
