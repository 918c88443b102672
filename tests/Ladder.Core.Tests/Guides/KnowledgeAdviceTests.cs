using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Issue 23 (fam4): the roadmap advises a knowledge area only where O*NET rates it at least "important" for the job and the
/// rating's 95% interval lies above the average occupation's importance for it.
/// </summary>
public sealed class KnowledgeAdviceTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private static string? Study(Ladder.Guides.Guide g) =>
        g.Roadmap.FirstOrDefault(s => s.Title == "Learn what the work rests on")?.Detail;

    [Fact]
    public void Museum_technicians_study_their_field_and_cooks_are_not_told_to_study_transportation()
    {
        var museum = Study(shipped.Guide("25-4013.00"))!;
        Assert.StartsWith("Study Fine Arts, History and Archeology", museum, StringComparison.Ordinal);
        Assert.DoesNotContain("Transportation", Study(shipped.Guide("35-2011.00")) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Every_advised_knowledge_area_is_reliably_above_the_average_jobs_need()
    {
        var rated = shipped.Catalog.Occupations.Where(o => o.Skills.Count > 0).ToList();
        var mean = rated.SelectMany(o => o.Knowledge).GroupBy(k => k.Name).ToDictionary(g => g.Key, g => g.Average(k => k.Importance));
        var wrong = new List<string>();
        foreach (var o in rated)
        {
            if (Study(shipped.Guide(o.Code.Value)) is not { } study) continue;
            foreach (var k in o.Knowledge)
                if (Advised(study, k.Name) && (k.Importance < 3.0 || k.ImportanceLow <= mean[k.Name]))
                    wrong.Add($"{o.Code.Value} {k.Name}: {k.Importance} (low {k.ImportanceLow}) against a mean of {mean[k.Name]:0.00}");
        }
        Assert.Empty(wrong);
    }

    // "Study A, B and C: …": the names before the colon.
    private static bool Advised(string study, string name)
    {
        var list = study[6..study.IndexOf(':', StringComparison.Ordinal)];
        return list.StartsWith(name + ",", StringComparison.Ordinal) || list.StartsWith(name + " and ", StringComparison.Ordinal) || list == name
            || list.Contains(", " + name, StringComparison.Ordinal) || list.Contains(" and " + name, StringComparison.Ordinal);
    }
}
