using System.Text.RegularExpressions;

namespace Ladder.Content;

/// <summary>
/// Whether an O*NET task's own words show seniority: it supervises, trains, plans, approves or signs for others. A
/// linguistic rule, not a fact about any field, so it lives in code; the verbs are the issue's list and their near
/// synonyms (direct, oversee, instruct, assign, authorize, certify, hire, mentor), matched at the start of the task.
/// </summary>
public static partial class SeniorityEvidence
{
    [GeneratedRegex(@"^(supervise|direct|oversee|plan|approve|sign|authorize|authorise|assign|certify|hire)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    // "Train horses" and "Instruct clients in exercises" are the work itself; training people who do the work is seniority.
    [GeneratedRegex(@"^(train|instruct|mentor|coach)s?\b(\W+\w+){0,6}?\W+(workers?|staff|employees?|personnel|crews?|apprentices?|trainees?|new|others|subordinates|assistants?|helpers?|operators?|technicians?|volunteers?|team|students? (teachers?|nurses?))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrainsPeople();

    public static bool Shows(string task) => Verb().IsMatch(task.TrimStart()) || TrainsPeople().IsMatch(task.TrimStart());
}
