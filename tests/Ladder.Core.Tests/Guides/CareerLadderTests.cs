using Ladder.Guides;
using Ladder.Content;
using Ladder.Storage;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>The shipped content/families: every occupation in one family, stages that climb, and docs generated from them.</summary>
public sealed class CareerLadderTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private CareerFamilies Families => shipped.Catalog.Families;

    private IReadOnlyDictionary<string, string> Titles => shipped.Catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title);

    private static HashSet<string> Words(IEnumerable<string> lines) =>
        lines.SelectMany(l => l.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_occupation_is_in_exactly_one_family_by_its_code()
    {
        var members = Families.Members.Values.SelectMany(m => m).ToList();
        Assert.Equal(1016, members.Count);
        Assert.Equal(shipped.Catalog.Occupations.Select(o => o.Code.Value).Order(StringComparer.Ordinal), members.Order(StringComparer.Ordinal));
        Assert.True(Families.All.Count >= 40, $"{Families.All.Count} families");
    }

    [Theory]
    [InlineData("45-4021.00", "logging-forestry")]
    [InlineData("45-3031.00", "fishing")]
    [InlineData("47-5032.00", "extraction")]
    [InlineData("49-2011.00", "repair")]
    [InlineData("33-2011.00", "firefighting")]
    [InlineData("33-3051.00", "policing")]
    [InlineData("33-3012.00", "corrections")]
    [InlineData("53-3054.00", "passenger-driving")]
    [InlineData("53-3011.00", "ambulance")]
    [InlineData("53-3032.00", "freight-driving")]
    [InlineData("53-2031.00", "cabin-crew")]
    [InlineData("53-2021.00", "air-traffic")]
    [InlineData("53-5011.00", "ship-crew")]
    [InlineData("53-4011.00", "rail-crew")]
    [InlineData("27-1024.00", "design")]
    [InlineData("39-9011.00", "education-support")]
    [InlineData("21-1014.00", "counseling-social")]
    [InlineData("21-1019.00", "community-service")]
    [InlineData("21-1093.00", "community-service")]
    [InlineData("21-2011.00", "clergy")]
    [InlineData("41-9031.00", "sales-rep")]
    [InlineData("45-2092.00", "farming")]
    [InlineData("29-1215.00", "physician")]
    [InlineData("29-1021.00", "dentist")]
    [InlineData("29-1051.00", "pharmacist")]
    [InlineData("29-1292.00", "clinical")]
    public void Fields_that_climb_differently_have_their_own_family(string code, string family) =>
        Assert.Equal(family, Families.For(Ladder.Occupations.OccupationCode.Parse(code)).Key);

    [Fact]
    public void Each_stage_differs_in_substance_from_the_next()
    {
        foreach (var family in Families.All)
            for (int i = 0; i + 1 < family.Stages.Count; i++)
            {
                var (a, b) = (family.Stages[i], family.Stages[i + 1]);
                Assert.Empty(a.Responsibilities.Intersect(b.Responsibilities, StringComparer.OrdinalIgnoreCase));
                var (wa, wb) = (Words(a.Responsibilities), Words(b.Responsibilities));
                var jaccard = (double)wa.Intersect(wb).Count() / wa.Union(wb).Count();
                Assert.True(jaccard < 0.25, $"{family.Key}: '{a.Label}' and '{b.Label}' share {jaccard:P0} of their words");
            }
    }

    [Fact]
    public void Paid_stages_climb_the_pay_percentiles_without_gaps_and_only_the_first_stage_may_be_training()
    {
        foreach (var family in Families.All)
        {
            Assert.InRange(family.Stages.Count, 2, 4);
            Assert.Equal(family.Stages.Count, family.Stages.Select(s => s.Label).Distinct().Count());
            Assert.All(family.Stages.Skip(1), s => Assert.False(s.IsTraining, $"{family.Key}: only the first stage may be a training stage"));
            var paid = family.Stages.Where(s => !s.IsTraining).ToList();
            for (int i = 0; i + 1 < paid.Count; i++) Assert.Equal(paid[i].HighPercentile, paid[i + 1].LowPercentile);
            Assert.All(paid, s => Assert.True(s.LowPercentile < s.HighPercentile));
            if (family.Top) Assert.DoesNotContain(family.Stages, s => s.Name == CareerLevel.Junior);
        }
    }

    [Fact]
    public void Docs_career_ladders_is_generated_from_the_families()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "docs", "career-ladders.md");
        var rendered = CareerLadderDoc.Render(Families, Titles);
        // LADDER_WRITE_DOCS=1 dotnet test ... --filter Docs_career_ladders rewrites the page after a content change.
        if (Environment.GetEnvironmentVariable("LADDER_WRITE_DOCS") == "1") File.WriteAllText(path, rendered);
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == rendered,
            "docs/career-ladders.md is out of date: run `LADDER_WRITE_DOCS=1 dotnet test tests/Ladder.Core.Tests -c Release --filter Docs_career_ladders`.");
    }

    [Fact]
    public void The_shipped_folder_loads_the_same_families_the_catalog_holds()
    {
        var loaded = FamilyLoader.LoadFolder(LadderPaths.ShippedFamilies, Titles);
        Assert.Equal(Families.All.Select(f => f.Key), loaded.All.Select(f => f.Key));
    }
}
