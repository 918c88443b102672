using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>Ordered steps, each built from this occupation's ranked data; steps with no evidence behind them are left out.</summary>
    private IReadOnlyList<RoadmapStep> Roadmap(Occupation occupation, CareerFamily family, GuideEvidence evidence,
        IReadOnlyList<Technology> technologies, IReadOnlyList<string> tasks, BreakIn breakIn)
    {
        var steps = new List<(string Title, string Detail)>(9);
        var closest = occupation.Tasks.Count == 0 && occupation.Skills.Count == 0 ? Closest(occupation).Take(3).Select(o => o.Title).ToList() : [];
        var pointsToDetailed = closest.Count > 0;
        if (pointsToDetailed)
            steps.Add(("Start from a detailed occupation", $"O*NET describes no tasks or skills for this category, so read the guides for {JoinTitles(closest)} and follow the roadmap of the one closest to the job you want."));
        var decision = catalog.Outlook.Licences.For(occupation.Code);
        var licence = decision is { RequiredToWork: true } ? decision : null;
        var knowledge = occupation.Knowledge.Where(k => Advisable(k, evidence) && evidence.AboveBaseline(k) > 0)
            .OrderByDescending(evidence.AboveBaseline).Take(3).Select(k => k.Name).ToList();
        if (knowledge.Count > 0)
        {
            var tools = family.HandsOn ? evidence.RankTools(occupation).Take(3).ToList() : [];
            steps.Add(("Learn what the work rests on",
                $"Study {Join(knowledge)}: the knowledge areas this occupation needs most above the average U.S. job (O*NET importance × level)" +
                (tools.Count > 0 ? $". Get to know its characteristic equipment, such as {Join(tools)}." : ".")));
        }

        var zone = catalog.JobZone(occupation.JobZone);
        if (zone is not null)
            steps.Add(("Get the right preparation", $"{zone.Education} ({zone.Name.Replace("Job Zone", "O*NET job zone", StringComparison.Ordinal)})."));

        var skills = occupation.Skills.Where(s => Advisable(s, evidence) && evidence.AboveBaseline(s) > 0)
            .OrderByDescending(evidence.AboveBaseline).Take(3).Select(s => s.Name).ToList();
        if (skills.Count > 0)
            steps.Add(("Build the distinctive skills", $"Practise {Join(skills)}, which this work needs well above the average job (O*NET importance × level)."));

        // Only In Demand speaks about this occupation's postings; a Hot flag alone (SAP, Excel) is true of most jobs. A family
        // whose newcomers should not start from software (pilots told to "learn R") says so in its data (softwareStep: false).
        var ownSoftware = family.SoftwareStep ? technologies.Where(t => !OfficeWork.IsGenericFor(catalog.WorkKindOf(occupation.Code), t.Name)).ToList() : [];
        var software = ownSoftware.Where(t => t.InDemand).Take(3).Select(t => t.Name).ToList();
        if (software.Count > 0)
            steps.Add(("Learn the software employers ask for",
                $"Learn {Join(software)}: O*NET flags {(software.Count == 1 ? "it" : "them")} as in demand in job postings for this occupation."));
        // Without In Demand evidence, hands-on work gets no software step: O*NET lists Revit and Primavera for
        // construction laborers because their sites use them, not because a laborer must learn them.
        else if (!family.HandsOn && family.SoftwareStep
                 && ownSoftware.Take(3).Select(t => t.Name).ToList() is { Count: > 0 } used)
            steps.Add(("Get to know the software of the trade",
                $"Get familiar with {Join(used)}: among the software O*NET lists for this occupation, the most specific to it and its closest neighbours."));

        var hazard = catalog.Hazards.GetValueOrDefault(occupation.Code.Value);
        if (licence is not null && family.Key == "teaching")
            // Teaching is practised in front of a class, not "safely": the supervised part is student teaching.
            steps.Add(("Student-teach", $"Classroom practice comes as student teaching inside your teacher-preparation programme, supervised by a licensed teacher. Public schools need you to hold the {LowerFirst(licence.Credential!)} before you lead a class on your own."));
        else if (licence is { Training: null } && !family.Top && family.Practice is { } known && !known.Detail.Contains("{task}", StringComparison.Ordinal))
            // A licence with no training route of its own (a gaming licence is a background check) says nothing of how the
            // work is learned; the family's step does (dealer school, casino classes), and the licence rule stays beside it.
            steps.Add((known.Title, $"{known.Detail} Do not do the licensed work itself on your own until you hold the {LowerFirst(licence.Credential!)}."));
        else if (licence is not null)
            steps.Add(("Practise safely", $"{SupervisedBy(licence.Training)}Do not do the licensed work itself on your own until you hold the {LowerFirst(licence.Credential!)}."));
        else if (hazard is { Training: { } training, Summary: { } dangers })
            // Dangerous work is learned under trainers; the step says how, never where to try the task.
            steps.Add(("Train before you touch the work", $"{training} Why it matters: {LowerFirst(dangers.TrimEnd('.'))} ({hazard.Page}, BLS Handbook)."));
        else if (PracticeStep(family, tasks, hazard?.Summary is not null) is { } practice)
            steps.Add(practice);

        // The licence comes after the supervised practice of the training and before applying.
        if (LicenceStep(decision) is { } licenceStep) steps.Add(licenceStep);

        if (steps.Count == 0)
            steps.Add(("Check what employers ask for", "O*NET publishes no preparation rating for this occupation, so compare the requirements in several current postings."));
        if (family.Portfolio is { } portfolio)
            steps.Add(("Show your work", portfolio));

        // The way in's own note and titles, so the roadmap's step and the way in say the same.
        var titles = breakIn.EntryTitles;
        // A residual category's titles span unlike jobs ("Herb Doctor" and "Resident Intern" in one list): the guide of the
        // detailed occupation it pointed to first gives titles that belong together.
        steps.Add(pointsToDetailed && titles.Count > 0
            ? ("Apply for entry-level roles", "This category pools unlike jobs, so search for the entry-level titles that the guide of the detailed occupation closest to yours gives.")
            : family.Top || titles.Count == 0
            ? ("How people get there", breakIn.EntryNote ?? "Check current postings for the titles employers use.")
            : ("Apply for entry-level roles", $"Search for openings titled {JoinTitles(titles)}."));

        if (family.Stages.Count > 1)
            steps.Add(("Grow toward the next stage", $"Next on the ladder: {family.Stages[1].Label}. {family.Stages[1].Responsibilities[0]}."));
        return steps.Select((s, i) => new RoadmapStep(i + 1, s.Title, s.Detail)).ToList();
    }

    /// <summary>O*NET's "important" (3 of 5): the least a rating must reach to become advice.</summary>
    public const double AdviceImportance = 3.0;

    /// <summary>
    /// Advice needs a rating of at least "important" whose 95% interval lies wholly above the average occupation's
    /// importance for the same element: this job reliably needs it more than most. The interval rules out noise
    /// ("Study Transportation" for fast-food cooks: 3.26, interval down to 1.85, below the average job's); the average rules
    /// out what every job needs about as much (Public Safety and Security for museum technicians: 3.30, down to 2.84,
    /// about the average job's), while a field's own knowledge, rated by fewer analysts with a wider interval, stays
    /// (their Fine Arts: 3.48, down to 2.40, far above the average job's 1.6). A fixed floor of 2.5 had kept the first
    /// and dropped the second.
    /// </summary>
    private static bool Advisable(SkillRating r, GuideEvidence evidence) =>
        r.Importance >= AdviceImportance && r.ImportanceLow > evidence.MeanImportance(r);

    /// <summary>
    /// The family's practice step. A step that names a task ({task}) is only for safe work (validated at import for
    /// hazardous families) and only where the occupation has a task; top-of-ladder occupations are reached, not practised.
    /// </summary>
    private static (string, string)? PracticeStep(CareerFamily family, IReadOnlyList<string> tasks, bool dangerous)
    {
        if (family.Practice is not { } p || family.Top) return null;
        if (!p.Detail.Contains("{task}", StringComparison.Ordinal)) return (p.Title, p.Detail);
        // An occupation the Handbook calls dangerous never gets an invitation to try its task, whatever its family.
        return tasks.Count > 0 && !family.Hazardous && !dangerous ? (p.Title, p.Detail.Replace("{task}", LowerFirst(tasks[0].TrimEnd('.')), StringComparison.Ordinal)) : null;
    }
    /// <summary>The roadmap's one licence step, in the words of the occupation's licence decision; null when none is needed.</summary>
    private static (string Title, string Detail)? LicenceStep(Licences.LicenceDecision? d)
    {
        if (d is null || d.Kind == Licences.LicenceKind.None) return null;
        var exam = d.Exam is { } e ? $" Exam: {e}." : "";
        var time = d.Time is { } t ? $" Typical route: {t}." : "";
        return d.Kind switch
        {
            Licences.LicenceKind.EveryState or Licences.LicenceKind.MostStates or Licences.LicenceKind.Federal =>
                ("Get licensed", $"{GuideLicence.RequirementOf(d)}: {LowerFirst(d.Credential!)}, from {d.Issuer}, before you may do this work.{exam}{time}"),
            Licences.LicenceKind.SomeStates =>
                ("Check whether your state licenses this work", $"Some states require {LowerFirst(d.Credential!)}, from {d.Issuer}.{exam}{time} Check your state's licensing board before you start."),
            _ => ("Know which work needs a licence", $"{d.Credential} from {d.Issuer} is needed only {d.OnlyFor}.{exam}{time}"),
        };
    }

    /// <summary>Where the supervised practice happens, in the words of the decision's training route; empty when it names none.</summary>
    private static string SupervisedBy(Licences.Training? training) => training?.Route switch
    {
        Licences.TrainingRouteKind.Apprenticeship => "Practical hours come inside your apprenticeship, supervised by licensed journeyworkers. ",
        Licences.TrainingRouteKind.Residency or Licences.TrainingRouteKind.SupervisedPractice => "Practical hours come inside your programme and supervised practice, under licensed practitioners. ",
        Licences.TrainingRouteKind.Academy => "The work is learned at the academy and in field training, under instructors. ",
        Licences.TrainingRouteKind.EmployerTraining => "The work is learned in the employer's training, under qualified staff. ",
        Licences.TrainingRouteKind.Programme => "Practical hours come inside your training programme, under instructors. ",
        _ => "",
    };


    /// <summary>Tools are shown where they define the work, most specific first; desk work shows none.</summary>
    private static IReadOnlyList<string> ToolsShown(Occupation occupation, CareerFamily family, GuideEvidence evidence) =>
        family.HandsOn
            ? evidence.RankTools(occupation).Take(15).ToList()
            : [];

    internal static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            2 => $"{list[0]} and {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }

    /// <summary>
    /// "Barber licence" → "barber licence" inside a sentence; an acronym ("EMT licence") or a name whose next word is
    /// capitalised too ("Merchant Mariner Credential", "Professional Engineer (PE) licence") keeps its capital.
    /// </summary>
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            && !(text.IndexOf(' ') is var space and > 0 && space + 1 < text.Length && char.IsUpper(text[space + 1]))
            ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
