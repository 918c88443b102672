using Ladder.Content;
using Ladder.Licences;

namespace Ladder.Guides;

/// <summary>The guide's view of the occupation's one licence decision (content/licences), with its source and review.</summary>
public sealed record GuideLicence
{
    /// <summary>"every-state", "most-states", "some-states", "federal", "some-work" or "none".</summary>
    public required string Kind { get; init; }
    /// <summary>The kind in words: "Required in every state", "Needed only to sign audit reports", "No licence".</summary>
    public required string Requirement { get; init; }
    public string? Credential { get; init; }
    public string? Issuer { get; init; }
    public string? Agency { get; init; }
    public string? Exam { get; init; }
    public string? Time { get; init; }
    public string? Instead { get; init; }
    public string? Note { get; init; }
    public GuideTraining? Training { get; init; }
    public required string Source { get; init; }
    /// <summary>"December 2026", or null when nobody has checked the decision against its source yet.</summary>
    public string? Reviewed { get; init; }

    internal static GuideLicence From(LicenceDecision d) => new()
    {
        Kind = LicenceKinds.Name(d.Kind),
        Requirement = RequirementOf(d),
        Credential = d.Credential, Issuer = d.Issuer, Agency = d.Agency, Exam = d.Exam, Time = d.Time, Instead = d.Instead, Note = d.Note,
        Training = d.Training is { } t ? new GuideTraining(Licences.Training.RouteName(t.Route), t.MinYears, t.MaxYears, t.Hours, t.Detail, t.Length) : null,
        Source = d.Source,
        Reviewed = d.Reviewed is { } r ? AsOfDate.Normalize(r) : null,
    };

    internal static string RequirementOf(LicenceDecision d) => d.Kind switch
    {
        LicenceKind.EveryState => "Required in every state",
        LicenceKind.MostStates => "Required in most states",
        LicenceKind.SomeStates => "Required in some states",
        LicenceKind.Federal => $"Required by federal rules ({d.Agency})",
        LicenceKind.SomeWork => $"Needed only {d.OnlyFor}",
        _ => "No licence",
    };
}

/// <summary>The usual training route: route name, years (null when the source gives none), hours and the route in words.</summary>
public sealed record GuideTraining(string Route, double? MinYears, double? MaxYears, int? Hours, string Detail, string? Length);
