namespace Ladder.Matching;

/// <summary>
/// Two roles side by side, and the transition score each way: the one model behind <c>ladder compare</c>, the
/// compare page and <c>/api/compare</c>. "Shared" marks an item only when the other side's list shows it too.
/// </summary>
public sealed record Comparison(ComparisonSide A, ComparisonSide B, ComparisonScore AToB, ComparisonScore BToA)
{
    /// <summary>How many key skills and technologies each side shows.</summary>
    public const int SkillCount = 10, TechnologyCount = 12;

    /// <summary>A skill's name as a reader should see it: with its kind when the comparison also has the other kind of that name (the Mathematics skill and the Mathematics knowledge area).</summary>
    public string Label(ComparisonSkill skill) =>
        A.Skills.Concat(B.Skills).Any(o => o.Name == skill.Name && o.Kind != skill.Kind) ? $"{skill.Name} ({skill.Kind})" : skill.Name;
}

public sealed record ComparisonSide(RoleRef Role, decimal? MedianPay, string MedianPayDisplay, Ladder.Occupations.Percentiles<ComparisonMoney>? Percentiles,
    IReadOnlyList<ComparisonLevel> Levels, int? JobZone, string? Education, IReadOnlyList<ComparisonSkill> Skills, IReadOnlyList<ComparisonTechnology> Technologies)
{
    /// <summary>BLS employment for the SOC code the wages come from ("not available" when BLS gives none).</summary>
    public string EmploymentDisplay { get; init; } = "not available";

    /// <summary>The BLS release and SOC code of the percentiles, for the citation under the table.</summary>
    public string? WageRelease { get; init; }
    public string? WageSoc { get; init; }
}

public sealed record ComparisonMoney(decimal? Amount, string Display);

/// <summary>One career level's pay range as the role's guide shows it.</summary>
public sealed record ComparisonLevel(Ladder.Content.CareerLevel Level, decimal? Low, decimal? High, string Display)
{
    public string Label { get; init; } = Ladder.Content.CareerLevels.Label(Level);
    public string Years { get; init; } = "";
}

public sealed record ComparisonSkill(string Name, string Kind, double Importance, double Level, bool Shared);

public sealed record ComparisonTechnology(string Name, bool Shared);

public sealed record ComparisonScore(double Score, string Verdict, string Summary, decimal? MedianPayChange, IReadOnlyList<string> TopMissingSkills)
{
    /// <summary>What readers see in place of the score: "Step up: skills carry over".</summary>
    public string Headline { get; init; } = "";
    /// <summary>The evidence behind <see cref="Headline"/>, as one sentence.</summary>
    public string Because { get; init; } = "";
}
