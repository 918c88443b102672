using Ladder.Licences;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Licences;

/// <summary>docs/licence-decisions.md is generated from content/licences and counts every decision once.</summary>
public sealed class LicenceDecisionDocTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Fact]
    public void Docs_licence_decisions_is_generated_from_the_decisions()
    {
        var catalog = shipped.Catalog;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ladder.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "docs", "licence-decisions.md");
        var rendered = LicenceDecisionDoc.Render(catalog.Outlook.Licences, catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title));
        // LADDER_WRITE_DOCS=1 dotnet test ... --filter Docs_licence_decisions rewrites the page after a content change.
        if (Environment.GetEnvironmentVariable("LADDER_WRITE_DOCS") == "1") File.WriteAllText(path, rendered);
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == rendered,
            "docs/licence-decisions.md is out of date: run `LADDER_WRITE_DOCS=1 dotnet test tests/Ladder.Core.Tests -c Release --filter Docs_licence_decisions`.");
        // The totals row counts every occupation and curated role, and checked + unchecked make the whole.
        var decisions = catalog.Outlook.Licences.All.ToList();
        var checkedCount = decisions.Count(d => d.Decision.IsChecked);
        Assert.Contains($"| **All** | | **{catalog.Occupations.Count}** | **{catalog.CuratedRoles.Count}** | **{checkedCount}** | **{decisions.Count - checkedCount}** |", rendered, StringComparison.Ordinal);
        // Every occupation appears in exactly one kind's table.
        foreach (var o in catalog.Occupations.Take(50))
            Assert.Single(rendered.Split('\n'), l => l.StartsWith($"| {o.Code.Value} |", StringComparison.Ordinal));
    }
}
