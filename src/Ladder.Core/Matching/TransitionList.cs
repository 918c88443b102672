using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>The best moves out of a role and into it.</summary>
public sealed record TransitionList(RoleRef Role, IReadOnlyList<TransitionMove> OutOf, IReadOnlyList<TransitionMove> Into)
{
    public static TransitionList For(SkillSpace space, Role role, int limit)
    {
        var profile = space.ProfileOf(role);
        // A curated role and its own primary occupation are one job, not a move.
        bool Other(RoleProfile p) => !(role.IsCurated && !p.Role.IsCurated && p.Role.Code == role.Code)
            && !(!role.IsCurated && p.Role.IsCurated && p.Role.Title.Equals(role.Title, StringComparison.OrdinalIgnoreCase));
        return new TransitionList(
            TransitionAnalyzer.Ref(role),
            space.BestFrom(profile, limit, Other).Select(x => TransitionMove.From(TransitionAnalyzer.Analyze(space, role, x.To.Role), x.To.Role)).ToList(),
            space.BestInto(profile, limit, Other).Select(x => TransitionMove.From(TransitionAnalyzer.Analyze(space, x.From.Role, role), x.From.Role)).ToList());
    }
}

/// <summary>One move in a <see cref="TransitionList"/>: the other role, the score and what it takes.</summary>
public sealed record TransitionMove(RoleRef Role, double Score, string Verdict, decimal? MedianPayChange, int? JobZoneChange,
    IReadOnlyList<string> TopMissingSkills, IReadOnlyList<string> TopMissingTechnologies)
{
    /// <summary>What stands in the way whatever the score (licence, residency, two more job zones).</summary>
    public IReadOnlyList<string> Barriers { get; init; } = [];

    internal static TransitionMove From(Transition t, Role other) => new(
        TransitionAnalyzer.Ref(other), t.Score, t.Verdict, t.Pay.MedianChange, t.JobZoneChange,
        t.MissingSkills.Take(3).Select(m => m.Name).ToList(), t.MissingTechnologies.Take(3).ToList()) { Barriers = t.Barriers };
}
