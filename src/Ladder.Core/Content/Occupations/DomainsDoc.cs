using System.Text;

namespace Ladder.Content;

/// <summary>
/// Renders docs/domains.md from content/occupations, so the page cannot drift from the data (OccupationContentTests
/// compares the two; LADDER_WRITE_DOCS=1 rewrites the page).
/// </summary>
public static class DomainsDoc
{
    private const string Intro = """
        # Domains

        <!-- Generated from content/occupations/domains.yaml and pay-basis.yaml by DomainsDoc; edit the YAML, not this page. -->

        Every role belongs to exactly one domain. A curated role states its domain (content/roles). Every O*NET
        occupation is listed, by exact O*NET-SOC code, under one domain in `content/occupations/domains.yaml`; `ladder
        import` refuses the file, naming the code and file:line:column, when an occupation of the release is in no
        domain or in two. No SOC-prefix rule in C# decides a domain. The domains follow the SOC major groups, with the
        computer, mathematical and design occupations split by the work they do.

        `content/occupations/pay-basis.yaml` lists every occupation once, under `hourly` or `annual`: a guide shows BLS's
        own hourly wage figures beside the annual ones for work listed as `hourly` (docs/guide-content.md, "Hourly pay").

        | Domain | Why | Occupations | Usually paid by the hour |
        |---|---|---|---|

        """;

    public static string Render(OccupationContent content, IReadOnlyDictionary<string, string> titles)
    {
        var md = new StringBuilder(Intro.ReplaceLineEndings("\n"));
        foreach (var d in content.Domains)
            md.Append($"| {d.Name} | {d.Why} | {d.Occupations.Count} | {d.Occupations.Count(content.IsUsuallyHourly)} |\n");
        foreach (var d in content.Domains)
        {
            md.Append($"\n## {d.Name}\n\n");
            md.Append(string.Join("; ", d.Occupations.Select(c => $"{c} {titles.GetValueOrDefault(c, "")}{(content.IsUsuallyHourly(c) ? " (hourly)" : "")}"))).Append(".\n");
        }
        return md.ToString();
    }
}
