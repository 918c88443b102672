using System.Globalization;
using System.Text;

namespace Ladder.Guides;

/// <summary>Renders a guide as a Markdown document.</summary>
public static partial class GuideMarkdown
{
    public static string Render(Guide g)
    {
        var md = new StringBuilder(8192);
        md.AppendLine($"# {g.Title}: career guide").AppendLine();
        md.AppendLine($"*{g.Domain}* · O*NET-SOC {string.Join(", ", g.Codes)}{(g.Reviewed is { } reviewed ? " · Reviewed " + reviewed : "")}").AppendLine();
        md.AppendLine("## Overview").AppendLine();
        md.AppendLine(g.Summary).AppendLine();
        if (g.SectionNotes.TryGetValue("overview", out var shell)) md.AppendLine($"> {shell}").AppendLine();
        md.AppendLine($"- **National median pay:** {g.MedianPay.WithHourly()} (source: {g.MedianPay.Source}; as of {g.MedianPay.AsOf})");
        if (g.MedianPay.Note is not null) md.AppendLine($"  - {g.MedianPay.Note}");
        if (g.Wages is { } w)
        {
            if (w.Hourly is not { HourlyOnly: true })
                md.AppendLine($"- **Pay range:** 10th {w.Display.P10} · 25th {w.Display.P25} · median {w.Display.Median} · 75th {w.Display.P75} · 90th {w.Display.P90}");
            if (w.Hourly is { } h)
            {
                md.AppendLine($"- **Hourly pay range:** 10th {h.Display.P10} · 25th {h.Display.P25} · median {h.Display.Median} · 75th {h.Display.P75} · 90th {h.Display.P90}");
                if (h.Basis != g.MedianPay.Note) md.AppendLine($"  - {h.Basis}");
            }
            md.AppendLine($"- **Employment:** {w.EmploymentDisplay} (SOC {w.Soc}, {w.Release})");
            if (w.Note is not null) md.AppendLine($"  - {w.Note}");
            if (w.MedianChangePercent is { } c) md.AppendLine($"- **Median change since {w.PreviousRelease}:** {c.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)}% (a one-year change between survey estimates, not a trend)");
        }
        if (g.Industries.Count > 0) md.AppendLine($"- **Industries:** {string.Join(", ", g.Industries)}");
        md.AppendLine($"- **Career ladder:** {string.Join(" → ", g.Levels.Select(l => l.Label))}").AppendLine();

        Outlook(md, g);
        md.AppendLine("## What they do").AppendLine();
        List(md, "Tasks", g.Tasks, "not available: O*NET lists no tasks for this occupation");
        List(md, "Technologies (🔥 = hot technology)", g.Technologies.Select(t => t.Hot ? $"{t.Name} 🔥" : t.Name).ToList(), "not available: O*NET lists no technologies for this occupation");
        List(md, "Tools", g.Tools, "none shown: tools are listed only where they define the work, as in the trades");
        List(md, "Also called", g.AlternateTitles, "not available: O*NET lists no alternate titles");

        md.AppendLine("## Required skills").AppendLine();
        if (g.Skills.Count == 0) md.AppendLine("not available: O*NET has neither rated skills nor flagged in-demand technologies for this occupation.").AppendLine();
        else
        {
            md.AppendLine("| Rank | Skill | Type | Group | Importance (1–5) | Level (0–7) |").AppendLine("|---|---|---|---|---|---|");
            int rank = 1;
            foreach (var s in g.Skills)
                md.AppendLine($"| {rank++} | {s.Name} | {s.Kind} | {s.Group.ToString().ToLowerInvariant()} | {Num(s.Importance)} | {Num(s.Level)} |");
            md.AppendLine();
        }

        md.AppendLine("## Career levels").AppendLine();
        foreach (var l in g.Levels)
        {
            md.AppendLine($"### {l.Label} · {l.Years} · {l.PayDisplay}{(l.HourlyPayDisplay is { } lh ? $" ({lh})" : "")}").AppendLine();
            foreach (var r in l.Responsibilities) md.AppendLine($"- {r}");
            md.AppendLine().AppendLine($"*Pay: {l.PaySource}*").AppendLine();
        }
        md.AppendLine($"> {g.LevelMethod}").AppendLine();

        md.AppendLine("## Learning roadmap").AppendLine();
        foreach (var s in g.Roadmap) md.AppendLine($"{s.Step}. **{s.Title}.** {s.Detail}");
        md.AppendLine();

        WayIn(md, g);
        md.AppendLine("## How to break in").AppendLine();
        md.AppendLine($"- **Preparation:** {g.BreakIn.JobZoneSummary}");
        md.AppendLine($"- {g.BreakIn.Advice}");
        if (g.BreakIn.EntryTitles.Count > 0) md.AppendLine($"- **Entry-level titles:** {string.Join("; ", g.BreakIn.EntryTitles)}");
        if (g.BreakIn.EntryNote is { } entry) md.AppendLine($"- **How people get there:** {entry}");
        if (g.BreakIn.Route is { } route && !route.IsIn(g.BreakIn.EntryNote)) md.AppendLine($"- {route.Text}");
        md.AppendLine($"- **Roles people move from:** {g.BreakIn.FromRolesText}");
        md.AppendLine();

        md.AppendLine("## Pros and cons").AppendLine();
        md.AppendLine("**Pros**").AppendLine();
        foreach (var p in g.Pros) md.AppendLine($"- {p.Text}: {p.Reason}");
        if (g.SectionNotes.TryGetValue("pros", out var prosNote)) md.AppendLine($"- {char.ToUpperInvariant(prosNote[0])}{prosNote[1..]}");
        md.AppendLine().AppendLine("**Cons**").AppendLine();
        foreach (var c in g.Cons) md.AppendLine($"- {c.Text}: {c.Reason}");
        if (g.SectionNotes.TryGetValue("cons", out var consNote)) md.AppendLine($"- {char.ToUpperInvariant(consNote[0])}{consNote[1..]}");
        md.AppendLine();

        md.AppendLine("## Related careers").AppendLine();
        if (g.Related.Count == 0) md.AppendLine("not available: O*NET lists no related occupations.");
        foreach (var r in g.Related) md.AppendLine($"- {r.Title}{(r.Code is null ? "" : $" ({r.Code})")}: compare with `ladder compare {g.Slug} {r.CompareSlug}`");
        md.AppendLine();

        md.AppendLine("## Sources").AppendLine();
        foreach (var s in g.Sources) md.AppendLine($"- **{s.Section}:** {s.Source}, {s.AsOfPhrase}{(s.Url is null ? "" : $" <{s.Url}>")}");
        md.AppendLine();
        md.AppendLine(g.Attribution);
        return md.ToString();
    }

    private static void List(StringBuilder md, string heading, IReadOnlyList<string> items, string empty)
    {
        md.AppendLine($"**{heading}**").AppendLine();
        if (items.Count == 0) md.AppendLine(empty + ".");
        foreach (var i in items) md.AppendLine($"- {i}");
        md.AppendLine();
    }

    private static string Num(double? v) => v is { } d ? d.ToString("0.00", CultureInfo.InvariantCulture) : "—";
}
