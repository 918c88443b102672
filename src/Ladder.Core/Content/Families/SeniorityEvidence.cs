using System.Text.RegularExpressions;

namespace Ladder.Content;

/// <summary>
/// Whether an O*NET task's own words show seniority: it supervises, trains, plans, approves or signs for others. A
/// linguistic rule, not a fact about any field, so it lives in code; the verbs are the issue's list and their near
/// synonyms (direct, oversee, instruct, assign, authorize, certify, hire, mentor), matched at the start of the task.
/// Three of them are often the work itself, so their object decides (<see cref="AssignsWork"/>, <see cref="PlansOthersWork"/>,
/// <see cref="DirectsThePublic"/>).
/// </summary>
public static partial class SeniorityEvidence
{
    [GeneratedRegex(@"^(supervise|direct|oversee|approve|sign|authorize|authorise|certify|hire)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    // "Assign duties to workers" hands out others' work; "Assign the patient to diagnosis-related groups", "Assign patrons to
    // tables" and "Assign lessons" are the work itself. Only an object that is work or the people who do it is seniority.
    [GeneratedRegex(@"^assigns?((,\s*(and\s+|or\s+)?|\s+(and|or)\s+)\w+)*(\s+(the|appropriate|new|daily))*\s+(work|duties|tasks|responsibilities|assignments|activities|staff|personnel|workers|crews|employees|subordinates|schedules|stories)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssignsWork();

    // "Plan the layout of the carpet", "Plan menus", "Plan routes" and "Plan and conduct programs" are a worker planning their
    // own job; planning is seniority when it goes with directing, supervising or managing (not a class's field trips), or
    // its object is budgets, policies, strategy, staffing or the work of others.
    [GeneratedRegex(@"^plans?\b(?!.*\b(class projects|experiential|field trips)\b)((,\s*(and\s+|or\s+)?|\s+(and|or)\s+)(direct|coordinate|supervise|manage|oversee|administer|lead)\b|(\W+\w+){0,4}?\W+(budgets?|policies|strateg\w+|staffing|work of)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlansOthersWork();

    // "Direct patrons to rides", "Direct traffic", "Direct pilots to runways" and "Direct patients in simple exercises" guide
    // the public or traffic as the work itself, not subordinates.
    [GeneratedRegex(@"^directs?\b(\s+(and|or)\s+\w+)?\s+(the\s+)?(\w+\s+)?(patrons|pilots|traffic|vehicles|movements?|courses|pedestrians|motorists|mourners|patients|passengers|items|customers|guests|visitors|callers|truck drivers|delivery trucks)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectsThePublic();

    // "Train horses" and "Instruct clients in exercises" are the work itself; training people who do the work is seniority.
    [GeneratedRegex(@"^(train|instruct|mentor|coach)s?\b(\W+\w+){0,6}?\W+(workers?|staff|employees?|personnel|crews?|apprentices?|trainees?|new|others|subordinates|assistants?|helpers?|operators?|technicians?|volunteers?|team|students? (teachers?|nurses?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrainsPeople();

    public static bool Shows(string task)
    {
        var t = task.TrimStart();
        return (Verb().IsMatch(t) && !DirectsThePublic().IsMatch(t)) || AssignsWork().IsMatch(t) || PlansOthersWork().IsMatch(t) || TrainsPeople().IsMatch(t);
    }
}
