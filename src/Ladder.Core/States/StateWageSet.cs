namespace Ladder.States;

/// <summary>An occupation's BLS state estimates: all 51 states in FIPS order, with where the rows came from.</summary>
public sealed record StateWageSet
{
    /// <summary>The SOC code whose rows these are.</summary>
    public required string Soc { get; init; }
    /// <summary>The BLS title of that SOC code.</summary>
    public required string Title { get; init; }
    /// <summary>"May 2025".</summary>
    public required string Release { get; init; }
    public required IReadOnlyList<StateWage> States { get; init; }
    /// <summary>True when an O*NET detail code (<c>.01</c>) uses its 6-digit SOC code's rows.</summary>
    public bool FromParentSoc { get; init; }
    /// <summary>True when BLS publishes the occupation only inside a broader group, whose rows are used.</summary>
    public bool FromBroadGroup { get; init; }

    public StateWage this[UsState state] => States[state.Index];

    /// <summary>True when BLS publishes only hourly wages in every state that publishes any (actors, dancers).</summary>
    public bool HourlyOnly => States.Any(s => s.Published) && States.Where(s => s.Published).All(s => s.Median is null && s.HourlyMedian is not null);
}
