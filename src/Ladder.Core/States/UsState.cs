using System.Collections.Frozen;

namespace Ladder.States;

/// <summary>One of the 50 states or the District of Columbia: its postal code, FIPS code and name.</summary>
public sealed record UsState(string Code, string Fips, string Name)
{
    /// <summary>
    /// The 51 areas BLS publishes state estimates for, in FIPS order. FIPS and postal codes are fixed federal
    /// standards (FIPS PUB 5-2 / INCITS 38), not facts about careers; import checks each file's names against them.
    /// </summary>
    public static IReadOnlyList<UsState> All { get; } =
    [
        new("AL", "01", "Alabama"), new("AK", "02", "Alaska"), new("AZ", "04", "Arizona"), new("AR", "05", "Arkansas"),
        new("CA", "06", "California"), new("CO", "08", "Colorado"), new("CT", "09", "Connecticut"), new("DE", "10", "Delaware"),
        new("DC", "11", "District of Columbia"), new("FL", "12", "Florida"), new("GA", "13", "Georgia"), new("HI", "15", "Hawaii"),
        new("ID", "16", "Idaho"), new("IL", "17", "Illinois"), new("IN", "18", "Indiana"), new("IA", "19", "Iowa"),
        new("KS", "20", "Kansas"), new("KY", "21", "Kentucky"), new("LA", "22", "Louisiana"), new("ME", "23", "Maine"),
        new("MD", "24", "Maryland"), new("MA", "25", "Massachusetts"), new("MI", "26", "Michigan"), new("MN", "27", "Minnesota"),
        new("MS", "28", "Mississippi"), new("MO", "29", "Missouri"), new("MT", "30", "Montana"), new("NE", "31", "Nebraska"),
        new("NV", "32", "Nevada"), new("NH", "33", "New Hampshire"), new("NJ", "34", "New Jersey"), new("NM", "35", "New Mexico"),
        new("NY", "36", "New York"), new("NC", "37", "North Carolina"), new("ND", "38", "North Dakota"), new("OH", "39", "Ohio"),
        new("OK", "40", "Oklahoma"), new("OR", "41", "Oregon"), new("PA", "42", "Pennsylvania"), new("RI", "44", "Rhode Island"),
        new("SC", "45", "South Carolina"), new("SD", "46", "South Dakota"), new("TN", "47", "Tennessee"), new("TX", "48", "Texas"),
        new("UT", "49", "Utah"), new("VT", "50", "Vermont"), new("VA", "51", "Virginia"), new("WA", "53", "Washington"),
        new("WV", "54", "West Virginia"), new("WI", "55", "Wisconsin"), new("WY", "56", "Wyoming"),
    ];

    private static readonly FrozenDictionary<string, int> ByCode = All.Select((s, i) => (s, i)).ToFrozenDictionary(x => x.s.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, int> ByFips = All.Select((s, i) => (s, i)).ToFrozenDictionary(x => x.s.Fips, x => x.i, StringComparer.Ordinal);

    /// <summary>Position in <see cref="All"/>, used as a compact index.</summary>
    public int Index => ByCode[Code];

    /// <summary>A state by postal code ("CA", "ca") or by name ("California"); null when there is none.</summary>
    public static UsState? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (ByCode.TryGetValue(t, out var i)) return All[i];
        return All.FirstOrDefault(s => string.Equals(s.Name, t, StringComparison.OrdinalIgnoreCase));
    }

    public static UsState? FromFips(string fips) => ByFips.TryGetValue(fips, out var i) ? All[i] : null;

    /// <summary>The message every surface gives for a state it does not know.</summary>
    public static string UnknownMessage(string text) =>
        $"No U.S. state '{(text.Length > 40 ? text[..40] + "…" : text)}'. Use a two-letter postal code such as CA or TX, or a state name (50 states and DC).";
}
