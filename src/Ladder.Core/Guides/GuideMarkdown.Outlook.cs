using System.Text;

namespace Ladder.Guides;

public static partial class GuideMarkdown
{
    private static void Outlook(StringBuilder md, Guide g)
    {
        var o = g.Outlook;
        md.AppendLine("## Outlook").AppendLine();
        md.AppendLine(o.Available ? $"**{o.Verdict}.** {o.Summary}" : o.Summary).AppendLine();
        if (o.Available)
        {
            md.AppendLine($"- **Projected change {o.Period}:** {Jobs(o.ChangeJobs)} jobs ({Pct(o.ChangePercent)}) vs {Pct(o.AllOccupationsChangePercent)} for all occupations");
            md.AppendLine($"- **Employment:** {Count(o.Employment2024)} → {Count(o.Employment2034)}");
            md.AppendLine($"- **Openings a year (average):** {o.OpeningsDisplay}");
            md.AppendLine($"- **Self-employed:** {(o.SelfEmployedPercent is { } s ? OutlookFormat.Percent(s) : "not available")}");
            if (o.ReplacementNote() is { } replacement) md.AppendLine($"- {replacement}");
            if (o.Note is not null) md.AppendLine($"- {o.Note}");
        }
        md.AppendLine().AppendLine($"*{o.Method} Source: {o.Source}, published {o.AsOf} <{o.Url}>.*").AppendLine();
    }

    private static void WayIn(StringBuilder md, Guide g)
    {
        var e = g.Entry;
        md.AppendLine("## The way in").AppendLine();
        md.AppendLine(e.Summary).AppendLine();
        if (e.EducationShares.Count > 0)
            md.AppendLine("**Education of workers (O*NET survey):** " + string.Join(" · ", e.EducationShares.Take(4).Select(s => $"{s.Level} {s.Percent:0}%"))
                // The summary above already says why; the shares line only must not read as agreeing with BLS.
                + (e.EducationSurveyNote is not null ? " (far from BLS's typical entry education above, which this guide follows)" : "")).AppendLine();
        md.AppendLine("**Licences and certifications**").AppendLine();
        md.AppendLine(g.Credentials.Summary).AppendLine();
        foreach (var c in g.Credentials.Items.Where(c => c.Kind != "none"))
            md.AppendLine($"- **{c.Name}** ({c.Status}, {c.Kind}): {c.Issuer}. {(c.Time.Length > 0 ? $"Typical time: {c.Time}." : "")}{(c.Note is null ? "" : " " + c.Note)} Source: <{c.Source}>, {c.ReviewedText}.");
        foreach (var c in g.Credentials.Items.Where(c => c.Kind == "none"))
            md.AppendLine($"- Source: <{c.Source}>, {c.ReviewedText}.");
        md.AppendLine();
        if (e.Apprenticeship is not null) md.AppendLine($"**Apprenticeship route:** {e.Apprenticeship}").AppendLine();
        // A count heading ("0 of 0") reads as a glitch when NCES links nothing; say so in words instead.
        if (e.Programmes.Count == 0)
        {
            md.AppendLine("**Programmes of study**").AppendLine();
            md.AppendLine(e.ProgrammeNote).AppendLine();
            return;
        }
        md.AppendLine($"**Programmes of study** ({e.Programmes.Count} of {e.ProgrammesTotal} that NCES links to this occupation)").AppendLine();
        foreach (var p in e.Programmes) md.AppendLine($"- {p.Title} (CIP {p.CipCode})");
        md.AppendLine().AppendLine($"*{e.ProgrammeRanking}*").AppendLine();
    }

    private static string Pct(double? v) => v is { } d ? OutlookFormat.Signed(d) : "not available";
    private static string Jobs(double? v) => v is { } d ? OutlookFormat.SignedPeople(d) : "not available";
    private static string Count(double? v) => v is { } d ? OutlookFormat.People(d) : "not available";
}
