using Ladder.Catalog;
using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    private const int MaxRoadmapSteps = 8;

    /// <summary>
    /// Puts the way in into the roadmap: the BLS entry requirements in the preparation step, and the apprenticeship
    /// route of the licence decision. Generic steps make room, last first.
    /// </summary>
    private IReadOnlyList<RoadmapStep> WithWayIn(IReadOnlyList<RoadmapStep> roadmap, Occupation occupation)
    {
        var steps = roadmap.Select(s => (s.Title, s.Detail)).ToList();
        var match = catalog.Outlook.ProjectionFor(occupation.Code);
        var p = match?.Projection;
        var preparation = steps.FindIndex(s => s.Title.Contains("preparation", StringComparison.OrdinalIgnoreCase));
        var programme = RankProgrammes(occupation).FirstOrDefault();
        if (p?.EntryEducation is not null && preparation < 0)
        {
            // No preparation step to fill in: add one rather than overwrite another step's words.
            preparation = Math.Min(1, steps.Count);
            steps.Insert(preparation, ("Get the right preparation", ""));
        }
        if (preparation < 0) preparation = Math.Min(1, steps.Count);
        if (p?.EntryEducation is { } education && preparation < steps.Count)
            steps[preparation] = (steps[preparation].Title,
                $"BLS lists {LowerFirst(education)} as the typical entry education" + (match!.Group(occupation.Code) is { } g ? $" for {g}" : "") +
                (p.Experience is { } e && e != "None" ? $", with {LowerFirst(e)} of experience in a related occupation" : "") + "." +
                NarrowerSurvey(occupation, education, match.Group(occupation.Code)) +
                (programme is not null ? $" A programme that leads here: {programme.Title} (CIP {programme.CipCode})." : ""));

        var training = new List<(string, string)>();
        var route = catalog.Outlook.Licences.For(occupation.Code)?.Training;
        if (route is { Route: Licences.TrainingRouteKind.Apprenticeship })
            training.Add(("Join an apprenticeship", $"{route.Detail}{(route.Length is { } length ? $", {length}" : "")}" +
                (route.Hours is { } hours ? $" ({hours.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} hours of paid work)" : "") +
                ". You are paid while you learn. Search https://www.apprenticeship.gov/apprenticeship-job-finder."));
        // The apprenticeship is how the preparation happens; the licence step comes after it.
        if (!steps.Any(s => s.Title == training.FirstOrDefault().Item1)) steps.InsertRange(Math.Min(preparation + 1, steps.Count), training);
        // Generic steps give way to the required ones, the least specific first.
        foreach (var optional in new[] { "Add complementary skills", "Show your work", "Grow toward the next level", "Practise the real tasks" })
        {
            if (steps.Count <= MaxRoadmapSteps) break;
            var i = steps.FindIndex(s => s.Title == optional);
            if (i >= 0) steps.RemoveAt(i);
            // Without its own step, the portfolio is still named once, where the reader applies.
            if (i >= 0 && optional == "Show your work" && steps.FindIndex(s => s.Title == "Apply for entry-level roles") is var apply and >= 0)
                steps[apply] = (steps[apply].Item1, steps[apply].Item2.TrimEnd('.') + ", and prepare examples of your work for interviews.");
        }
        return steps.Take(MaxRoadmapSteps).Select((s, i) => new RoadmapStep(i + 1, s.Title, s.Detail)).ToList();
    }

    /// <summary>
    /// Where BLS's entry education is for a broader group, the occupation's own O*NET survey when most of its workers
    /// hold more: neuropsychologists are in "Psychologists, All Other" (master's), but 84% of them report post-doctoral
    /// training, which their licence requires. Said beside BLS's figure so the step and the licence do not disagree.
    /// </summary>
    private static string NarrowerSurvey(Occupation occupation, string education, string? group)
    {
        if (group is null) return "";
        var mode = occupation.Education.Where(e => e.Percent >= 50).OrderByDescending(e => e.Percent).FirstOrDefault();
        return mode is not null && EntryVocabulary.SurveyRank(mode.Category) > EntryVocabulary.EducationRank(education)
            ? $" This occupation's own workers report more in O*NET's education survey: most answer '{ShortLevel(mode.Level)}' ({mode.Percent.ToString("0", System.Globalization.CultureInfo.InvariantCulture)}%)."
            : "";
    }

    /// <summary>
    /// A curated role's outlook and entry facts are its primary occupation's, and the page says so; a role with its
    /// own licence decision is shown instead of its primary occupation's.
    /// </summary>
    private Guide WithRoleFacts(Guide guide, Role role)
    {
        var primary = role.Primary;
        var outlook = guide.Outlook.Available
            ? guide.Outlook with { Note = $"Figures for this role's primary occupation, {primary.Code.Value} {primary.Title}." + (guide.Outlook.Note is { } n ? " " + n : "") }
            : guide.Outlook;
        return guide with
        {
            Outlook = outlook,
            Credentials = ComposeCredentials(role),
        };
    }
}
