using Ladder.Occupations;

namespace Ladder.Outlook;

/// <summary>How an O*NET occupation found its projection row.</summary>
public enum ProjectionJoinKind
{
    /// <summary>The row for the occupation's own 6-digit SOC code.</summary>
    Exact,
    /// <summary>A BLS aggregate that merges several SOC codes (for example 21-1018 holds 21-1011 and 21-1014).</summary>
    Aggregate,
    /// <summary>The SOC broad group (the code ending in 0), as for OEWS wages.</summary>
    BroadGroup,
}

/// <summary>A projection row and how it was reached, so a page can say when the figures cover a wider group.</summary>
public sealed record ProjectionMatch(Projection Projection, ProjectionJoinKind Kind, string Soc)
{
    /// <summary>
    /// "the broader group Data Scientists (SOC 15-2051)" when the row is not the occupation's own, for the sentence that
    /// states its figures; null when it is.
    /// </summary>
    public string? Group(OccupationCode code) => Kind == ProjectionJoinKind.Exact && !code.IsDetail
        ? null
        : $"the broader group {Projection.Title} (SOC {Projection.Code})";

    /// <summary>A sentence for the page when the row is not the occupation's own; null when it is.</summary>
    public string? Note(OccupationCode code) => Kind switch
    {
        ProjectionJoinKind.Exact when code.IsDetail =>
            $"Projections are those of SOC {Projection.Code} {Projection.Title}, which includes this O*NET occupation; BLS does not project {code.Value} separately.",
        ProjectionJoinKind.Exact => null,
        ProjectionJoinKind.Aggregate =>
            $"BLS projects SOC {Soc} only as part of its aggregate {Projection.Code} {Projection.Title}; the figures are for that whole group.",
        _ => $"BLS projects SOC {Soc} only within the broader group {Projection.Code} {Projection.Title}; the figures are for that whole group.",
    };
}

/// <summary>
/// The join from O*NET codes to Employment Projections rows, the same way wages are joined: the 6-digit SOC
/// code, else a BLS aggregate that contains it, else its SOC broad group (documented in docs/outlook.md).
/// </summary>
public static class ProjectionJoin
{
    /// <param name="soc">The occupation's 6-digit SOC code.</param>
    /// <param name="row">The projection row of a code, or null.</param>
    /// <param name="aggregates">
    /// SOC code → the Employment Projections aggregate that holds it, for aggregates whose code does not end in 0 (the
    /// broad-group rule cannot find them): data/bls/ep2024/aggregates.tsv, with its source.
    /// </param>
    public static ProjectionMatch? Find(string soc, Func<string, Projection?> row, IReadOnlyDictionary<string, string> aggregates)
    {
        if (row(soc) is { IsSummary: false } exact) return new(exact, ProjectionJoinKind.Exact, soc);
        if (aggregates.TryGetValue(soc, out var aggregate) && row(aggregate) is { } a) return new(a, ProjectionJoinKind.Aggregate, soc);
        if (soc[6] != '0' && row(soc[..6] + "0") is { } broad) return new(broad, ProjectionJoinKind.BroadGroup, soc);
        return null;
    }
}
