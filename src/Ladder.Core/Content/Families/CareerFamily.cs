namespace Ladder.Content;

/// <summary>When people reach a stage: a span of years in the work, or words where years would mislead ("on appointment").</summary>
/// <param name="From">First year of the span, counted from the start of the work (0 = the first year).</param>
/// <param name="To">Last year of the span; null for an open span ("12+ years").</param>
/// <param name="Text">The family's words instead of a span, e.g. "after residency (and any fellowship)".</param>
public sealed record StageYears(int? From = null, int? To = null, string? Text = null)
{
    public string Display => Text ?? (To is { } to ? $"{From}–{to} years" : $"{From}+ years");
}

/// <summary>One stage of a job family's career ladder (content/families/*.yaml).</summary>
/// <param name="Name">Where the stage sits on the shared four-band scale.</param>
/// <param name="Label">The stage as workers in the family name it ("Apprentice or helper", "Charge nurse or specialist").</param>
/// <param name="LowPercentile">BLS percentile (10, 25, 50, 75) where the stage's pay range starts; null for a training stage.</param>
/// <param name="HighPercentile">BLS percentile (25, 50, 75, 90) where it ends; null for a training stage.</param>
/// <param name="Responsibilities">What people at this stage do in this family, each line specific to the stage.</param>
/// <param name="Years">When the stage is reached; null to estimate it from the occupation's O*NET job zone.</param>
/// <param name="TraineePay">For a training stage (apprentice, resident, student pilot) or a prior-work stage: where its pay comes from, shown instead of a BLS band.</param>
/// <param name="PriorWork">The stage is the route in, spent in another occupation (architects come from administration or
/// development): its pay is that occupation's, so no band of this one's wages is shown.</param>
public sealed record CareerStage(CareerLevel Name, string Label, int? LowPercentile, int? HighPercentile, IReadOnlyList<string> Responsibilities,
    StageYears? Years = null, string? TraineePay = null, bool PriorWork = false)
{
    /// <summary>The stage shows no BLS band: a training stage, or the years in another occupation that lead here.</summary>
    public bool IsTraining => TraineePay is not null;
}

/// <summary>A roadmap step a family gives its occupations; <c>{task}</c> in the detail is replaced by the occupation's top task.</summary>
public sealed record FamilyStep(string Title, string Detail);

/// <summary>A job family: the stages its workers really climb, and what its roadmap says (docs/career-ladders.md).</summary>
public sealed record CareerFamily
{
    /// <summary>Stable identifier: the file name, e.g. "construction".</summary>
    public required string Key { get; init; }
    public required string Name { get; init; }
    /// <summary>Its stages, lowest first.</summary>
    public required IReadOnlyList<CareerStage> Stages { get; init; }
    /// <summary>True when the occupation is itself the top of a ladder: the guide names what leads to it and shows no junior stage.</summary>
    public bool Top { get; init; }
    /// <summary>How people get there when the occupation has no entry-level openings, else null.</summary>
    public string? EntryNote { get; init; }
    /// <summary>Physical tools and equipment define the work: the guide lists them and the roadmap names them.</summary>
    public bool HandsOn { get; init; }
    /// <summary>The family's work is physically dangerous for the untrained, so no roadmap step may invite practice before training.</summary>
    public bool Hazardous { get; init; }
    /// <summary>Computer work, where O*NET's hot-technology flags say something about this job's postings.</summary>
    public bool HotTechnologyPro { get; init; }
    /// <summary>What to show employers where the field keeps portfolios; null where work is not shown (confidential, physical or perishable).</summary>
    public string? Portfolio { get; init; }
    /// <summary>False where software is not what a newcomer should learn first (care, service, military): no "software of the trade" step.</summary>
    public bool SoftwareStep { get; init; } = true;
    /// <summary>
    /// The first stage is the field's own starting work (deckhand, roustabout, recruit, helper), where BLS's related work
    /// experience is gained: a mate's "less than 5 years" is spent as a deckhand, so the ladder's years count from it.
    /// Without it, an occupation that asks for related experience counts its first stage from after that experience.
    /// </summary>
    public bool StartsInTheField { get; init; }
    /// <summary>How people in the field get practice before their first job; null when the family says nothing.</summary>
    public FamilyStep? Practice { get; init; }
    /// <summary>
    /// CIP series ("13.13", matching "13.1335") whose programmes never lead to this family's work although NCES links
    /// them: teacher-education degrees prepare school teachers, not professors.
    /// </summary>
    public IReadOnlyList<string> NotProgrammes { get; init; } = [];
    /// <summary>
    /// Work hired on auditions, casting or a body of work (performers, models, athletes): its ways in are moves from one
    /// another only, never a day job held beside it. Null where the family names no such field.
    /// </summary>
    public OwnField? OwnField { get; init; }
    /// <summary>The content file and line the family was read from, for messages.</summary>
    public string File { get; init; } = "";
}

/// <summary>Occupations whose ways in come only from one another, and what the guide says when none of its moves in does.</summary>
public sealed record OwnField(IReadOnlyList<string> Occupations, string Note)
{
    public bool Contains(string code) => Occupations.Contains(code, StringComparer.Ordinal);
}
