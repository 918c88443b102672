using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    private const int MaxRoadmapSteps = 8;

    /// <summary>
    /// Puts the way in into the roadmap: the BLS entry requirements in the preparation step, the apprenticeship,
    /// and a step for each legally required credential before applying. Generic steps make room, last first.
    /// </summary>
    private IReadOnlyList<RoadmapStep> WithWayIn(IReadOnlyList<RoadmapStep> roadmap, Occupation occupation, GuideCredentials credentials)
    {
        var steps = roadmap.Select(s => (s.Title, s.Detail)).ToList();
        var p = catalog.Outlook.ProjectionFor(occupation.Code)?.Projection;
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
                $"BLS lists {LowerFirst(education)} as the typical entry education" +
                (p.Experience is { } e && e != "None" ? $", with {LowerFirst(e)} of experience in a related occupation" : "") + "." +
                (programme is not null ? $" A programme that leads here: {programme.Title} (CIP {programme.CipCode})." : ""));

        var inserts = new List<(string, string)>();
        var training = new List<(string, string)>();
        var apprenticeship = credentials.Items.FirstOrDefault(c => c.Kind == "apprenticeship");
        if (apprenticeship is not null)
            training.Add(("Join an apprenticeship", $"{apprenticeship.Name}, run by {apprenticeship.Issuer}: {apprenticeship.Time}. You are paid while you learn."));
        else if (p?.Training == "Apprenticeship")
            training.Add(("Join an apprenticeship", "BLS lists an apprenticeship as the typical training: a paid job with classroom instruction, usually three to five years. Search https://www.apprenticeship.gov/apprenticeship-job-finder."));
        foreach (var c in credentials.Items.Where(c => c.Status == "required" && c.Kind is not ("apprenticeship" or "none")).Take(2))
            inserts.Add((CredentialStepTitle(c), $"{c.Name} from {c.Issuer}; typical time: {c.Time}. Required before you can work in this occupation."));
        // The apprenticeship is how the preparation happens; licences come after it and before applying.
        if (!steps.Any(s => s.Title == training.FirstOrDefault().Item1)) steps.InsertRange(Math.Min(preparation + 1, steps.Count), training);
        // The curated credentials name the exam, the issuer and the time, so they replace the roadmap's generic
        // licence step; they come after the supervised practice of the programme and before applying.
        if (inserts.Count > 0) steps.RemoveAll(s => s.Title == "Get licensed");
        var apply = steps.FindIndex(s => s.Title.StartsWith("Apply", StringComparison.OrdinalIgnoreCase));
        steps.InsertRange(apply >= 0 ? apply : steps.Count, inserts);
        // Generic steps give way to the required ones, the least specific first.
        foreach (var optional in new[] { "Add complementary skills", "Show your work", "Grow toward the next level", "Practise the real tasks" })
        {
            if (steps.Count <= MaxRoadmapSteps) break;
            var i = steps.FindIndex(s => s.Title == optional);
            if (i >= 0) steps.RemoveAt(i);
        }
        return steps.Take(MaxRoadmapSteps).Select((s, i) => new RoadmapStep(i + 1, s.Title, s.Detail)).ToList();
    }

    private static string CredentialStepTitle(GuideCredential c)
    {
        var name = c.Name.StartsWith("State ", StringComparison.Ordinal) ? LowerFirst(c.Name) : c.Name;
        if (name.Contains("training", StringComparison.OrdinalIgnoreCase)) return $"Complete {name}";
        return c.Kind switch
        {
            "exam" => $"Pass the {name}",
            "registration" => $"Register: {name}",
            "certification" => $"Earn the {name}",
            _ => $"Get your {name}",
        };
    }

    /// <summary>
    /// A curated role's outlook and entry facts are its primary occupation's, and the page says so; a role with its
    /// own credentials entry shows those instead of its primary occupation's.
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
            Credentials = catalog.Outlook.CredentialsForRole(role.Slug) is null ? guide.Credentials : ComposeCredentials(role),
        };
    }
}
