namespace Ladder.Content;

/// <summary>
/// What the BLS Handbook's Work Environment tab says about the dangers and hours of an occupation, in Ladder's
/// own words, with the page it came from (content/hazards/*.yaml).
/// </summary>
public sealed record Hazard
{
    /// <summary>The Handbook page's title, e.g. "Roofers".</summary>
    public required string Page { get; init; }
    /// <summary>The page's address on bls.gov.</summary>
    public required string Source { get; init; }
    /// <summary>The month a person checked the facts against the page (yyyy-MM).</summary>
    public required string Checked { get; init; }
    /// <summary>What the Handbook singles out, from <see cref="Rates"/>: "fatality" and/or "injury" (among the highest or above average).</summary>
    public IReadOnlyList<string> Rates { get; init; } = [];
    /// <summary>The dangers themselves, in a sentence of Ladder's own words; null when the page states hours only.</summary>
    public string? Summary { get; init; }
    /// <summary>Long, night, weekend, on-call or seasonal hours where the page states them; null otherwise.</summary>
    public string? Hours { get; init; }
    /// <summary>How people are trained before they touch the dangerous work; null where the danger is not in the work itself (a manager's slips and falls).</summary>
    public string? Training { get; init; }

    public const string Edition = "BLS Occupational Outlook Handbook, 2024–34 edition";

    public static readonly IReadOnlyList<string> KnownRates = ["fatality", "injury"];

    /// <summary>The citation a reader can follow: page, tab, edition, address and check date.</summary>
    public string Citation => $"{Edition}, \"{Page}\", Work Environment tab: {Source} (checked {AsOfDate.Normalize(Checked)})";
}
