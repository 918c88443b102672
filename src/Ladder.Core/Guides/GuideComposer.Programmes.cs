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
        // O*NET's alternate titles for this occupation ("Intraoperative Neuromonitoring Technologist" for neurodiagnostic
        // technologists) are evidence too, but only for keeping a narrower occupation's programme, never for ranking.
        var alternates = Words(string.Join(" ", occupation.AlternateTitles.Select(a => a.Title)));
        var narrower = !occupation.Code.Value.EndsWith(".00", StringComparison.Ordinal) || occupation.Title.Contains("All Other", StringComparison.Ordinal);
        if (narrower)
        {
            // The broad group's own words ("Engineers", "Assistants") would tie every programme of the group to each of its
            // members; only words that set this occupation apart count as evidence.
            var group = catalog.FindByCode(occupation.Code.Soc + ".00") is { } parent ? Words(parent.Title) : [];
            title.RemoveWhere(w => group.Contains(w) || GroupNouns.Contains(w));
            description.RemoveWhere(GroupNouns.Contains);
            alternates.RemoveWhere(w => group.Contains(w) || GroupNouns.Contains(w));
        }
        var mainstream = catalog.Outlook.Licences.For(occupation.Code)?.Programmes ?? [];
        var first = mainstream.Select(cip => linked.FirstOrDefault(c => c.CipCode == cip)).OfType<CipProgramme>().ToList();
        var rest = linked
            .Where(c => !mainstream.Contains(c.CipCode))
            .Select(c => (Programme: c, Title: Shared(c, title), Description: Shared(c, description), Covered: Covered(c, title, description)))
            // One shared description word ("disease", "prevent") is too weak to tie a broad group's programme to a narrower occupation.
            .Where(x => !narrower || x.Title > 0 || x.Description >= 2 || Shared(x.Programme, alternates) >= 2)
            .OrderByDescending(x => Score(x.Programme, x.Title, x.Description) + x.Covered)
            .ThenBy(x => x.Programme.CipCode, StringComparer.Ordinal)
            .Select(x => x.Programme);
        return first.Concat(rest).ToList();
    }

    // The occupation's words the programme meets, each once: "Cheminformatics/Chemistry" meets "chemistry" once, not twice.
    private static int Shared(CipProgramme programme, HashSet<string> words)
    {
        var own = Words(programme.Title);
        return words.Count(v => own.Any(w => Meets(w, v)));
    }

    /// <summary>
    /// The share of the programme's own words that the occupation's title or description supports: "Chemistry, General"
    /// (all of it) before "Cheminformatics/Chemistry Informatics" (not "informatics") for chemistry teachers.
    /// </summary>
    private static double Covered(CipProgramme programme, HashSet<string> title, HashSet<string> description)
    {
        var words = Words(programme.Title);
        return words.Count == 0 ? 0 : (double)words.Count(w => title.Any(v => Meets(w, v)) || description.Any(v => Meets(w, v))) / words.Count;
    }

    /// <summary>Title words count most; description words confirm; a series' main programme and specific ones first; "Other" last.</summary>
    private double Score(CipProgramme programme, int titleWords, int descriptionWords)
    {
        var specificity = 1.0 / catalog.Outlook.OccupationsForProgramme(programme.CipCode);
        var catchAll = programme.Title.EndsWith(", Other", StringComparison.OrdinalIgnoreCase);
        // CIP numbers a series' main programme xx.xx01 ("Law", "Economics, General"): the mainstream among equals.
        var seriesMain = programme.CipCode.EndsWith("01", StringComparison.Ordinal) ? 0.5 : 0;
        return 2 * titleWords + 0.5 * Math.Min(descriptionWords, 2) + 0.3 * specificity + seriesMain - (catchAll ? 0.9 : 0);
    }

    /// <summary>
    /// Stems meet when equal, when a three-letter word begins the other ("Law" meets "Lawyers"), or when one is a whole
    /// word that begins a compound of the other and a word of three letters or more follows ("Rail" meets "Railroad" and
    /// "Railway"; "plan" does not meet "Planning", whose stem is "plann").
    /// </summary>
    private static bool Meets(string a, string b) =>
        a == b || (a.Length == 3 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 3 && a.StartsWith(b, StringComparison.Ordinal))
        || Compound(a, b) || Compound(b, a);

    private static bool Compound(string head, string word) =>
        head.Length >= 4 && word.Length - head.Length >= 3 && word.StartsWith(head, StringComparison.Ordinal);

    /// <summary>
    /// Whole words reduced to their stem, so "Nursing" meets "Nurses", "Electrician" meets "Electrical" and "Planners"
    /// meets "Planning". A four-letter prefix was too loose: "plan" and "comm" in a biofuels manager's description
    /// ("plan … commercial potential") tied it to City/Urban, Community, and Regional Planning.
    /// </summary>
    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '/', '-', '.', '(', ')', '&', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !StopWords.Contains(w))
            .Select(w => Stem(w.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);

    // Endings stripped, longest first, as long as four letters remain: plurals, then the forms that name a field, its
    // workers or its work (account-ing, account-ant-s; engine-er-ing, engine-er-s; manag-e-ment, manag-er; forest-ry,
    // forest-er-s; allerg-y, allerg-ists; protect-ion, protect-ive; investig-ation, investig-ators).
    private static readonly string[] Suffixes = ["ations", "ation", "ators", "ator", "ions", "ion", "ive", "ments", "ment", "ings", "ing", "ians", "ian", "ists", "ist", "ants", "ant", "ers", "er", "ors", "or", "ics", "ic", "als", "al", "ies", "es", "s", "e", "ry", "y"];

    internal static string Stem(string word)
    {
        var stripped = false;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var suffix in Suffixes)
                if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    word = word[..^suffix.Length];
                    changed = stripped = true;
                    break;
                }
        }
        // An ending that doubled the consonant before it leaves it doubled: "planning" is "plan", "programming" "program".
        return stripped && word.Length >= 4 && word[^1] == word[^2] && !"aeiouls".Contains(word[^1]) ? word[..^1] : word;
    }

    private static readonly HashSet<string> GroupNouns = new(new[] { "assistant", "engineer", "analyst", "teacher", "worker", "operator", "manager", "specialist", "technician", "installer", "instructor" }.Select(Stem), StringComparer.Ordinal);

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "the", "for", "with", "such", "from", "that", "into", "may", "use", "using", "other", "general", "related", "workers",
        "occupations", "all", "specialists", "science", "sciences", "studies", "except", "program", "programs", "technology",
        "technician", "technicians", "services", "management", "systems", "work", "including", "activities", "perform", "provide",
    };
}
