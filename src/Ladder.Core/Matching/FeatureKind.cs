namespace Ladder.Matching;

/// <summary>What a feature of a role's profile is. The order is the order of the blocks in <see cref="SkillSpace"/>.</summary>
public enum FeatureKind
{
    Skill,
    Knowledge,
    Technology,
    TechnologyCategory,
    WorkActivity,
    Interest,
}

/// <summary>One dimension of the skill space: a skill, knowledge area, technology, category, work activity or interest.</summary>
public sealed record Feature(int Index, FeatureKind Kind, string Name, double Idf);
