namespace Ladder.Outlook;

/// <summary>
/// The fixed categories BLS uses for entry requirements. Import refuses any other value, so pages can
/// rank and filter by them.
/// </summary>
public static class EntryVocabulary
{
    /// <summary>Typical education needed for entry, from least to most.</summary>
    public static readonly IReadOnlyList<string> Education =
    [
        "No formal educational credential",
        "High school diploma or equivalent",
        "Some college, no degree",
        "Postsecondary nondegree award",
        "Associate's degree",
        "Bachelor's degree",
        "Master's degree",
        "Doctoral or professional degree",
    ];

    public static readonly IReadOnlyList<string> Experience = ["None", "Less than 5 years", "5 years or more"];

    public static readonly IReadOnlyList<string> Training =
    [
        "None",
        "Short-term on-the-job training",
        "Moderate-term on-the-job training",
        "Long-term on-the-job training",
        "Apprenticeship",
        "Internship/residency",
    ];

    /// <summary>0 for no formal credential up to 7 for a doctoral or professional degree; -1 when unknown.</summary>
    public static int EducationRank(string? education) => education is null ? -1 : IndexOf(Education, education);

    /// <summary>A URL-safe key for an education level ("bachelors-degree").</summary>
    public static string EducationKey(string education) => Occupations.Slug.From(education.Replace("'", "", StringComparison.Ordinal));

    internal static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }
}
