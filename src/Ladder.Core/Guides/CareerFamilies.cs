using Ladder.Occupations;
using Ladder.Content;

namespace Ladder.Guides;

/// <summary>
/// The job families and their stages. Each occupation maps to one family by its SOC code (most specific rule first);
/// docs/career-ladders.md lists the same families in prose.
/// </summary>
public static partial class CareerFamilies
{
    private static CareerStage S(CareerLevel name, string label, int low, int high, params string[] lines) => new(name, label, low, high, lines);

    public static readonly CareerFamily Executive = new("executive", "Executives", [
        S(CareerLevel.Senior, "Chief executive of a smaller organisation", 10, 50,
            "Answer to a board or owners for the whole organisation's results",
            "Set strategy, approve budgets and choose the senior team",
            "Represent the organisation to investors, regulators and the public"),
        S(CareerLevel.Lead, "Chief executive of a large organisation", 50, 90,
            "Run a multi-division organisation through a team of executives",
            "Lead major decisions such as acquisitions, restructurings and capital raising",
            "Shape the culture and succession plans of thousands of staff"),
    ], Top: true, EntryNote: "Nobody starts here: chief executives are appointed by a board or owners, usually after years as a general manager, a functional executive (finance, operations, sales) or a founder.",
        Years: ["on appointment", "after several years as chief executive"]);

    public static readonly CareerFamily Elected = new("elected", "Elected and appointed offices", [
        S(CareerLevel.Mid, "Newly elected or appointed", 10, 50,
            "Learn the procedures, powers and limits of the office",
            "Build working relationships with colleagues, staff and the public you serve",
            "Handle casework and the first decisions of a term"),
        S(CareerLevel.Senior, "Experienced office holder", 50, 90,
            "Lead committees, cases or programmes and sponsor major decisions",
            "Guide newer office holders and staff through precedent and procedure",
            "Answer to voters or appointing authorities for a record over several terms"),
    ], Top: true, EntryNote: "These are elected or appointed posts, not jobs with entry-level openings: people reach them by winning an election or an appointment, usually after a career in law, public service, business or community leadership.",
        Years: ["first term or appointment", "after several terms"]);

    public static readonly CareerFamily Supervisor = new("supervisor", "First-line supervisors", [
        S(CareerLevel.Mid, "New supervisor", 10, 50,
            "Run one shift or crew: assign work, check it and keep people safe",
            "Handle attendance, timekeeping and the first steps of discipline",
            "Keep doing some of the crew's own work while learning to lead it"),
        S(CareerLevel.Senior, "Experienced supervisor", 50, 75,
            "Plan schedules, staffing and materials a week or more ahead",
            "Hire, train and evaluate the crew, and settle disputes",
            "Report results such as output, quality, sales or incidents to managers"),
        S(CareerLevel.Lead, "Superintendent or operations manager", 75, 90,
            "Oversee several supervisors, crews or sites",
            "Own a budget and the performance targets that go with it",
            "Set procedures and improvement projects for the whole operation"),
    ], Top: true, EntryNote: "Supervisors are promoted from the crew they come to lead: most have several years in the work itself first.",
        Years: ["on promotion", "after a few years as supervisor", "after several years as supervisor"]);
}
