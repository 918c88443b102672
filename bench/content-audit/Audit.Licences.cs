using System.Text.Json.Nodes;

namespace Ladder.ContentAudit;

/// <summary>How a guide's licence decision compares with one kind of outside evidence.</summary>
public enum Agreement { Agrees, Partly, Disagrees }

/// <summary>
/// Issue 22's audit: each guide's licence decision (credentials.licence in the JSON a reader gets) against statements
/// the code did not write (<see cref="LicenceEvidence"/>), counted per evidence kind.
/// </summary>
public sealed partial class Audit
{
    private LicenceEvidence? _evidence;
    private readonly List<(EvidenceKind Kind, string Slug, string Decision, Agreement Result, Evidence Evidence)> _licenceChecks = [];

    public void UseLicenceEvidence(LicenceEvidence evidence) => _evidence = evidence;

    /// <summary>Kinds that require the licence for all of the work everywhere it is done.</summary>
    private static bool RequiredKind(string? kind) => kind is "every-state" or "most-states" or "federal";

    /// <summary>
    /// True when the guide's decision requires a licence for the work, or, where it says none (or is missing), an outside
    /// statement does. A decision for some states or some of the work has weighed the evidence; the evidence check above
    /// reports it if it disagrees.
    /// </summary>
    private bool NeedsLicence(string? code, JsonObject? g)
    {
        var kind = g?["credentials"]?["licence"]?["kind"]?.GetValue<string>();
        if (RequiredKind(kind)) return true;
        if (kind is not (null or "none")) return false;
        return code is not null && _evidence?.For(code) is { } found && !found.Any(e => e.Claim == Claim.NotRequired)
            && found.Any(e => e.Claim == Claim.Required && !e.Where.Contains("one page for", StringComparison.Ordinal));
    }

    private void CheckLicenceEvidence(string slug, string? code, JsonObject g)
    {
        if (_evidence is null || code is null || g["kind"]?.GetValue<string>() == "role") return;
        var licence = g["credentials"]?["licence"];
        var kind = licence?["kind"]?.GetValue<string>() ?? "missing";
        var words = $"{licence?["credential"]} {licence?["instead"]} {licence?["note"]}";
        foreach (var group in _evidence.For(code).GroupBy(e => e.Kind))
        {
            // The strongest statement of each kind decides: the page's own "does not need a license" (its other sentences are then
            // about neighbouring work), then a requirement, a partial one, a title.
            var strongest = group.OrderBy(e => e.Claim).First();
            // A "Licensed …" title agrees with any decision that names a licence; only "none" can miss it.
            var result = group.Key == EvidenceKind.OnetTitle && kind is not ("none" or "missing") ? Agreement.Agrees : Compare(strongest.Claim, kind, words);
            _licenceChecks.Add((group.Key, slug, kind, result, strongest));
            if (result == Agreement.Disagrees)
                Add(DefectClass.LicenceEvidence, slug, $"decision '{kind}' but {strongest.Where}: \"{strongest.Text}\"", 8);
        }
    }

    private static Agreement Compare(Claim claim, string kind, string words) => (claim, kind) switch
    {
        (Claim.NotRequired, "none" or "some-work" or "some-states") => Agreement.Agrees,
        (Claim.NotRequired, "most-states") => Agreement.Partly,
        (Claim.NotRequired, _) => Agreement.Disagrees,
        // A "none" decision that names the optional or conditional credential has weighed it: a title agrees, a partial statement partly.
        (Claim.Exists, "none") when Acknowledges(words) => Agreement.Agrees,
        (Claim.Partly, "none") when Acknowledges(words) => Agreement.Partly,
        // A voluntary certificate the decision does not name is not a contradiction of "no licence", only a gap.
        (Claim.Exists, "none") => Agreement.Partly,
        (_, "none" or "missing") => Agreement.Disagrees,
        (Claim.Required, "every-state" or "most-states" or "federal") => Agreement.Agrees,
        (Claim.Required, _) => Agreement.Partly,
        (Claim.Partly, "some-states" or "most-states" or "some-work") => Agreement.Agrees,
        (Claim.Partly, _) => Agreement.Partly,
        _ => Agreement.Agrees,
    };

    /// <summary>The decision names a credential beyond its own "No licence is needed".</summary>
    private static bool Acknowledges(string words) => System.Text.RegularExpressions.Regex.IsMatch(
        System.Text.RegularExpressions.Regex.Replace(words, @"\b(no|any) (state |teaching |occupational )?licen[cs]es? (is |are )?(needed|required|exists?)?|\bneed no licen[cs]e|\bno licen[cs]e", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
        @"licen|certif|regist|credential", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private void PrintLicenceEvidence(TextWriter o)
    {
        if (_evidence is null) return;
        o.WriteLine();
        o.WriteLine("Licence decisions against outside evidence (occupation guides; the strongest statement of each kind per guide):");
        o.WriteLine($"{"evidence kind",-22} {"guides",7} {"agree",7} {"partly",7} {"disagree",9}");
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        {
            var rows = _licenceChecks.Where(c => c.Kind == kind).ToList();
            o.WriteLine($"{Name(kind),-22} {rows.Count,7} {rows.Count(r => r.Result == Agreement.Agrees),7} {rows.Count(r => r.Result == Agreement.Partly),7} {rows.Count(r => r.Result == Agreement.Disagrees),9}");
        }
        o.WriteLine();
        o.WriteLine("By decision kind (guides with any evidence: agree / partly / disagree, over all evidence kinds):");
        foreach (var decision in _licenceChecks.GroupBy(c => c.Decision).OrderBy(g => g.Key, StringComparer.Ordinal))
            o.WriteLine($"  {decision.Key,-12} {decision.Select(d => d.Slug).Distinct().Count(),5} guides: {decision.Count(r => r.Result == Agreement.Agrees)} / {decision.Count(r => r.Result == Agreement.Partly)} / {decision.Count(r => r.Result == Agreement.Disagrees)}");
        o.WriteLine();
        o.WriteLine("Every disagreement, then every partial agreement:");
        foreach (var c in _licenceChecks.Where(c => c.Result != Agreement.Agrees).OrderBy(c => c.Result).ThenBy(c => c.Kind).OrderBy(c => c.Kind).ThenBy(c => c.Slug, StringComparer.Ordinal))
            o.WriteLine($"- [{c.Result}, {Name(c.Kind)}] {c.Slug} ({c.Decision}): {c.Evidence.Where}: {Clip(c.Evidence.Text)}");
    }

    private static string Name(EvidenceKind k) => k switch
    {
        EvidenceKind.HandbookText => "Handbook text",
        EvidenceKind.OnetDescription => "O*NET description",
        _ => "O*NET titles",
    };
}
