using Ladder.Matching;

namespace Ladder.Cli.Matching;

/// <summary>What the CLI shows of a role's profile: its key skills and top technologies.</summary>
internal static class MatchingView
{
    public const int SkillCount = 10, TechnologyCount = 12;

    public static IReadOnlyList<(string Name, string Kind, double Importance, double Level)> KeySkills(SkillSpace space, RoleProfile p)
    {
        var self = TransitionAnalyzer.Analyze(space, p.Role, p.Role);
        return self.SharedSkills.Concat(self.MissingSkills)
            .OrderByDescending(s => s.Importance * s.ToLevel).Take(SkillCount)
            .Select(s => (s.Name, s.Kind, s.Importance, s.ToLevel)).ToList();
    }

    public static IReadOnlyList<string> Technologies(SkillSpace space, RoleProfile p) =>
        space.TechnologiesOf(p).Take(TechnologyCount).ToList();
}
