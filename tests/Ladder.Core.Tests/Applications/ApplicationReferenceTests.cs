using Ladder.Applications;

namespace Ladder.Tests.Core.Applications;

public sealed class ApplicationReferenceTests
{
    [Fact]
    public void New_references_are_valid_and_distinct()
    {
        var references = Enumerable.Range(0, 10_000).Select(_ => ApplicationReference.New()).ToList();
        Assert.All(references, r => Assert.True(ApplicationReference.IsValid(r), r));
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Theory]
    [InlineData("LAD-7K3M-Q9XD", true)]
    [InlineData("LAD-7K3M-Q9XI", false)]
    [InlineData("lad-7k3m-q9xd", false)]
    [InlineData("LAD-7K3MQ9XD", false)]
    [InlineData("<script>", false)]
    [InlineData(null, false)]
    public void Only_well_formed_references_are_valid(string? reference, bool valid) => Assert.Equal(valid, ApplicationReference.IsValid(reference));

    [Fact]
    public void Sqlite_path_comes_from_the_option_then_the_environment_then_beside_the_catalog()
    {
        var catalog = Path.Combine(Path.GetTempPath(), "cat", "ladder.db");
        Assert.Equal(Path.GetFullPath("/x/a.db"), ApplicationPaths.SqliteDatabase("/x/a.db", catalog, _ => "/y/b.db"));
        Assert.Equal(Path.GetFullPath("/y/b.db"), ApplicationPaths.SqliteDatabase(null, catalog, v => v == ApplicationPaths.DatabaseVariable ? "/y/b.db" : null));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "cat", "applications.db"), ApplicationPaths.SqliteDatabase(null, catalog, _ => null));
    }
}
