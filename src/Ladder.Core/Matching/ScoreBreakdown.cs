namespace Ladder.Matching;

/// <summary>
/// How a transition score was built: the cosine of each block (null where either role lacks the data),
/// job-zone closeness, the weighted similarity, the level-gap penalty and the final 0–100 score.
/// </summary>
public sealed record ScoreBreakdown(
    double? SkillsKnowledge,
    double? Technologies,
    double? TechnologyCategories,
    double? WorkActivities,
    double? Interests,
    double? TaskText,
    double? Titles,
    double? JobZone,
    double OccupationFamily,
    double Similarity,
    double LevelGap,
    double Score);
