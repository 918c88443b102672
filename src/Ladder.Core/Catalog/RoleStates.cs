using Ladder.States;

namespace Ladder.Catalog;

/// <summary>A role's BLS state estimates and the sentence that says whose figures they are.</summary>
public sealed record RoleStates(Role Role, StateWageSet? Set, string? Note, string Source, string? AsOf)
{
    public static RoleStates For(LadderCatalog catalog, Role role)
    {
        var set = catalog.StatesFor(role);
        var primary = role.Primary;
        string? note = null;
        if (catalog.States.IsEmpty)
            note = "This catalog was imported without BLS state estimates.";
        else if (set is null)
            note = $"BLS publishes no state estimates for SOC {primary.Code.Soc} ({primary.Title}), so no state's pay can be shown.";
        else if (role.IsCurated)
            note = $"{role.Title} is a curated role: these are the BLS figures for its primary occupation, {set.Title} (SOC {set.Soc}).";
        else if (set.FromBroadGroup)
            note = $"BLS publishes {primary.Title} only inside the broader group {set.Title} (SOC {set.Soc}); these are that group's figures.";
        else if (set.FromParentSoc)
            note = $"O*NET-SOC {primary.Code.Value} has no BLS row of its own; these are the figures for SOC {set.Soc}, {set.Title}.";
        return new RoleStates(role, set, note, catalog.States.IsEmpty ? "" : catalog.States.Label, set?.Release ?? catalog.States.Release);
    }
}
