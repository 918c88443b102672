namespace Ladder.ContentAudit;

/// <summary>
/// The audit's own short list of U.S. occupations that need a licence, residency or certification before the work
/// may be done, kept independent of Ladder.Core on purpose so the audit does not grade the engine by its own table.
/// Keys group occupations that share one licence (a move inside a key does not cross a licence).
/// </summary>
public static class Licensing
{
    private static readonly (string Prefix, string Licence)[] Table =
    [
        ("29-12", "physician licence after residency"), ("29-1011", "chiropractic licence"), ("29-102", "dental licence"),
        ("29-1041", "optometry licence"), ("29-1051", "pharmacist licence"), ("29-1071", "physician assistant licence"),
        ("29-1081", "podiatry licence"), ("29-1122", "occupational therapy licence"), ("29-1123", "physical therapy licence"),
        ("29-1126", "respiratory therapy licence"), ("29-1127", "speech-language pathology licence"), ("29-1131", "veterinary licence"),
        ("29-1141", "RN licence"), ("29-1151", "APRN licence"), ("29-1161", "APRN licence"), ("29-1171", "APRN licence"),
        ("29-1292", "dental hygiene licence"), ("29-2061", "LPN licence"), ("29-204", "EMS certification"),
        ("31-1131", "nursing assistant certification"), ("23-1011", "bar admission"),
        ("47-2111", "electrician licence"), ("47-2152", "plumbing licence"), ("53-3032", "commercial driver's licence"),
        ("53-3052", "commercial driver's licence"), ("53-201", "pilot certificate"), ("53-2021", "air traffic control certification"),
        ("25-2", "teaching licence"), ("19-303", "psychology licence"), ("39-501", "cosmetology or barber licence"),
        ("41-902", "real estate licence"), ("33-3051", "police certification"), ("39-4031", "funeral licence"),
    ];

    /// <summary>True when holding <paramref name="have"/> covers <paramref name="need"/>: an APRN is a licensed RN, and an RN may fill an LPN post.</summary>
    public static bool Covers(string? have, string need) => have == need
        || (have == "APRN licence" && need is "RN licence" or "LPN licence") || (have == "RN licence" && need == "LPN licence");

    /// <summary>The licence an occupation code needs, or null.</summary>
    public static string? For(string? code) =>
        code is null ? null : Table.FirstOrDefault(t => code.StartsWith(t.Prefix, StringComparison.Ordinal)).Licence;
}
