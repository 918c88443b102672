using System.Collections.Frozen;

namespace Ladder.Search;

/// <summary>
/// Words that say how senior a job is or how it is posted, not what the job is.
/// Seniority words are stripped and reported; posting words only count when a title contains them too.
/// </summary>
internal static class TitleNoise
{
    /// <summary>Seniority word → the level it signals.</summary>
    public static FrozenDictionary<string, string> Seniority { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["senior"] = "senior",
        ["junior"] = "junior",
        ["lead"] = "lead",
        ["principal"] = "principal",
        ["staff"] = "staff",
        ["distinguished"] = "distinguished",
        ["entry"] = "entry",
        ["mid"] = "mid",
        ["intern"] = "intern",
        ["internship"] = "intern",
        ["trainee"] = "trainee",
        ["apprentice"] = "apprentice",
        ["journeyman"] = "journey level",
        ["journeyworker"] = "journey level",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that introduce a grade: "level 2", "tier II", "grade 3".</summary>
    public static FrozenSet<string> GradeWords { get; } = new[] { "level", "lvl", "tier", "grade", "band", "step" }.ToFrozenSet(StringComparer.Ordinal);

    public static FrozenDictionary<string, int> RomanNumerals { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["i"] = 1, ["ii"] = 2, ["iii"] = 3, ["iv"] = 4, ["v"] = 5, ["vi"] = 6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Schedule, place and contract words from postings: they never count against a title.</summary>
    public static FrozenSet<string> Posting { get; } = new[]
    {
        "remote", "hybrid", "onsite", "us", "usa", "contract", "temp", "temporary", "part", "full", "time", "ft", "prn", "per", "diem",
        "night", "nights", "overnight", "day", "days", "evening", "evenings", "weekend", "weekends", "shift", "shifts", "bonus", "sign",
        "hiring", "urgent", "immediate", "needed", "new", "grad", "flexible", "hourly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Units that follow a pay figure ("$22/hr", "85k"): "hr" there is not human resources.</summary>
    public static FrozenSet<string> PayUnits { get; } = new[] { "hr", "hrs", "hour", "hourly", "yr", "year", "k", "wk", "week", "mo", "month", "annual" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that carry no meaning in a title.</summary>
    public static FrozenSet<string> Stop { get; } = new[]
    {
        "and", "of", "the", "for", "in", "at", "to", "a", "an", "with", "or", "on", "by", "all", "other", "except", "s",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end a title's head phrase: "Director of Nursing" is a director.</summary>
    public static FrozenSet<string> Linking { get; } = new[] { "of", "for", "in", "at", "with", "to", "on" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Letter-digit words that are real vocabulary rather than internal codes.</summary>
    public static FrozenSet<string> MixedWords { get; } = new[] { "2d", "3d", "4d", "5g", "k8s", "b2b", "b2c", "k12", "web3" }.ToFrozenSet(StringComparer.Ordinal);
}
