using System.Text.RegularExpressions;
using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>
/// Picks the titles a newcomer can really apply to: never senior, lead, chief, head, manager, principal or charge
/// titles, nor elected, appointed or retiree-only ones. Titles that say they are for beginners come first.
/// </summary>
public static partial class EntryTitles
{
    [GeneratedRegex(@"\b(senior|sr|lead(?! abatement| paint)|chief|head|manager|managing|principal|charge|director|president|vice|superintendent|supervisor|supervising|foreman|forewoman|forelady|master|captain|executive|partner|dean|chair|chairman|commander|administrator|mayor|governor|senator|legislator|legislative|congress\w*|council ?member|councilman|councilwoman|alderman|commissioner|judge|justice|magistrate|sheriff|elected|appointed|retired|retiree|emeritus|iii|iv)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotEntry();

    // Markers of a senior post in the field's own words, ignored when the occupation's own title carries them (a game
    // warden's entry title may say "Warden"; a concierge's may not say "Chef Concierge"). A certificate or certification
    // names a credential, not a post (see CredentialWord). Small on purpose: issue 23 lists the forms seen in O*NET's titles, and a reading
    // of 30 guides added "leader" ("Loss Prevention Leader" and "Brownfields Practice Leader" were offered as first jobs).
    [GeneratedRegex(@"\b(sous|chef|architect|warden|pusher|leader|owner|co-?founder|founder|proprietor|journeyman|journeyworker|journey-level|attending)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeniorMarker();

    // A certification or registry credential is earned on the job or after it, not a post one applies to: "Certified
    // Critical Care Nurse" needs 1,750 hours of direct care (AACN), "Registered Land Surveyor" years of supervised
    // work. Its forms: "Certified …", "Board Certified …", "… Registered …" (but not the registered nurse licence
    // itself), a "-C"/"-BC" suffix (PA-C, ATR-BC) and CCRN, the one credential O*NET's titles spell without those words.
    // An advanced-practice nursing title (nurse practitioner, clinical nurse specialist) names an APRN licence earned
    // through a graduate programme, so it is no first job for a registered nurse either.
    [GeneratedRegex(@"\b(certified|certification|certificate|certificated|diplomate|credentialed|registered(?! nurse)|nurse practitioner|nurse specialist|APRN)\b|\bCCRN\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialWord();

    [GeneratedRegex(@"\b[A-Z]{2,}-(C|BC)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CredentialSuffix();

    [GeneratedRegex(@"\b(trainee|apprentice|junior|jr|entry|intern|beginning|graduate|new grad|helper|level i|i)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Beginner();

    /// <summary>True when a title names a senior, elected, appointed or retiree-only post.</summary>
    public static bool IsNotEntry(string title) => NotEntry().IsMatch(title) || SeniorMarker().IsMatch(title) || IsCredential(title, "");

    /// <summary>True when a title names a certification or registry credential the occupation's own title does not.</summary>
    public static bool IsCredential(string title, string occupationTitle) =>
        CredentialSuffix().IsMatch(title)
        || CredentialWord().Matches(title).Any(m => !occupationTitle.Contains(m.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>As <see cref="IsNotEntry(string)"/>, except that a field marker in the occupation's own title is the job itself.</summary>
    public static bool IsNotEntry(string title, string occupationTitle) =>
        NotEntry().IsMatch(title) || SeniorMarker().Matches(title).Any(m => !occupationTitle.Contains(m.Value, StringComparison.OrdinalIgnoreCase))
        || IsCredential(title, occupationTitle);

    /// <summary>Up to <paramref name="count"/> entry titles, or none for occupations at the top of a ladder.</summary>
    public static IReadOnlyList<string> For(Occupation o, CareerFamily family, int count = 3)
    {
        if (family.Top || family.EntryNote is not null) return [];
        var own = Words(o.Title);
        var candidates = o.AlternateTitles.Select(a => a.Title).Concat(o.ReportedTitles)
            .Where(t => !IsNotEntry(t, o.Title) && t.Length <= 60 && !BareWord(t, own))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // The beginner-labelled ones first; then titles that share a word with the occupation's own, since a title
        // naming another role ("Research Scientist" for nanotechnology technicians) is that role's rung, not this
        // job's first; then plain titles as workers report them, the shortest (most general) first.
        return candidates.OrderByDescending(t => Beginner().IsMatch(t)).ThenByDescending(t => Words(t).Overlaps(own))
            .ThenBy(t => o.ReportedTitles.Contains(t) ? 0 : 1).ThenBy(t => t.Length).Take(count).ToList();
    }

    // A one-word title that shares nothing with the occupation's own ("Scientist" for hydrologists, "Caller" for
    // keno writers) matches thousands of unrelated postings; searching it would not find this job.
    private static bool BareWord(string title, HashSet<string> own) => !title.Contains(' ', StringComparison.Ordinal) && !Words(title).Overlaps(own);

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant().TrimEnd('s')).ToHashSet(StringComparer.Ordinal);
}
