namespace Ladder.Licences;

/// <summary>What the law asks of someone who wants to do an occupation's work (content/README.md, "Licences").</summary>
public enum LicenceKind
{
    /// <summary>Every state requires a licence before the work may be done.</summary>
    EveryState,
    /// <summary>Most states require it; the rest do not regulate the work.</summary>
    MostStates,
    /// <summary>Only some states require it.</summary>
    SomeStates,
    /// <summary>A federal agency (FAA, USCG, NRC, FRA, FMCSA, CBP, ...) certifies the worker.</summary>
    Federal,
    /// <summary>Only part of the work needs it ("only to sign audit reports").</summary>
    SomeWork,
    /// <summary>No licence exists for the work; employers look for something else instead.</summary>
    None,
}

/// <summary>The YAML names of <see cref="LicenceKind"/> and what they mean in words.</summary>
public static class LicenceKinds
{
    public static readonly IReadOnlyList<(string Name, LicenceKind Kind)> All =
    [
        ("every-state", LicenceKind.EveryState), ("most-states", LicenceKind.MostStates), ("some-states", LicenceKind.SomeStates),
        ("federal", LicenceKind.Federal), ("some-work", LicenceKind.SomeWork), ("none", LicenceKind.None),
    ];

    public static string Name(LicenceKind kind) => All.First(k => k.Kind == kind).Name;

    public static LicenceKind? Parse(string? name) => All.FirstOrDefault(k => k.Name == name) is { Name: not null } k ? k.Kind : null;
}
