using Ladder.Matching;

namespace Ladder.Tests.Core.Matching;

public sealed class SkillExtractorTests(MatchingCatalogFixture data) : IClassFixture<MatchingCatalogFixture>
{
    private IReadOnlyList<string> Names(string text) => data.Space.Extractor.Extract(text).Select(h => h.Canonical).Distinct().ToList();

    [Theory]
    [InlineData("Built services in C# on .NET 8.", "C#", "Microsoft .NET Framework")]
    [InlineData("Firmware in C and C++ (C++17).", "C", "C++")]
    [InlineData("APIs in Node.js and TypeScript", "Node.js", "TypeScript")]
    [InlineData("Models in R and Python.", "R", "Python")]
    [InlineData("Wrote a Kubernetes operator in Go.", "Go", "Kubernetes")]
    [InlineData("Skills: JS, k8s, Postgres, sklearn, MS Excel", "JavaScript", "Kubernetes", "PostgreSQL", "Scikit-learn", "Microsoft Excel")]
    public void Finds_punctuated_and_short_names(string text, params string[] expected)
    {
        var names = Names(text);
        foreach (var e in expected) Assert.Contains(e, names);
    }

    [Theory]
    [InlineData("Three years with the R&D team.", "R")]
    [InlineData("Reconciled A/R and A/P every month.", "R")]
    [InlineData("I'm the go-to person for billing.", "Go")]
    [InlineData("I was on point for the go live weekend.", "Go")]
    [InlineData("I go out of my way for patients.", "Go")]
    [InlineData("I excel at building trust with residents.", "Microsoft Excel")]
    [InlineData("Comfortable presenting to the C-suite.", "C")]
    [InlineData("Prepared Schedule C returns for sole proprietors.", "C")]
    [InlineData("AWS D1.1 certified structural welder.", "Amazon Web Services AWS software")]
    [InlineData("Spring 2023 catering menu.", "Spring Framework")]
    public void Context_keeps_everyday_words_out(string text, string notExpected) =>
        Assert.DoesNotContain(notExpected, Names(text));

    [Fact]
    public void Each_hit_carries_its_span()
    {
        const string text = "Dashboards in Tableau; scripts in C#.";
        foreach (var hit in data.Space.Extractor.Extract(text))
            Assert.Equal(hit.Text, text.Substring(hit.Start, hit.Length));
        var csharp = data.Space.Extractor.Extract(text).Single(h => h.Canonical == "C#");
        Assert.Equal(text.IndexOf("C#", StringComparison.Ordinal), csharp.Start);
        Assert.Equal(2, csharp.Length);
    }

    [Fact]
    public void A_typed_list_reports_the_words_it_did_not_recognise()
    {
        var result = data.Space.Extractor.ExtractList("python, r, go, flibbertigibbet, critical thinking");
        Assert.Equal(["Python", "R", "Go", "Critical Thinking"], result.Hits.Select(h => h.Canonical).ToArray());
        Assert.Equal(["flibbertigibbet"], result.Unrecognized.ToArray());
    }

    [Fact]
    public void The_extractor_a_space_builds_again_on_first_use_finds_what_the_one_it_was_built_with_finds()
    {
        // The space drops the extractor its build used and builds one on first use; both come from the same catalog.
        var given = SkillExtractor.Build(data.Catalog);
        var withGiven = SkillSpace.Build(data.Catalog, extractor: given);
        var rebuilt = SkillSpace.Build(data.Catalog).Extractor;
        Assert.Same(given, withGiven.Extractor);
        Assert.NotSame(given, rebuilt);
        Assert.Equal(given.Canonicals.Order(StringComparer.Ordinal), rebuilt.Canonicals.Order(StringComparer.Ordinal));
        var folder = Path.Combine(AppContext.BaseDirectory, "testdata", "resumes");
        var texts = Directory.GetFiles(folder, "*.txt").Select(File.ReadAllText).Append(string.Join(", ", given.Canonicals.Order(StringComparer.Ordinal))).ToList();
        Assert.True(texts.Count > 40);
        foreach (var text in texts)
        {
            Assert.Equal(given.Extract(text), rebuilt.Extract(text));
            Assert.Equal(given.ExtractList(text).Hits, rebuilt.ExtractList(text).Hits);
            Assert.Equal(given.ExtractList(text).Unrecognized, rebuilt.ExtractList(text).Unrecognized);
        }
    }
}
