using System.Text;
using Ladder.Content;

namespace Ladder.Guides;

/// <summary>
/// Renders docs/career-ladders.md from the families in content/families, so the page cannot drift from the data
/// (CareerLadderDocTests compares the two; LADDER_WRITE_DOCS=1 rewrites the page).
/// </summary>
public static class CareerLadderDoc
{
    private const string Intro = """
        # Career ladders

        <!-- Generated from content/families/*.yaml by CareerLadderDoc; edit the YAML, not this page. -->

        Every guide shows the stages that workers in its **career family** actually climb. The families are data:
        `content/families/<key>.yaml` gives each family's stages and lists, by exact O*NET-SOC code, every occupation
        that climbs it (schema in content/README.md). `ladder import` refuses the folder, naming the code and
        file:line:column, when an occupation of the O*NET release is in no family or in two. No SOC-prefix rule in
        C# decides a family.

        ## How a guide uses its family

        - **Stage names and duties.** Each stage has the name used in that line of work and the duties written for
          the family. An occupation's own O*NET task moves onto a rung only when its words show seniority (it
          supervises, directs, oversees, plans, approves, signs, assigns, certifies, hires, or trains people:
          `SeniorityEvidence`); it then sits on the senior stage. Three verbs are often the work itself, so their object
          decides: "assign" counts only for work or people ("Assign duties to workers", not "Assign patrons to tables"),
          "plan" only beside directing or managing or for budgets, policy, strategy, staffing or others' work ("Plan and
          direct research", not "Plan menus"), and "direct" not for the public or traffic ("Direct patrons to rides").
          Every other task stays in "What they do".
        - **Pay.** A paid stage maps to a band of the BLS OEWS national wage percentiles of the occupation's SOC code,
          printed beside the figure. A training stage (apprentice, resident, student pilot) shows no BLS figure and says
          where its pay comes from: a percentile band is never presented as a trainee's wage. A family whose people
          arrive from another occupation (architects from administration and development) may start with a `prior`
          stage: the years in that work, paid as that work, with no band of this occupation's wages.
        - **Years.** A family may give each stage's years (`years: [4, 8]`, or words such as "after residency");
          otherwise years are a Ladder estimate from the O*NET job zone (1–2: 0–1, 1–3, 3–6, 6+; 3: 0–2, 2–4, 4–8, 8+;
          4: 0–2, 2–5, 5–8, 8+; 5: 0–3, 3–6, 6–10, 10+), and an occupation without a job zone says so. Either way, the
          stages above the first start only after the training route in the occupation's licence decision ends (the
          first stage lasting the route), when that route is an apprenticeship or a residency or leads to a licence every
          or most states require. A degree programme is not such a route: it ends before the first stage, whose years
          count from the licence (a new-graduate RN is in year 0).
        - **Roadmap.** A family's `practice` step says how people get practice or training; in a hazardous family it
          may not invite the reader to do a task. An occupation with a hazard entry (content/hazards) gets a "Train
          before you touch the work" step from that entry instead. "Show your work" and "prepare examples of your work"
          appear only in families with a `portfolio`. Tools are listed only in hands-on families; O*NET's hot
          technologies become a pro only in families flagged as computer work.
        - **Curated roles** (content/roles) climb the family their file names (`family:`, default `computing`), not the
          family of their primary occupation, so moving an occupation between families never relabels a curated ladder.
        - **Top of a ladder.** Families marked top (executives, elected offices, supervisors) show no junior stage and no
          entry-level titles; "How people get there" says how people arrive.

        ## Families
        """;

    public static string Render(CareerFamilies families, IReadOnlyDictionary<string, string> titles)
    {
        var md = new StringBuilder(Intro.ReplaceLineEndings("\n")).Append("\n\n");
        md.Append("| Family | Key | Occupations |\n|---|---|---|\n");
        foreach (var f in families.All) md.Append($"| {f.Name} | `{f.Key}` | {families.Members[f.Key].Count} |\n");
        md.Append($"| **All** | | **{families.Members.Values.Sum(m => m.Count)}** |\n");
        foreach (var f in families.All)
        {
            md.Append($"\n### {f.Name}\n\nKey `{f.Key}` (content/families/{f.Key}.yaml).");
            if (f.Top) md.Append(" Top of a ladder: no junior stage and no entry-level titles.");
            if (f.Hazardous) md.Append(" Hazardous: its practice step says how people are trained, never where to try the work.");
            if (f.StartsInTheField) md.Append(" Starts in the field: where BLS asks for related work experience, it is gained on the first stage.");
            md.Append('\n');
            if (f.EntryNote is { } note) md.Append($"\nHow people get there: {note}\n");
            md.Append("\n| Stage | Pay | When | What changes at this stage |\n|---|---|---|---|\n");
            foreach (var s in f.Stages)
            {
                var pay = s.PriorWork ? $"the route in, paid as that work: {s.TraineePay}" : s.IsTraining ? $"training stage: {s.TraineePay}" : $"{GuideComposer.Ordinal(s.LowPercentile!.Value)}–{GuideComposer.Ordinal(s.HighPercentile!.Value)} percentile";
                md.Append($"| {s.Label} | {pay} | {s.Years?.Display ?? "from the O*NET job zone"} | {string.Join("; ", s.Responsibilities)} |\n");
            }
            if (f.Practice is { } p) md.Append($"\nRoadmap practice step, \"{p.Title}\": {p.Detail}\n");
            if (f.Portfolio is { } portfolio) md.Append($"\nShow your work: {portfolio}\n");
            var members = families.Members[f.Key];
            md.Append($"\nOccupations ({members.Count}): ");
            md.Append(string.Join("; ", members.Select(c => $"{c} {titles.GetValueOrDefault(c, "")}".TrimEnd()))).Append(".\n");
        }
        return md.ToString();
    }
}
