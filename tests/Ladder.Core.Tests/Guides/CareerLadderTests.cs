using Ladder.Guides;
using Ladder.Content;

namespace Ladder.Tests.Core.Guides;

/// <summary>Every job family's ladder: stages in pay order, and each stage's duties different in substance from the next.</summary>
public sealed class CareerLadderTests
{
    public static TheoryData<string> Families() => new(CareerFamilies.All.Select(f => f.Key));

    private static HashSet<string> Words(IEnumerable<string> lines) =>
        lines.SelectMany(l => l.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Families))]
    public void Each_stage_differs_in_substance_from_the_next(string key)
    {
        var family = CareerFamilies.All.Single(f => f.Key == key);
        for (int i = 0; i + 1 < family.Stages.Count; i++)
        {
            var (a, b) = (family.Stages[i], family.Stages[i + 1]);
            Assert.Empty(a.Responsibilities.Intersect(b.Responsibilities, StringComparer.OrdinalIgnoreCase));
            var (wa, wb) = (Words(a.Responsibilities), Words(b.Responsibilities));
            var jaccard = (double)wa.Intersect(wb).Count() / wa.Union(wb).Count();
            Assert.True(jaccard < 0.25, $"{key}: '{a.Label}' and '{b.Label}' share {jaccard:P0} of their words");
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Stages_climb_the_pay_percentiles_without_gaps(string key)
    {
        var family = CareerFamilies.All.Single(f => f.Key == key);
        Assert.InRange(family.Stages.Count, 2, 4);
        Assert.Equal(family.Stages.Count, family.Stages.Select(s => s.Label).Distinct().Count());
        for (int i = 0; i + 1 < family.Stages.Count; i++)
            Assert.Equal(family.Stages[i].HighPercentile, family.Stages[i + 1].LowPercentile);
        Assert.All(family.Stages, s => Assert.True(s.LowPercentile < s.HighPercentile));
        if (family.Top) Assert.DoesNotContain(family.Stages, s => s.Name == CareerLevel.Junior);
    }

    [Fact]
    public void Docs_list_every_family_and_stage()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) dir = dir.Parent;
        var doc = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "career-ladders.md"));
        foreach (var family in CareerFamilies.All)
        {
            Assert.Contains(family.Name, doc, StringComparison.Ordinal);
            foreach (var stage in family.Stages) Assert.Contains(stage.Label, doc, StringComparison.Ordinal);
        }
    }
}
