using Ladder.Outlook;

namespace Ladder.Catalog;

/// <summary>
/// The outlook and entry facts a role list sorts and filters by: those of the role's primary occupation. FiguresFor is
/// "the broader group … (SOC …)" when the figures are a broader BLS row's, null when the occupation's own.
/// </summary>
public sealed record RoleOutlookFacts(double? ChangePercent, string VerdictKey, string Verdict, double? OpeningsPerYear, string? Education, int EducationRank, string? FiguresFor = null)
{
    public static RoleOutlookFacts For(LadderCatalog catalog, Role role)
    {
        var match = catalog.Outlook.ProjectionFor(role.Primary.Code);
        var p = match?.Projection;
        var band = p is null ? null : OutlookVerdict.For(p);
        return new(p?.ChangePercent, band?.Key ?? "unknown", band?.Phrase ?? "not available", p?.OpeningsThousands * 1000, p?.EntryEducation,
            EntryVocabulary.EducationRank(p?.EntryEducation), match?.Group(role.Primary.Code));
    }
}

/// <summary>
/// Sorting and filtering a list of roles by outlook and by typical entry education, shared by the domain and
/// search pages and <c>/api/roles</c>. Values are the stable keys shown in <see cref="Outlooks"/> and
/// <see cref="EntryVocabulary.EducationKey"/>.
/// </summary>
public sealed record RoleOutlookFilter(string? Outlook, string? Education, string? Sort)
{
    /// <summary>Outlook filter keys: "growing" is faster or much faster than average.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Outlooks =
        [("growing", "Growing faster than average"), ("much-faster", "Much faster than average"), ("average", "About average"), ("slower-or-flat", "Slower, little or no change"), ("decline", "Declining")];

    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
        [("title", "Title"), ("pay", "Median pay"), ("growth", "Projected growth"), ("openings", "Openings a year"), ("education", "Entry education")];

    public bool IsEmpty => Outlook is null && Education is null && Sort is null;

    /// <summary>Checks the keys; returns a message naming the bad parameter, or null when all are valid.</summary>
    public string? Validate()
    {
        if (Outlook is { } o && Outlooks.All(x => x.Key != o))
            return $"'outlook' must be one of: {string.Join(", ", Outlooks.Select(x => x.Key))}.";
        if (Education is { } e && EntryVocabulary.Education.All(x => EntryVocabulary.EducationKey(x) != e))
            return $"'education' must be one of: {string.Join(", ", EntryVocabulary.Education.Select(EntryVocabulary.EducationKey))}.";
        if (Sort is { } s && Sorts.All(x => x.Key != s))
            return $"'sort' must be one of: {string.Join(", ", Sorts.Select(x => x.Key))}.";
        return null;
    }

    public static RoleOutlookFilter From(string? outlook, string? education, string? sort) =>
        new(Blank(outlook), Blank(education), Blank(sort));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) || value == "any" ? null : value.Trim();

    public IEnumerable<Role> Apply(LadderCatalog catalog, IEnumerable<Role> roles)
    {
        var facts = roles.Select(r => (Role: r, Facts: RoleOutlookFacts.For(catalog, r)));
        if (Outlook is { } o) facts = facts.Where(x => MatchesOutlook(o, x.Facts.VerdictKey));
        if (Education is { } e) facts = facts.Where(x => x.Facts.Education is { } ed && EntryVocabulary.EducationKey(ed) == e);
        // Roles without the figure sort last whatever the order, so "not available" never reads as a low value.
        facts = Sort switch
        {
            "pay" => facts.OrderBy(x => x.Role.MedianPay is null).ThenByDescending(x => x.Role.MedianPay),
            "growth" => facts.OrderBy(x => x.Facts.ChangePercent is null).ThenByDescending(x => x.Facts.ChangePercent),
            "openings" => facts.OrderBy(x => x.Facts.OpeningsPerYear is null).ThenByDescending(x => x.Facts.OpeningsPerYear),
            "education" => facts.OrderBy(x => x.Facts.EducationRank < 0).ThenBy(x => x.Facts.EducationRank),
            "title" => facts.OrderBy(x => x.Role.Title, StringComparer.OrdinalIgnoreCase),
            _ => facts,
        };
        return facts.Select(x => x.Role);
    }

    /// <summary>Whether an outlook verdict key (<see cref="OutlookVerdict.Band.Key"/>) passes an outlook filter key.</summary>
    public static bool MatchesOutlook(string filter, string verdict) => filter switch
    {
        "growing" => verdict is "much-faster" or "faster",
        "slower-or-flat" => verdict is "slower" or "little-change",
        _ => verdict == filter,
    };
}
