namespace Ladder.Matching;

/// <summary>
/// How a list of moves is drawn from the model's scores. <see cref="Shown"/> is what every surface shows; the move
/// benchmark (bench/move-eval) measures other rules beside it in the same run, so each rule's cost is a number.
/// </summary>
public sealed record MoveRules
{
    /// <summary>The rules every surface lists moves by.</summary>
    public static MoveRules Shown { get; } = new();

    /// <summary>
    /// A move that cuts median pay by more than this share is left out, however common (null: none is). Such a move is
    /// always labelled a step down; the limit keeps lists from pointing a physician to entry-level care work.
    /// </summary>
    public decimal? MaxPayDrop { get; init; } = 0.4m;

    /// <summary>
    /// At most this many steps down (10% or more below the origin's median) in a list while other moves remain (null:
    /// no limit). People leaving skilled trades often take cashier or janitor work, and the list says so, but a list
    /// that is half steps down helps nobody plan.
    /// </summary>
    public int? MaxStepsDown { get; init; }

    /// <summary>
    /// Rank the observed-move nodes (CPS categories, mostly SOC broad groups) by the model's probability of the whole
    /// node, the sum over its occupations, as the model was fitted; each node is shown by its likeliest occupation. False:
    /// rank occupations one by one, at most one per node until other nodes run out.
    /// </summary>
    public bool ByNode { get; init; }

    /// <summary>
    /// The share of a list's places that go to the roles whose skills are closest (the transition score, which follows
    /// O*NET's related occupations), the rest to the moves people make most (the model); the two alternate.
    /// </summary>
    public double ClosestShare { get; init; }

    /// <summary>
    /// Moves in weigh each origin by how many of its people would make the move (its BLS employment times the model's
    /// probability of the move among its moves out), raised to this power: 0 ranks by the score of the move alone,
    /// whatever the origin's size; 1 by the expected number of movers, which catches more of them but lets the largest
    /// entry-level jobs (cashiers, baristas, janitors) lead every list. 0.5 still put janitors and retail clerks into the
    /// ways into histology and choreography in a reading of 30 guides (seed 24); 0.25 keeps the trade's own feeders first
    /// (dancers for choreographers, neurodiagnostic technologists for histology technicians).
    /// </summary>
    public double OriginSize { get; init; } = 0.25;
}
