using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    private const int MaxProgrammes = 8;
    private const string ProgrammeRanking =
        "The mainstream programme named in the occupation's licence decision comes first; the rest are ranked by the words of the occupation's " +
        "title (then its O*NET description) the programme shares, then by how few occupations NCES links it to; 'Other' programmes come last. " +
        "A detailed O*NET occupation or an 'All Other' group keeps only the programmes its title or description supports.";

    /// <summary>The way in: BLS entry requirements, O*NET education shares, programmes of study, apprenticeship.</summary>
    internal GuideEntry ComposeEntry(Occupation occupation, IReadOnlyList<EducationLevelShare> shares)
    {
        var match = catalog.Outlook.ProjectionFor(occupation.Code);
        var p = match?.Projection;
        var group = match?.Group(occupation.Code);
        var programmes = RankProgrammes(occupation);
        var summary = p?.EntryEducation is { } education
            ? $"{(group is null ? "BLS" : $"BLS's figures for {group}")}: typical entry education: {LowerFirst(education)}; work experience in a related occupation: {LowerFirst(p.Experience ?? "not available")}; " +
              $"on-the-job training: {LowerFirst(p.Training ?? "not available")}."
            : $"not available: BLS publishes no entry requirements for SOC {occupation.Code.Soc}.";
        var disagreement = SurveyDisagreement(occupation);
        if (disagreement is not null) summary += " " + disagreement;
        else if (shares.Count > 0)
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
            FiguresFor = p?.EntryEducation is null ? null : group,
            Summary = summary,
            EducationShares = shares,
            EducationSurveyNote = disagreement,
            Programmes = programmes.Take(MaxProgrammes).Select(c => new GuideProgramme(c.CipCode, c.Title)).ToList(),
            ProgrammesTotal = programmes.Count,
            ProgrammeRanking = ProgrammeRanking,
            ProgrammeNote = programmes.Count > 0 ? null
                : catalog.Outlook.ProgrammesFor(occupation.Code).Count > 0
                ? $"No programme is specific to this occupation: the {catalog.Outlook.ProgrammesFor(occupation.Code).Count} programmes NCES links to SOC {occupation.Code.Soc} are for its broader group, and neither this occupation's title nor its O*NET description names them."
                : "not available: the NCES crosswalk links no programme to this occupation.",
            Apprenticeship = TrainingRoute(occupation) ?? Apprenticeship(p?.Training),
            Sources = sources,
        };
    }

    /// <summary>
    /// When O*NET's survey mode sits <see cref="EntryVocabulary.FarApart"/> or more levels from BLS's typical entry
    /// education, the sentence that says they disagree and which one the guide follows; null when they agree or either is
    /// missing. BLS's figure is how people enter the work today, and it is what the roadmap and the licence route build on
    /// (44% of hearing aid specialists answering "doctoral degree" describes audiologists, not the way in).
    /// </summary>
    internal string? SurveyDisagreement(Occupation occupation)
    {
        var bls = catalog.Outlook.ProjectionFor(occupation.Code)?.Projection.EntryEducation;
        var blsRank = EntryVocabulary.EducationRank(bls);
        var mode = occupation.Education.Where(e => e.Percent >= 1).OrderByDescending(e => e.Percent).FirstOrDefault();
        if (bls is null || blsRank < 0 || mode is null || EntryVocabulary.SurveyRank(mode.Category) is var rank && (rank < 0 || Math.Abs(rank - blsRank) < EntryVocabulary.FarApart))
            return null;
        var licensed = catalog.Outlook.Licences.For(occupation.Code) is { RequiredToWork: true, Credential: { } credential } ? $" and the {LowerFirst(credential)} route" : "";
        return $"O*NET's education survey disagrees: its most common answer, '{ShortLevel(mode.Level)}' ({mode.Percent.ToString("0", System.Globalization.CultureInfo.InvariantCulture)}% of workers surveyed), " +
               $"is far {(rank > blsRank ? "above" : "below")} BLS's {LowerFirst(bls)}. This guide follows BLS{licensed}, which describe how people enter the work.";
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
}
