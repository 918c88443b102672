using Ladder.Catalog;

namespace Ladder.Interests;

/// <summary>
/// Which median pay the career finder shows and filters by. National BLS OEWS medians today; a state's medians plug in
/// here as another scope once state wages are imported, and nothing else in the finder changes.
/// </summary>
/// <remarks>
/// <para>Key: "national", or a state's key.</para>
/// <para>Label: How a page names the figure ("national median").</para>
/// </remarks>
public sealed record PayScope(string Key, string Label, Func<Role, decimal?> Median)
{
    public static PayScope National { get; } = new("national", "national median", r => r.MedianPay);
}
