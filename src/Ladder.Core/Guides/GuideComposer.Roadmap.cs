using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>Seven ordered steps, each built from this occupation's own data.</summary>
    private IReadOnlyList<RoadmapStep> Roadmap(Occupation occupation, IReadOnlyList<GuideSkill> skills)
    {
        var steps = new List<(string Title, string Detail)>(8);
        var tech = occupation.Technologies.Select(t => t.Name).Distinct().ToList();
        var knowledge = occupation.Knowledge.Take(3).Select(k => k.Name).ToList();

        // Desk professions start from their software; hands-on work starts from knowledge and physical tools.
        var deskWork = occupation.Code.MajorGroup is "11" or "13" or "15" or "17" or "19" or "23" or "27" or "43";
        if (deskWork && tech.Count >= 3)
        {
            steps.Add(("Learn the fundamentals",
                $"Start with {Join(tech.Take(3))}: the tools O*NET lists first for this occupation (in-demand tools first)."));
        }
        else if (knowledge.Count > 0)
        {
            var tools = occupation.Tools.Take(3).ToList();
            steps.Add(("Learn the fundamentals",
                $"Start with {Join(knowledge)}, the knowledge areas O*NET rates most important here" +
                (tools.Count > 0 ? $", and get hands-on with tools such as {Join(tools.Select(t => t.ToLowerInvariant()))}." : ".")));
        }
        else
        {
            steps.Add(("Learn the fundamentals", tech.Count > 0
                ? $"Start with {Join(tech.Take(3))}, the tools O*NET lists for this occupation."
                : "Start with the basics of the field through an introductory course or an entry-level job."));
        }

        var zone = catalog.JobZone(occupation.JobZone);
        steps.Add(("Get the right preparation",
            zone is not null ? $"{zone.Education} ({zone.Name.Replace("Job Zone", "O*NET job zone", StringComparison.Ordinal)})." : "O*NET has no preparation rating for this occupation; compare the requirements in several current postings."));

        var core = skills.Where(s => s.Kind == "skill").Take(3).Select(s => s.Name).ToList();
        steps.Add(("Build the core skills",
            core.Count > 0 ? $"Practise {Join(core)}, the skills O*NET rates highest (importance × level) for this work." : "Practise the day-to-day tasks below until they are routine."));

        var tasks = occupation.Tasks.Where(t => t.IsCore).Take(2).Select(t => LowerFirst(t.Text.TrimEnd('.'))).ToList();
        steps.Add(("Practise the real tasks",
            tasks.Count > 0 ? $"Do hands-on work that mirrors the job, for example: {string.Join("; ", tasks)}." : "Find hands-on practice through volunteering, a course project or shadowing."));

        steps.Add(("Show your work",
            occupation.Code.MajorGroup is "15" or "17" or "27" or "19"
                ? "Publish two or three projects, a portfolio or open-source contributions that a hiring manager can look at."
                : "Keep a record of the work you have done and the results, and collect references from supervisors or instructors."));

        var complementary = tech.Skip(3).Take(3).ToList();
        if (complementary.Count == 0) complementary = occupation.Knowledge.Skip(3).Take(3).Select(k => k.Name).ToList();
        if (complementary.Count > 0)
            steps.Add(("Add complementary skills", $"Broaden into {Join(complementary)}."));

        var entry = occupation.AlternateTitles.Select(a => a.Title)
            .Where(t => t.Contains("Junior", StringComparison.OrdinalIgnoreCase) || t.Contains("Assistant", StringComparison.OrdinalIgnoreCase)
                     || t.Contains("Trainee", StringComparison.OrdinalIgnoreCase) || t.Contains("Apprentice", StringComparison.OrdinalIgnoreCase)
                     || t.Contains("Entry", StringComparison.OrdinalIgnoreCase) || t.Contains("Associate", StringComparison.OrdinalIgnoreCase))
            .Take(3).ToList();
        steps.Add(("Apply for entry-level roles",
            entry.Count > 0 ? $"Search for entry titles such as {Join(entry)}, and prepare examples of your work for interviews." : $"Apply to openings titled {Join(occupation.ReportedTitles.Take(3).DefaultIfEmpty(occupation.Title))}, and prepare examples of your work for interviews."));

        var advanced = occupation.Skills.OrderByDescending(s => s.Level).Where(s => !core.Contains(s.Name)).Take(2).Select(s => s.Name).ToList();
        steps.Add(("Grow toward the next level",
            advanced.Count > 0 ? $"Deepen {Join(advanced)}, which O*NET rates at a high level for experienced workers, and take on larger responsibilities." : "Take on larger responsibilities and mentor others as you gain experience."));

        return steps.Take(8).Select((s, i) => new RoadmapStep(i + 1, s.Title, s.Detail)).ToList();
    }

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

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
