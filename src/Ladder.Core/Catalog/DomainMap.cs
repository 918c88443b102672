namespace Ladder.Catalog;

/// <summary>
/// Gives every O*NET occupation one readable domain from its SOC code. The longest matching
/// prefix wins, so a detailed code can override its minor group, which overrides its major group.
/// </summary>
public static class DomainMap
{
    /// <summary>The mapping, documented in docs/domains.md. Keys are SOC code prefixes.</summary>
    public static IReadOnlyList<(string Prefix, string Domain)> Table { get; } =
    [
        ("11", "Management"),
        ("13-1", "Business & Operations"),
        ("13-2", "Finance & Accounting"),
        ("15-1", "Software Engineering"),
        ("15-1212", "Security"),
        ("15-1221", "Data & AI"),
        ("15-123", "Cloud & Infrastructure"),
        ("15-124", "Cloud & Infrastructure"),
        ("15-1299.04", "Security"),
        ("15-1299.05", "Security"),
        ("15-1299.06", "Security"),
        ("15-1299.08", "Cloud & Infrastructure"),
        ("15-1299.09", "Management"),
        ("15-2", "Data & AI"),
        ("17", "Engineering"),
        ("19", "Science & Research"),
        ("21", "Community & Social Services"),
        ("23", "Legal"),
        ("25", "Education"),
        ("27", "Arts, Media & Design"),
        ("27-1021", "Product & Design"),
        ("27-3042", "Product & Design"),
        ("15-1255", "Product & Design"),
        ("29", "Healthcare"),
        ("31", "Healthcare"),
        ("33", "Public Safety"),
        ("35", "Hospitality & Food Service"),
        ("37", "Building & Grounds"),
        ("39", "Personal Care & Service"),
        ("41", "Sales"),
        ("43", "Office & Administrative"),
        ("45", "Agriculture & Natural Resources"),
        ("47", "Construction & Trades"),
        ("49", "Installation & Repair"),
        ("51", "Manufacturing & Production"),
        ("53", "Transportation & Logistics"),
        ("55", "Military"),
    ];

    private static readonly (string Prefix, string Domain)[] ByLength =
        Table.OrderByDescending(e => e.Prefix.Length).ToArray();

    public static string For(string occupationCode)
    {
        foreach (var (prefix, domain) in ByLength)
            if (occupationCode.StartsWith(prefix, StringComparison.Ordinal)) return domain;
        return "Other";
    }
}
