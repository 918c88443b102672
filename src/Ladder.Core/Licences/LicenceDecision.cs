namespace Ladder.Licences;

/// <summary>
/// The one licensing decision for an occupation or curated role (content/licences/*.yaml): what the law asks, who
/// issues it, the exam and the time, the usual training route, and the page that says so. Every guide section that
/// mentions a licence reads this record, so two sections cannot disagree.
/// </summary>
public sealed record LicenceDecision
{
    public required LicenceKind Kind { get; init; }
    /// <summary>The licence or certificate, as a reader would search for it; null for <see cref="LicenceKind.None"/>.</summary>
    public string? Credential { get; init; }
    public string? Issuer { get; init; }
    /// <summary>The federal agency behind a federal credential (FAA, USCG, NRC, FRA, FMCSA, CBP, ...).</summary>
    public string? Agency { get; init; }
    public string? Exam { get; init; }
    /// <summary>How long getting it usually takes, in words.</summary>
    public string? Time { get; init; }
    /// <summary>For <see cref="LicenceKind.SomeWork"/>: which work needs it ("to sign audit reports").</summary>
    public string? OnlyFor { get; init; }
    /// <summary>For <see cref="LicenceKind.None"/>: what employers look for instead.</summary>
    public string? Instead { get; init; }
    public string? Note { get; init; }
    /// <summary>Decisions sharing a key share the licence: a move between them crosses none.</summary>
    public string? Key { get; init; }
    /// <summary>Keys of licences every holder of this one already holds or may work under (an APRN holds an RN licence).</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];
    public Training? Training { get; init; }
    /// <summary>
    /// For a specialty reached through a residency: the residencies (with any fellowship) that train for this occupation
    /// ("internal medicine"; a hospitalist's is internal or family medicine). Two specialties that share one share the
    /// training, so a move between them needs no new residency.
    /// </summary>
    public IReadOnlyList<string> Residencies { get; init; } = [];
    /// <summary>The mainstream programmes (CIP 2020 codes) that lead here, shown before the crosswalk's others.</summary>
    public IReadOnlyList<string> Programmes { get; init; } = [];
    public required string Source { get; init; }
    /// <summary>The month (yyyy-MM) someone checked the decision against <see cref="Source"/>; null when nobody has.</summary>
    public string? Reviewed { get; init; }
    public required string Title { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }

    public bool IsChecked => Reviewed is not null;

    /// <summary>True when the work as a whole may not be done without the credential (in every or most states, or federally).</summary>
    public bool RequiredToWork => Kind is LicenceKind.EveryState or LicenceKind.MostStates or LicenceKind.Federal;

    /// <summary>True when a state issues it and rules differ between states, so the reader should ask their state's board.</summary>
    public bool VariesByState => (Kind is LicenceKind.EveryState or LicenceKind.MostStates or LicenceKind.SomeStates) && Agency is null;

    /// <summary>True when a holder of this decision's licence already holds (or may work under) <paramref name="other"/>'s.</summary>
    public bool Covers(LicenceDecision other) =>
        Key is not null && other.Key is not null && (Key == other.Key || Includes.Contains(other.Key, StringComparer.Ordinal));
}
