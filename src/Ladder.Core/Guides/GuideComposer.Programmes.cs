using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>
    /// The programmes that lead to an occupation: the licence decision's mainstream programmes first, then the crosswalk's,
    /// ranked by shared words. The crosswalk links 6-digit SOC codes, so an O*NET detail code or an "All Other" group
    /// keeps only the programmes its own title or description supports (Robotics Engineers do not get Forest Engineering).
    /// </summary>
    private List<CipProgramme> RankProgrammes(Occupation occupation)
    {
        // A family can rule out a whole CIP series that NCES links but that leads elsewhere (content/families, notProgrammes).
        var excluded = catalog.Families.For(occupation.Code).NotProgrammes;
        var linked = catalog.Outlook.ProgrammesFor(occupation.Code)
            .Where(c => !excluded.Any(prefix => c.CipCode.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        var title = Words(occupation.Title);
        var description = Words(occupation.Description);
        var narrower = !occupation.Code.Value.EndsWith(".00", StringComparison.Ordinal) || occupation.Title.Contains("All Other", StringComparison.Ordinal);
        if (narrower)
        {
            // The broad group's own words ("Engineers", "Assistants") would tie every programme of the group to each of its
            // members; only words that set this occupation apart count as evidence.
            var group = catalog.FindByCode(occupation.Code.Soc + ".00") is { } parent ? Words(parent.Title) : [];
            title.RemoveWhere(w => group.Contains(w) || GroupNouns.Contains(w));
            description.RemoveWhere(GroupNouns.Contains);
        }
        var mainstream = catalog.Outlook.Licences.For(occupation.Code)?.Programmes ?? [];
        var first = mainstream.Select(cip => linked.FirstOrDefault(c => c.CipCode == cip)).OfType<CipProgramme>().ToList();
        var rest = linked
            .Where(c => !mainstream.Contains(c.CipCode))
            .Select(c => (Programme: c, Title: Shared(c, title), Description: Shared(c, description)))
            // One shared description word ("disease", "prevent") is too weak to tie a broad group's programme to a narrower occupation.
            .Where(x => !narrower || x.Title > 0 || x.Description >= 2)
            .OrderByDescending(x => Score(x.Programme, x.Title, x.Description))
            .ThenBy(x => x.Programme.CipCode, StringComparer.Ordinal)
            .Select(x => x.Programme);
        return first.Concat(rest).ToList();
    }

    private static int Shared(CipProgramme programme, HashSet<string> words) => Words(programme.Title).Count(w => words.Any(v => Meets(w, v)));

    /// <summary>Title words count most; description words confirm; a series' main programme and specific ones first; "Other" last.</summary>
    private double Score(CipProgramme programme, int titleWords, int descriptionWords)
    {
        var specificity = 1.0 / catalog.Outlook.OccupationsForProgramme(programme.CipCode);
        var catchAll = programme.Title.EndsWith(", Other", StringComparison.OrdinalIgnoreCase);
        // CIP numbers a series' main programme xx.xx01 ("Law", "Economics, General"): the mainstream among equals.
        var seriesMain = programme.CipCode.EndsWith("01", StringComparison.Ordinal) ? 0.5 : 0;
        return 2 * titleWords + 0.5 * Math.Min(descriptionWords, 2) + 0.3 * specificity + seriesMain - (catchAll ? 0.9 : 0);
    }

    /// <summary>Stems meet when equal, or when a three-letter word begins the other ("Law" meets "Lawyers").</summary>
    private static bool Meets(string a, string b) =>
        a == b || (a.Length == 3 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 3 && a.StartsWith(b, StringComparison.Ordinal));

    /// <summary>Four-letter word stems, so "Nursing" meets "Nurses" and "Electrician" meets "Electricians".</summary>
    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '/', '-', '.', '(', ')', '&', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !StopWords.Contains(w))
            .Select(w => w.ToLowerInvariant()[..Math.Min(4, w.Length)])
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal) { "assi", "engi", "anal", "teac", "work", "oper", "mana", "spec", "tech", "inst" };

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "the", "for", "with", "such", "from", "that", "into", "may", "use", "using", "other", "general", "related", "workers",
        "occupations", "all", "specialists", "science", "sciences", "studies", "except", "program", "programs", "technology",
        "technician", "technicians", "services", "management", "systems", "work", "including", "activities", "perform", "provide",
    };
}
