using Ladder.Catalog;
using Ladder.Interests;
using Ladder.States;

namespace Ladder.Discover;

/// <summary>
/// Which median pay the career finder shows and filters by: the national BLS OEWS median, or one state's BLS estimate.
/// A career whose state median BLS does not publish shows so and never passes a minimum-pay filter.
/// </summary>
/// <remarks>
/// <para>Key: "national", or the state's postal code.</para>
/// <para>Label: how a page names the figure ("national median", "Texas median").</para>
/// <para>Median: the annual median the filter compares; null when there is none.</para>
/// <para>Display: the median as a page prints it.</para>
/// </remarks>
public sealed record PayScope(string Key, string Label, Func<Role, decimal?> Median, Func<Role, string> Display)
{
    public static PayScope National { get; } = new("national", "national median", r => r.MedianPay, r => r.MedianPayText);

    public static PayScope ForState(LadderCatalog catalog, UsState state) => new(state.Code, state.Name + " median",
        r => StatePay.For(catalog, r, state) is { Published: true, Hourly: false } p ? p.Wage.Median : null,
        r => StatePay.For(catalog, r, state) is { } p ? p.MedianDisplay : "not published");

    /// <summary>The scope for a typed state (postal code or name), national when blank; or the message for an unknown one.</summary>
    public static (PayScope? Scope, string? Error) From(LadderCatalog catalog, string? state) =>
        string.IsNullOrWhiteSpace(state) || state.Trim().Equals("national", StringComparison.OrdinalIgnoreCase) ? (National, null)
        : UsState.Find(state) is { } s ? (ForState(catalog, s), null)
        : (null, UsState.UnknownMessage(state.Trim()));
}
