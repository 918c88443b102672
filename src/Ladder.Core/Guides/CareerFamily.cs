using Ladder.Content;

namespace Ladder.Guides;

/// <summary>One stage of a job family's career ladder.</summary>
/// <param name="Name">Where the stage sits on the shared four-band scale.</param>
/// <param name="Label">The stage as workers in the family name it ("Apprentice", "Charge nurse or specialist").</param>
/// <param name="LowPercentile">BLS percentile (10, 25, 50, 75) where the stage's pay range starts.</param>
/// <param name="HighPercentile">BLS percentile (25, 50, 75, 90) where it ends.</param>
/// <param name="Responsibilities">What people at this stage do in this family, each line specific to the stage.</param>
public sealed record CareerStage(CareerLevel Name, string Label, int LowPercentile, int HighPercentile, IReadOnlyList<string> Responsibilities);

/// <summary>A job family: the stages its workers really climb (docs/career-ladders.md).</summary>
/// <param name="Key">Stable identifier, e.g. "trades".</param>
/// <param name="Name">The family as docs/career-ladders.md names it.</param>
/// <param name="Stages">Its stages, lowest first.</param>
/// <param name="Top">True when the occupation is itself the top of a ladder: the guide names what leads to it and shows no junior stage.</param>
/// <param name="EntryNote">How people get there when the occupation has no entry-level openings, else null.</param>
/// <param name="Years">When a stage is reached, one per stage, where the O*NET job zone does not say (top-of-ladder and military families).</param>
public sealed record CareerFamily(string Key, string Name, IReadOnlyList<CareerStage> Stages, bool Top = false, string? EntryNote = null,
    IReadOnlyList<string>? Years = null);
