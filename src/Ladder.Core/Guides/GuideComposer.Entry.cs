using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    private const int MaxProgrammes = 8;
    private const string ProgrammeRanking =
        "Ranked by how many words of the occupation's title the programme shares, then by how few occupations NCES links the programme to " +
        "(a programme that leads to few occupations is more specific); 'Other' and 'General' programmes come after the named ones.";

    /// <summary>The way in: BLS entry requirements, O*NET education shares, programmes of study, apprenticeship.</summary>
    internal GuideEntry ComposeEntry(Occupation occupation, IReadOnlyList<EducationLevelShare> shares)
    {
        var p = catalog.Outlook.ProjectionFor(occupation.Code)?.Projection;
        var programmes = RankProgrammes(occupation);
        var summary = p?.EntryEducation is { } education
            ? $"BLS: typical entry education: {LowerFirst(education)}; work experience in a related occupation: {LowerFirst(p.Experience ?? "not available")}; " +
              $"on-the-job training: {LowerFirst(p.Training ?? "not available")}."
            : $"not available: BLS publishes no entry requirements for SOC {occupation.Code.Soc}.";
        if (shares.Count > 0)
            summary += $" O*NET's education survey: the most common answer is '{shares[0].Level}' ({shares[0].Percent.ToString("0", System.Globalization.CultureInfo.InvariantCulture)}% of workers).";
        var sources = new List<SourceNote>
        {
            new("Entry education, experience and training", ProjectionsSource + ", Table 1.2", OutlookSources.ProjectionsPublished, OutlookSources.ProjectionsUrl),
            new("Education survey shares", OnetSource, OnetAsOf, OnetUrl),
            new("Programmes of study", OutlookSources.CrosswalkCitation, OutlookSources.CrosswalkAsOf, OutlookSources.CrosswalkUrl),
        };
        return new GuideEntry
        {
            Education = p?.EntryEducation,
            EducationRank = EntryVocabulary.EducationRank(p?.EntryEducation),
            Experience = p?.Experience,
            Training = p?.Training,
            Summary = summary,
            EducationShares = shares,
            Programmes = programmes.Take(MaxProgrammes).Select(c => new GuideProgramme(c.CipCode, c.Title)).ToList(),
            ProgrammesTotal = programmes.Count,
            ProgrammeRanking = ProgrammeRanking,
            Apprenticeship = TrainingRoute(occupation) ?? Apprenticeship(p?.Training),
            Sources = sources,
        };
    }

    /// <summary>The licence decision's apprenticeship, when its source gives the length.</summary>
    private string? TrainingRoute(Occupation occupation) =>
        catalog.Outlook.Licences.For(occupation.Code)?.Training is { Route: Licences.TrainingRouteKind.Apprenticeship, MinYears: not null } t
            ? $"{t.Detail}{(t.Length is { } length ? $", {length}" : "")}" +
              (t.Hours is { } hours ? $", {hours.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} hours" : "") + "."
            : null;

    private static string? Apprenticeship(string? training) => training switch
    {
        "Apprenticeship" =>
            "BLS lists an apprenticeship as the typical training. Registered apprenticeships are paid jobs that combine on-the-job training " +
            "(about 2,000 hours a year) with technical instruction (at least 144 hours a year), usually over three to five years. " +
            "Find programmes at https://www.apprenticeship.gov/apprenticeship-job-finder.",
        "Internship/residency" =>
            "BLS lists an internship or residency as the typical training: supervised practice after the degree, before working independently.",
        _ => null,
    };

    private List<Outlook.CipProgramme> RankProgrammes(Occupation occupation)
    {
        var words = Words(occupation.Title);
        return catalog.Outlook.ProgrammesFor(occupation.Code)
            .Select(c => (Programme: c, Score: Score(c, words)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Programme.CipCode, StringComparer.Ordinal)
            .Select(x => x.Programme)
            .ToList();
    }

    private double Score(Outlook.CipProgramme programme, HashSet<string> titleWords)
    {
        var shared = Words(programme.Title).Count(titleWords.Contains);
        var specificity = 1.0 / catalog.Outlook.OccupationsForProgramme(programme.CipCode);
        var catchAll = programme.Title.EndsWith(", Other", StringComparison.OrdinalIgnoreCase) || programme.Title.EndsWith(", General", StringComparison.OrdinalIgnoreCase);
        return shared + specificity - (catchAll ? 0.9 : 0);
    }

    /// <summary>Four-letter word stems, so "Nursing" meets "Nurses" and "Electrician" meets "Electricians".</summary>
    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '/', '-', '.', '(', ')', '&'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !StopWords.Contains(w))
            .Select(w => w.ToLowerInvariant()[..4])
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "except", "other", "general", "related", "workers", "occupations", "all", "specialists", "science", "sciences", "studies",
    };
}
