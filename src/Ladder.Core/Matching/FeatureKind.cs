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
    /// <summary>A word of the occupation's task statements and description (stemmed lightly, stop words dropped).</summary>
    TaskWord,
    /// <summary>A word of the occupation's title, O*NET alternate titles and sample of reported titles.</summary>
    TitleWord,
}

/// <summary>One dimension of the skill space: a skill, knowledge area, technology, category, work activity, interest,
/// task word or title word.</summary>
public sealed record Feature(int Index, FeatureKind Kind, string Name, double Idf);
