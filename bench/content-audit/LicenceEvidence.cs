using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ladder.ContentAudit;

/// <summary>What a statement says about a licence: not needed, required for the work, required somewhere or for some of it, or that a credential exists.</summary>
public enum Claim { NotRequired, Required, Partly, Exists }

/// <summary>The three kinds of evidence the audit reads, none written by Ladder's code or content.</summary>
public enum EvidenceKind { HandbookText, OnetDescription, OnetTitle }

/// <summary>One statement about an occupation's licence, with where it was read.</summary>
public sealed record Evidence(EvidenceKind Kind, Claim Claim, string Text, string Where);

/// <summary>
/// Licence statements found outside the code: the BLS Handbook's "How to Become One" tab (passed in by the caller, not
/// shipped), O*NET's occupation descriptions ("Licensing or registration required.") and O*NET's alternate and reported
/// titles that begin with "Licensed", "Certified" or "Registered". Keyed by O*NET-SOC code (the Handbook by SOC).
/// </summary>
public sealed partial class LicenceEvidence
{
    private readonly Dictionary<string, List<Evidence>> _bySoc = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Evidence>> _byCode = new(StringComparer.Ordinal);

    public IReadOnlyList<Evidence> For(string code) =>
        [.. _byCode.GetValueOrDefault(code) ?? [], .. _bySoc.GetValueOrDefault(code[..7]) ?? []];

    // A sentence that ties the licence to some states, some employers or some of the work.
    [GeneratedRegex(@"\b(some|many|most|several|a few|certain|other) (of (these|the) )?(states|jurisdictions|employers|cities|localities|specialties|positions)\b|\bin (states|jurisdictions) that\b|\bmay (need|be required|have to|require)\b|\bdepending on\b|\bif they\b|\bthose who\b|\bwho (want|wish|plan)\b|\bto (work|practice) (in|with|on) (a |an )?(hospital|school|public|federal)|\bin public schools\b|\bprivate (schools?|practice|sector)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Qualified();

    [GeneratedRegex(@"\b(all|every|each) states?( and the District of Columbia)? (require|license|regulate)|\bmust (be|become|have|hold|obtain|get|earn|pass)\b[^.]{0,60}\b(licen[cs]|certificate\b|certified|registered)|\blicen[cs]es? (is|are) required\b|\bare required to (be licensed|have a licen[cs]e|hold a licen[cs]e|be certified)|\brequires? (a |an )?(state |federal )?licen[cs]e\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequiredPhrase();

    // The page's own statement that the occupation needs none ("typically do not need a license").
    [GeneratedRegex(@"\b(do|does) not (typically |usually )?(need|require) (a |an )?(state )?licen[cs]e|\bno (state )?licen[cs]e is (required|needed)|\bare not required to be licensed", RegexOptions.IgnoreCase)]
    private static partial Regex NotRequiredPhrase();

    [GeneratedRegex(@"\b(states? requires?|licen[cs]e|licensed|licensure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyLicence();

    // O*NET descriptions: "Licensing or registration required.", "Requires commercial drivers' license.", "Required to hold license issued by U.S. Coast Guard."
    [GeneratedRegex(@"^(Licensing( or registration)? required|Requires? [^.]*\b(licen[cs]e|certificate)\b|Required to hold (a )?licen[cs]e|Must hold [^.]*certification)", RegexOptions.IgnoreCase)]
    private static partial Regex OnetRequired();

    [GeneratedRegex(@"^(Usually requires|Specialized training and certification)[^.]*\bcertification\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnetPartly();

    [GeneratedRegex(@"^(State |Board )?(Licensed|Certified|Registered)\b")]
    private static partial Regex CredentialTitle();

    [GeneratedRegex(@"(?<=[A-Za-z0-9)]{2} ?[.!?])\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    /// <summary>Reads the Handbook pages (JSON lines) and the O*NET text files in <paramref name="onet"/>; either may be null.</summary>
    public static LicenceEvidence Read(string? oohPages, string? onet)
    {
        var e = new LicenceEvidence();
        var titles = onet is null ? new Dictionary<string, string>()
            : Rows(Path.Combine(onet, "Occupation Data.txt.gz")).Where(c => c[0].EndsWith(".00", StringComparison.Ordinal)).ToDictionary(c => c[0][..7], c => c[1], StringComparer.Ordinal);
        if (oohPages is not null) e.ReadHandbook(oohPages, titles);
        if (onet is not null)
        {
            e.ReadOnetDescriptions(Path.Combine(onet, "Occupation Data.txt.gz"));
            e.ReadOnetTitles(Path.Combine(onet, "Alternate Titles.txt.gz"), 1);
            e.ReadOnetTitles(Path.Combine(onet, "Sample of Reported Titles.txt.gz"), 1);
        }
        return e;
    }

    /// <summary>
    /// On a page shared by several SOC codes, the page's occupations a sentence names by title ("nuclear power reactor
    /// operators must be licensed"); empty when it names none.
    /// </summary>
    private static List<string> Named(string sentence, IReadOnlyList<string> socs, IReadOnlyDictionary<string, string> titles)
    {
        if (socs.Count == 1) return [.. socs];
        static string Stem(string title) => title.Split(',')[0].Trim().TrimEnd('s').ToLowerInvariant();
        var lower = sentence.ToLowerInvariant();
        // By the title's first segment ("nuclear power reactor operator"), or its first and last words ("crane … operators").
        var full = socs.Where(s => titles.GetValueOrDefault(s) is { } t && lower.Contains(Stem(t), StringComparison.Ordinal)).ToList();
        if (full.Count > 0) return full;
        static bool Loosely(string lower, string title)
        {
            var words = Stem(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The title's first word, then its last within three words: "crane operators" names Crane and Tower Operators.
            return words.Length > 1 && Regex.IsMatch(lower, $@"\b{Regex.Escape(words[0])}\b(?:\W+\w+){{0,3}}?\W+{Regex.Escape(words[^1])}");
        }
        return socs.Where(s => titles.GetValueOrDefault(s) is { } t && Loosely(lower, t)).ToList();
    }

    private void ReadHandbook(string jsonl, IReadOnlyDictionary<string, string> titles)
    {
        foreach (var line in File.ReadLines(jsonl))
        {
            var page = JsonNode.Parse(line)!.AsObject();
            var slug = page["page"]!.GetValue<string>();
            var text = page["how_to_become_one"]?.GetValue<string>() ?? "";
            var socs = page["soc_codes"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
            var where = $"Handbook '{slug}'" + (socs.Count > 1 ? $" (one page for {socs.Count} SOC codes)" : "");
            // The tab's subheadings run into the next sentence in the text: each starts a new context.
            foreach (var section in Regex.Split(text, @"Licenses, Certifications?, and Registrations|Work Experience in a Related Occupation|Important Qualities|\bAdvancement\b"))
            {
            // A sentence that names none of a shared page's occupations is about the ones its section last named, else all.
            List<string>? context = null;
            foreach (var sentence in SentenceBreak().Split(Regex.Replace(Regex.Replace(section, @"\s+", " "), @"\.( \.)+", ".")))
            {
                var named = Named(sentence, socs, titles);
                if (named.Count > 0) context = named;
                // A business licence is the firm's, not the occupation's.
                if (!AnyLicence().IsMatch(sentence) || Regex.IsMatch(sentence, @"business licen[cs]e|(?<!commercial )driver[’']?s licen[cs]e", RegexOptions.IgnoreCase)) continue;
                Claim? claim = NotRequiredPhrase().IsMatch(sentence) ? (Qualified().IsMatch(sentence) ? Claim.Partly : Claim.NotRequired)
                    : RequiredPhrase().IsMatch(sentence) ? (Qualified().IsMatch(sentence) ? Claim.Partly : Claim.Required)
                    : Regex.IsMatch(sentence, @"\b(some|many|most|several) states( and (localities|cities))? (require|license|regulate)|\bmay (need|be required to (have|hold|obtain|get|be)) (a |an )?[^.]{0,30}licen", RegexOptions.IgnoreCase) ? Claim.Partly
                    : null;
                if (claim is not { } c) continue;
                foreach (var soc in context ?? socs) Add(_bySoc, soc, new Evidence(EvidenceKind.HandbookText, c, sentence.Trim(), where));
            }
            }
        }
    }

    private void ReadOnetDescriptions(string path)
    {
        foreach (var cols in Rows(path))
            foreach (var sentence in SentenceBreak().Split(cols[2]))
            {
                Claim? claim = OnetRequired().IsMatch(sentence) ? Claim.Required : OnetPartly().IsMatch(sentence) ? Claim.Partly : null;
                if (claim is { } c) Add(_byCode, cols[0], new Evidence(EvidenceKind.OnetDescription, c, sentence.Trim(), "O*NET description"));
            }
    }

    private void ReadOnetTitles(string path, int column)
    {
        foreach (var cols in Rows(path))
            if (CredentialTitle().Match(cols[column]) is { Success: true } m)
                // "Licensed …" or "Registered …" says a licence exists for some of the work; "Certified …" is usually a voluntary certificate.
                Add(_byCode, cols[0], new Evidence(EvidenceKind.OnetTitle, m.Groups[2].Value == "Certified" ? Claim.Exists : Claim.Partly, cols[column], $"O*NET {Path.GetFileName(path)[..^7].ToLowerInvariant()}"));
    }

    private static IEnumerable<string[]> Rows(string gz)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gz), CompressionMode.Decompress));
        reader.ReadLine();
        while (reader.ReadLine() is { } line) yield return line.Split('\t');
    }

    private static void Add(Dictionary<string, List<Evidence>> map, string key, Evidence e)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Any(x => x.Text == e.Text)) list.Add(e);
    }
}
