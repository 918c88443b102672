namespace Ladder.Guides;

/// <summary>
/// Ladder templates per occupation family. Each level pairs two family-specific duties with
/// the occupation's own O*NET tasks, phrased for the scope of that level.
/// </summary>
public static class LevelTemplates
{
    private sealed record Family(string[][] Lines);

    private static readonly Family Professional = new([
        ["Learn the team's methods and standards while delivering well-scoped pieces of work", "Ask for review early and keep notes on what you learn"],
        ["Own assignments from start to finish with little supervision", "Explain your work and its trade-offs to colleagues and clients"],
        ["Take on the hardest problems and set the approach for others", "Review colleagues' work and coach less experienced staff"],
        ["Set direction and standards for a team or practice area", "Connect the team's work to the organisation's goals and budget"],
    ]);

    private static readonly Family Healthcare = new([
        ["Provide care under supervision, following protocols and documenting accurately", "Build speed and confidence with routine procedures"],
        ["Manage a full patient load independently and safely", "Coordinate with other clinicians on plans of care"],
        ["Handle complex cases and act as a resource for the unit", "Precept new staff and students"],
        ["Lead a unit, service or clinical programme", "Drive quality, safety and staffing decisions"],
    ]);

    private static readonly Family Trades = new([
        ["Work alongside experienced workers, following safety rules and procedures", "Learn the tools, materials and codes of the trade"],
        ["Complete jobs independently to standard and on schedule", "Read plans or work orders and spot problems before they grow"],
        ["Take the difficult jobs and check the quality of others' work", "Train apprentices and newer crew members"],
        ["Run crews, jobs or a shop, planning work, materials and schedules", "Hold responsibility for safety, quality and cost"],
    ]);

    private static readonly Family Service = new([
        ["Learn procedures and standards while serving customers under supervision", "Keep work areas and records in order"],
        ["Handle the full range of daily duties without supervision", "Resolve routine problems and customer issues yourself"],
        ["Handle escalations and keep standards high across the shift", "Show new staff how the work is done"],
        ["Supervise staff, schedules and daily operations", "Own results such as service quality, sales or safety"],
    ]);

    private static readonly Family Management = new([
        ["Support a manager by running defined projects or a small team", "Learn budgeting, planning and the organisation's processes"],
        ["Manage a team or function and its day-to-day results", "Set goals, hire and develop staff"],
        ["Run several teams or a larger function with its own budget", "Shape plans and policies with other leaders"],
        ["Set strategy for a division or organisation", "Answer for its results to executives, boards or owners"],
    ]);

    private static readonly Family Education = new([
        ["Deliver planned lessons or services with support from mentors", "Build routines for preparation, records and communication"],
        ["Design and deliver your own programme for the people you serve", "Adapt your approach to individual needs"],
        ["Mentor colleagues and lead improvements to programmes", "Work with families, agencies or departments on complex cases"],
        ["Lead a department, school or programme", "Set policy, budgets and standards for others"],
    ]);

    private static Family For(string code) => code[..2] switch
    {
        "11" => Management,
        "29" or "31" => Healthcare,
        "45" or "47" or "49" or "51" or "53" => Trades,
        "33" or "35" or "37" or "39" or "41" or "43" => Service,
        "21" or "25" => Education,
        _ => Professional,
    };

    private static readonly string[] TaskFraming =
    [
        "With guidance, {0}",
        "{0}",
        "Lead the work to {0}",
        "Set the standards for how the team will {0}",
    ];

    /// <summary>Returns 3–5 responsibilities for each of the four levels.</summary>
    public static IReadOnlyList<string>[] Compose(string occupationCode, IReadOnlyList<string> tasks)
    {
        var family = For(occupationCode);
        var result = new IReadOnlyList<string>[4];
        for (int level = 0; level < 4; level++)
        {
            var lines = new List<string>(5) { family.Lines[level][0] };
            // Two of the occupation's own tasks per level, cycling through the most important ones.
            for (int k = 0; k < 2 && tasks.Count > 0; k++)
            {
                var task = tasks[(level * 2 + k) % tasks.Count];
                var framed = string.Format(System.Globalization.CultureInfo.InvariantCulture, TaskFraming[level], level == 1 ? task : LowerFirst(task));
                if (!lines.Contains(framed)) lines.Add(framed);
            }
            lines.Add(family.Lines[level][1]);
            if (lines.Count < 3)
                lines.Add(level == 0 ? "Build the basic certifications or training the employer asks for" : level == 3 ? "Represent the work to customers, leaders and regulators" : "Keep your skills current as tools and standards change");
            result[level] = lines;
        }
        return result;
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
