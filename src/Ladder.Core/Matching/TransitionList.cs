using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// The moves out of a role people make most, the roles its skills fit best, and the moves into it.
/// Where people go and what O*NET calls related differ (cashiers go to retail sales and waiting tables; their closest
/// skills are in counter clerk, teller and gambling cage jobs), and one list of ten cannot carry both, so each has its own list.
/// </summary>
public sealed record TransitionList(RoleRef Role, IReadOnlyList<TransitionMove> OutOf, IReadOnlyList<TransitionMove> Into)
{
    /// <summary>The roles whose skills fit best, whatever people in the role usually do; grouped as the moves out are, most similar first within a group.</summary>
    public IReadOnlyList<TransitionMove> Closest { get; init; } = [];

    public static TransitionList For(SkillSpace space, Role role, int limit)
    {
        var profile = space.ProfileOf(role);
        bool Other(RoleProfile p) => IsMove(role, p.Role);
        var (likeliest, closest) = MoveRanking.OutAndClosest(space, profile, limit, Other);
        return new TransitionList(TransitionAnalyzer.Ref(role), Grouped(likeliest.Select(x => Out(space, role, x))), MovesInto(space, role, limit))
        {
            Closest = Grouped(closest.Select(x => Out(space, role, x))),
        };
    }

    /// <summary>The moves into <paramref name="role"/> alone, as <see cref="For"/> lists them (the guide's "Roles people move from" reads these).</summary>
    /// <remarks>
    /// Without <paramref name="technologies"/> the moves name no missing technologies, and nothing else changes: ranking
    /// every occupation's ways in at import would otherwise rank every role's technologies as its guide does, for nothing.
    /// </remarks>
    public static IReadOnlyList<TransitionMove> MovesInto(SkillSpace space, Role role, int limit, bool technologies = true) =>
        Grouped(MoveRanking.Into(space, space.ProfileOf(role), limit, p => IsMove(role, p.Role))
            .Select(x => TransitionMove.From(TransitionAnalyzer.Analyze(space, x.Other.Role, role, technologies), x.Other.Role)));

    private static TransitionMove Out(SkillSpace space, Role role, RankedMove x) =>
        TransitionMove.From(TransitionAnalyzer.Analyze(space, role, x.Other.Role), x.Other.Role);

    /// <summary>
    /// The model's best moves grouped by what they give (steps up first, then across, then down); within a group the
    /// moves nothing stands in the way of come first, then model order: realistic steps up lead.
    /// </summary>
    private static List<TransitionMove> Grouped(IEnumerable<TransitionMove> moves) =>
        moves.Select((m, i) => (m, i)).OrderBy(x => MoveVerdict.Order(x.m.Kind)).ThenBy(x => x.m.Barriers.Count > 0).ThenBy(x => x.i).Select(x => x.m).ToList();

    /// <summary>
    /// False when the two are one job: a curated role and its own primary occupation, either way round (Technical
    /// Writers → "Technical Writer" is no move, +$0), or an occupation and a curated role titled the same.
    /// </summary>
    public static bool IsMove(Role role, Role other) => !(role.IsCurated != other.IsCurated && other.Code == role.Code)
        && !(!role.IsCurated && other.IsCurated && other.Title.Equals(role.Title, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One move in a <see cref="TransitionList"/>: the other role, what it gives and takes in words, the score and what to learn.</summary>
public sealed record TransitionMove(RoleRef Role, double Score, string Verdict, decimal? MedianPayChange, int? JobZoneChange,
    IReadOnlyList<string> TopMissingSkills, IReadOnlyList<string> TopMissingTechnologies)
{
    /// <summary>What stands in the way whatever the score (licence, residency, two more job zones).</summary>
    public IReadOnlyList<string> Barriers { get; init; } = [];
    /// <summary>"step up", "across", "step down", or "move" when pay is not known for one side.</summary>
    public string Kind { get; init; } = "move";
    /// <summary>What every surface shows as the verdict: "Step up: skills carry over".</summary>
    public string Headline { get; init => field = string.Intern(value); } = "";
    /// <summary>The evidence behind the headline: shared skills, pay change, preparation, licence.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>What to do first: the licence the move needs when there is one, then the skills that matter most for the target.</summary>
    public IReadOnlyList<string> ToLearnFirst { get; init; } = [];

    internal static TransitionMove From(Transition t, Role other) => new(
        TransitionAnalyzer.Ref(other), t.Score, t.Verdict, t.Pay.MedianChange, t.JobZoneChange,
        t.MissingSkills.Take(3).Select(m => m.Label).ToList(), t.MissingTechnologies.Take(3).ToList())
    {
        Barriers = t.Barriers, Kind = t.Move.Kind, Headline = t.Move.Headline, Reasons = t.Move.Reasons,
        ToLearnFirst = FirstSteps(t),
    };

    /// <summary>Licences first (a move that needs one starts there), then the most distinctive missing skills; four at most.</summary>
    internal static IReadOnlyList<string> FirstSteps(Transition t)
    {
        var licences = t.Barriers.Where(b => b.StartsWith("needs ", StringComparison.Ordinal) && !b.Contains("job zone", StringComparison.Ordinal))
            .Select(b => b["needs ".Length..]).ToList();
        if (licences.Count == 0) licences.AddRange(t.CredentialsNeeded.Where(c => c.Kind == "licence").Select(c => c.Name));
        // Basic skills (reading, listening …) are never a first step: the transition page still lists them.
        return licences.Concat(t.MissingSkills.Where(m => !GapAnalyzer.IsBasic(m.Name)).Select(m => m.Label)).Distinct(StringComparer.OrdinalIgnoreCase).Take(4).ToList();
    }
}
