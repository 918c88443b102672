using System.CommandLine;
using System.Globalization;
using System.Text;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Matching;
using Spectre.Console;

namespace Ladder.Cli.Matching;

/// <summary><c>ladder gap --target &lt;role&gt; (--have ... | --resume FILE | --from &lt;role&gt;)</c>: a person's distance to a role.</summary>
internal static class GapCommand
{
    /// <summary>Résumés are a few pages; anything bigger is not one.</summary>
    public const long MaxResumeBytes = 1024 * 1024;

    public static Command Create()
    {
        var target = new Option<string>("--target") { Description = "The role you want: code, slug or title.", Required = true };
        var have = new Option<string?>("--have") { Description = "Your skills and tools, comma-separated: \"python, sql, excel\"." };
        var resume = new Option<string?>("--resume") { Description = "A plain-text or Markdown résumé to read skills from." };
        var from = new Option<string?>("--from") { Description = "Your current role: its O*NET skills, levels and technologies." };
        var json = CommonOptions.Json();
        var command = new Command("gap", "How far you are from a role: match, what is missing, a learning plan and the roles you are closest to.")
            { target, have, resume, from, json };
        command.SetAction(parse => CatalogSession.Run(parse, engine =>
        {
            var error = CatalogSession.Console(parse.InvocationConfiguration.Error);
            if (new[] { parse.GetValue(have), parse.GetValue(resume), parse.GetValue(from) }.All(string.IsNullOrWhiteSpace))
            {
                error.MarkupLine("[red]Give a starting point: --have \"skill, skill\", --resume FILE or --from <role>.[/]");
                return ExitCodes.Failed;
            }
            if (RoleLookup.Resolve(engine, parse.GetValue(target)!, error) is not { } role) return ExitCodes.NotResolved;
            Role? current = null;
            if (parse.GetValue(from) is { } fromQuery)
            {
                current = RoleLookup.Resolve(engine, fromQuery, error);
                if (current is null) return ExitCodes.NotResolved;
            }
            string? resumeText = null;
            if (parse.GetValue(resume) is { } path)
            {
                if (ReadResume(path, out var text) is { } problem)
                {
                    error.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                    return ExitCodes.Failed;
                }
                resumeText = text;
            }
            var (report, why) = GapQuery.From(parse.GetValue(have), resumeText, current).Run(engine.Space, role);
            if (report is null)
            {
                error.MarkupLine($"[red]{Markup.Escape(why!)}[/]");
                return ExitCodes.Failed;
            }
            if (report.Unrecognized.Count > 0)
                error.MarkupLine($"[yellow]Not recognised:[/] {Markup.Escape(string.Join(", ", report.Unrecognized))}");
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) output.WriteLine(GuideJson.Serialize(report));
            else Write(CatalogSession.Console(output), report);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Reads a résumé file, or says why it cannot be one: missing, empty, over 1 MB or binary.</summary>
    internal static string? ReadResume(string path, out string text)
    {
        text = "";
        var info = new FileInfo(path);
        if (!info.Exists) return $"No résumé file at '{path}'.";
        if (info.Length == 0) return $"The résumé file '{path}' is empty.";
        if (info.Length > MaxResumeBytes) return $"The résumé file '{path}' is {info.Length / 1024} KB; Ladder reads plain-text or Markdown résumés up to 1 MB.";
        var bytes = File.ReadAllBytes(path);
        if (bytes.Contains((byte)0) || bytes.AsSpan().StartsWith("%PDF"u8) || bytes.AsSpan().StartsWith("PK\x03\x04"u8))
            return $"The résumé file '{path}' looks binary (PDF, DOCX or similar). Save it as plain text or Markdown first.";
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return $"The résumé file '{path}' is not UTF-8 text. Save it as plain text (UTF-8) or Markdown.";
        }
        var control = text.Count(ch => char.IsControl(ch) && ch is not ('\n' or '\r' or '\t'));
        if (control > text.Length / 20) return $"The résumé file '{path}' looks binary. Save it as plain text or Markdown first.";
        if (string.IsNullOrWhiteSpace(text)) return $"The résumé file '{path}' has no text.";
        return null;
    }

    private static string Label(GapItem item) => item.Kind == "knowledge" ? item.Name + " (knowledge)" : item.Name;

    private static void Write(IAnsiConsole c, GapReport r)
    {
        c.Write(new Rule($"[bold]Your gap to {Markup.Escape(r.Target.Title)}[/]").LeftJustified());
        c.MarkupLine($"[bold]Match:[/] {r.MatchPercent.ToString("0", CultureInfo.InvariantCulture)}% ({Markup.Escape(r.Overlap)})");
        if (r.Note is not null) c.MarkupLine($"[yellow]{Markup.Escape(r.Note)}[/]");
        if (r.Recognized.Count > 0)
            c.MarkupLine($"[grey]Read from your input: {Markup.Escape(string.Join(", ", r.Recognized.Select(h => h.Text == h.Canonical ? h.Canonical : $"{h.Text} → {h.Canonical}")))}[/]");
        c.MarkupLine("[bold green]You have:[/] " + Markup.Escape(r.Matched.Count == 0 ? "none of the key skills yet" : string.Join(", ", r.Matched.Select(Label))));
        c.MarkupLine("[bold red]Missing:[/] " + Markup.Escape(r.Missing.Count == 0 ? "nothing: you cover every key skill" : string.Join(", ", r.Missing.Select(Label))));
        if (r.CredentialsNeeded.Count > 0)
            c.MarkupLine("[bold red]Licences you would need:[/] " + Markup.Escape(string.Join("; ", r.CredentialsNeeded.Select(n => $"{n.Name} ({Ladder.Guides.GuideCredential.IssuerAndTime(n.Issuer, n.Time)})"))));
        c.Write(new Rule("[bold]Learning plan[/]").LeftJustified());
        foreach (var s in r.LearningPlan) c.MarkupLine($"{s.Step}. [bold]{Markup.Escape(s.Name)}[/] [grey]({s.Stage}; {Markup.Escape(s.Why)})[/]");
        c.Write(new Rule("[bold]Roles you are already closest to[/]").LeftJustified());
        foreach (var x in r.ClosestRoles) c.MarkupLine($"  {x.MatchPercent.ToString("0", CultureInfo.InvariantCulture),3}%  {Markup.Escape(x.Role.Title)} [grey]({Markup.Escape(x.Role.Slug)})[/]");
    }
}
