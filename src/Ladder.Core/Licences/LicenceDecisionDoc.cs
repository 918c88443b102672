using System.Globalization;
using System.Text;

namespace Ladder.Licences;

/// <summary>
/// Renders docs/licence-decisions.md from the decisions in content/licences, so the page cannot drift from the data
/// (LicenceDecisionDocTests compares the two; LADDER_WRITE_DOCS=1 rewrites the page).
/// </summary>
public static class LicenceDecisionDoc
{
    private const string Intro = """
        # Licence decisions

        <!-- Generated from content/licences/*.yaml by LicenceDecisionDoc; edit the YAML, not this page. -->

        Every occupation and curated role has exactly one licence decision in `content/licences` (schema in
        content/README.md, "Licences"). A decision is **checked** when someone read its cited source and recorded the
        month (`reviewed: yyyy-MM`); an **unchecked** one says so on the guide ("not yet checked against its source").
        `bench/content-audit` compares each guide's decision with the BLS Handbook text and O*NET's own statements and
        titles (bench/content-audit/results/README.md).
        """;

    /// <summary>The page: counts by kind (checked and unchecked), then one table per kind.</summary>
    public static string Render(LicenceBook book, IReadOnlyDictionary<string, string> titles)
    {
        var md = new StringBuilder(Intro.ReplaceLineEndings("\n")).Append("\n\n## Decisions by kind\n\n");
        var all = book.All.ToList();
        md.Append("| Kind | What it means | Occupations | Curated roles | Checked | Unchecked |\n|---|---|---|---|---|---|\n");
        foreach (var (name, kind) in LicenceKinds.All)
        {
            var of = all.Where(d => d.Decision.Kind == kind).ToList();
            md.Append(CultureInfo.InvariantCulture, $"| `{name}` | {Meaning(kind)} | {of.Count(d => !IsRole(d.Key))} | {of.Count(d => IsRole(d.Key))} | {of.Count(d => d.Decision.IsChecked)} | {of.Count(d => !d.Decision.IsChecked)} |\n");
        }
        md.Append(CultureInfo.InvariantCulture, $"| **All** | | **{all.Count(d => !IsRole(d.Key))}** | **{all.Count(d => IsRole(d.Key))}** | **{all.Count(d => d.Decision.IsChecked)}** | **{all.Count(d => !d.Decision.IsChecked)}** |\n");
        foreach (var (name, kind) in LicenceKinds.All)
        {
            md.Append($"\n## `{name}`\n\n| Code | Occupation or role | Decision | Checked | Source |\n|---|---|---|---|---|\n");
            foreach (var (key, d) in all.Where(d => d.Decision.Kind == kind).OrderBy(d => IsRole(d.Key)).ThenBy(d => d.Key, StringComparer.Ordinal))
            {
                var title = IsRole(key) ? $"{d.Title} (curated role)" : titles.GetValueOrDefault(key) ?? d.Title;
                md.Append($"| {(IsRole(key) ? key[(key.IndexOf(':') + 1)..] : key)} | {Cell(title)} | {Cell(What(d))} | {d.Reviewed ?? "unchecked"} | {d.Source} |\n");
            }
        }
        return md.ToString();
    }

    private static bool IsRole(string key) => !char.IsDigit(key[0]);

    private static string What(LicenceDecision d) => d.Kind switch
    {
        LicenceKind.None => d.Instead!,
        LicenceKind.SomeWork => $"{d.Credential} ({d.Issuer}), only {d.OnlyFor}",
        LicenceKind.Federal => $"{d.Credential} ({d.Agency})",
        _ => $"{d.Credential} ({d.Issuer})",
    };

    private static string Meaning(LicenceKind kind) => kind switch
    {
        LicenceKind.EveryState => "a state licence in every state",
        LicenceKind.MostStates => "a state licence in most states",
        LicenceKind.SomeStates => "a state licence in some states only",
        LicenceKind.Federal => "a federal credential",
        LicenceKind.SomeWork => "needed only for part of the work",
        _ => "no licence; what employers look for instead",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
