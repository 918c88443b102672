namespace Ladder.Matching;

/// <summary>
/// Every weight of the transition score, in one place. docs/matching.md explains each term and
/// how the defaults were chosen (bench/related-eval); tests check each term separately.
/// The similarity is a weighted mean, so only the ratios of the block, job-zone and family weights matter;
/// they are written to sum to 1.
/// </summary>
public sealed record MatchingWeights
{
    /// <summary>Skills and knowledge: cosine of importance × level, centred on the all-occupation mean.</summary>
    public double SkillsKnowledge { get; init; } = 0.08;

    /// <summary>Technologies: cosine of IDF-weighted technology names, hot and in-demand ones weighted up.</summary>
    public double Technologies { get; init; } = 0.05;

    /// <summary>Technology categories (O*NET commodity titles): "uses some spreadsheet software" even when the product differs.</summary>
    public double TechnologyCategories { get; init; } = 0.03;

    /// <summary>Detailed work activities: cosine of IDF-weighted DWAs, weighted by how many tasks link to each.</summary>
    public double WorkActivities { get; init; } = 0.08;

    /// <summary>Interests: cosine of the RIASEC occupational-interest profile, centred on the mean.</summary>
    public double Interests { get; init; } = 0.08;

    /// <summary>Task text: cosine of TF-IDF word vectors over the task statements and description.</summary>
    public double TaskText { get; init; } = 0.26;

    /// <summary>Titles: cosine of TF-IDF word vectors over the title, alternate titles and reported titles.</summary>
    public double Titles { get; init; } = 0.36;

    /// <summary>Job zone closeness: 1 − |zone A − zone B| / 4.</summary>
    public double JobZone { get; init; } = 0.03;

    /// <summary>Occupation family: same SOC broad group 1, same minor group 0.6, same major group 0.25, else 0.</summary>
    public double OccupationFamily { get; init; } = 0.03;

    /// <summary>Penalty (in score fractions) for B's most important skills that A holds at a lower level.</summary>
    public double LevelGapPenalty { get; init; } = 0.10;

    /// <summary>How many of B's skills and knowledge areas, by importance, the level-gap penalty looks at.</summary>
    public int LevelGapTopSkills { get; init; } = 10;

    /// <summary>Extra weight of a technology O*NET flags as hot (× (1 + this)).</summary>
    public double HotBoost { get; init; } = 0.5;

    /// <summary>Extra weight of a technology O*NET flags as in demand (× (1 + this)).</summary>
    public double InDemandBoost { get; init; } = 0.5;

    /// <summary>Weight of a curated role's stated tool or skill, relative to an unflagged O*NET technology.</summary>
    public double CuratedBoost { get; init; } = 2.0;

    /// <summary>A role keeps only its this many highest-weighted task words (keeps all-pairs scoring cheap).</summary>
    public int TaskTextTerms { get; init; } = 80;

    /// <summary>A role keeps only its this many highest-weighted title words.</summary>
    public int TitleTerms { get; init; } = 80;

    public static MatchingWeights Default { get; } = new();
}
