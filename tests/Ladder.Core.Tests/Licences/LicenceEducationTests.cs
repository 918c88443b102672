using System.Text.RegularExpressions;
using Ladder.Outlook;
using Ladder.Tests.Core.Matching;

namespace Ladder.Tests.Core.Licences;

/// <summary>
/// A "no licence" decision that says what employers usually ask for agrees with the BLS entry education the same guide's
/// way in shows, on every occupation it covers: one sentence shared by a group read "an associate's degree" on telecom
/// technicians, whose BLS entry is a postsecondary nondegree award, and "a doctoral degree" on art, drama and music
/// professors, whose BLS entry is a master's.
/// </summary>
public sealed partial class LicenceEducationTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    [GeneratedRegex(@"usually ask for (?:an? )?(?<what>[^,;.]+)")]
    private static partial Regex AskFor();

    // The words that name each BLS entry level in a decision's sentence.
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["No formal educational credential"] = ["no formal"],
        ["High school diploma or equivalent"] = ["high school"],
        ["Some college, no degree"] = ["some college"],
        ["Postsecondary nondegree award"] = ["postsecondary certificate", "certificate"],
        ["Associate's degree"] = ["associate's"],
        ["Bachelor's degree"] = ["bachelor's"],
        ["Master's degree"] = ["master's"],
        ["Doctoral or professional degree"] = ["doctoral", "professional degree"],
    };

    [Fact]
    public void What_employers_usually_ask_for_is_the_BLS_entry_education_of_every_occupation_in_the_decision()
    {
        var catalog = data.Catalog;
        var checkedCount = 0;
        var problems = new List<string>();
        foreach (var o in catalog.Occupations)
        {
            if (catalog.Outlook.Licences.For(o.Code)?.Instead is not { } instead || AskFor().Match(instead) is not { Success: true } m) continue;
            if (catalog.Outlook.ProjectionFor(o.Code)?.Projection.EntryEducation is not { } education) continue;
            checkedCount++;
            var what = m.Groups["what"].Value;
            if (!Words[education].Any(w => what.Contains(w, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"{o.Code.Value}: BLS entry '{education}', decision asks for '{what}'");
        }
        Assert.True(checkedCount > 300, $"only {checkedCount} decisions say what employers ask for");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
