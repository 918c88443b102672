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

    /// <summary>True when BLS's typical entry needs work experience in a related occupation (any value but "None").</summary>
    public static bool NeedsPriorExperience(string? experience) => experience is not null && IndexOf(Experience, experience) > 0;

    /// <summary>0 for no formal credential up to 7 for a doctoral or professional degree; -1 when unknown.</summary>
    public static int EducationRank(string? education) => education is null ? -1 : IndexOf(Education, education);

    // O*NET's twelve education-survey categories on BLS's eight entry levels: certificates sit with the degree they
    // follow, a post-secondary certificate is BLS's nondegree award, professional and post-doctoral with doctoral.
    private static readonly int[] SurveyRanks = [0, 1, 3, 2, 4, 5, 5, 6, 6, 7, 7, 7];

    /// <summary>An O*NET education category (1–12) on <see cref="Education"/>'s scale (0–7); -1 when out of range.</summary>
    public static int SurveyRank(int category) => category is >= 1 and <= 12 ? SurveyRanks[category - 1] : -1;

    /// <summary>
    /// Levels apart on BLS's scale from which O*NET's survey mode and BLS's typical entry education are said to disagree:
    /// one level (a high school diploma against "some college") is survey noise, two (against a nondegree award or more) is not.
    /// </summary>
    public const int FarApart = 2;

    /// <summary>A URL-safe key for an education level ("bachelors-degree").</summary>
    public static string EducationKey(string education) => Occupations.Slug.From(education.Replace("'", "", StringComparison.Ordinal));

    internal static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }
}
