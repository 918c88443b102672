using Ladder.Catalog;
using Ladder.Tests.Core.Content;
using Microsoft.Data.Sqlite;

namespace Ladder.Tests.Core.Catalog;

public sealed class CatalogSnapshotTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public void The_start_up_snapshot_holds_exactly_what_the_tables_hold()
    {
        LadderCatalog fromTables;
        using (var db = new SqliteConnection($"Data Source={fixture.DatabasePath};Mode=ReadOnly;Pooling=False"))
        {
            db.Open();
            fromTables = CatalogLoader.LoadFromTables(db);
        }
        var fromSnapshot = fixture.Catalog;
        Assert.Equal(fromTables.Info, fromSnapshot.Info);
        Assert.Equal(fromTables.AllOccupationsWages, fromSnapshot.AllOccupationsWages);
        Assert.Equal(fromTables.Occupations.Count, fromSnapshot.Occupations.Count);
        Assert.Equal(fromTables.CuratedRoles.Select(r => r.Slug), fromSnapshot.CuratedRoles.Select(r => r.Slug));
        for (int i = 0; i < fromTables.Occupations.Count; i++)
        {
            var a = fromTables.Occupations[i];
            var b = fromSnapshot.Occupations[i];
            Assert.Equal((a.Code, a.Title, a.Slug, a.Description, a.JobZone), (b.Code, b.Title, b.Slug, b.Description, b.JobZone));
            Assert.Equal(a.Wages.Current, b.Wages.Current);
            Assert.Equal(a.Wages.Previous, b.Wages.Previous);
            Assert.Equal((a.Wages.FromParentSoc, a.Wages.FromBroadGroup), (b.Wages.FromParentSoc, b.Wages.FromBroadGroup));
            Assert.Equal(a.Tasks, b.Tasks);
            Assert.Equal(a.Technologies, b.Technologies);
            Assert.Equal(a.Tools, b.Tools);
            Assert.Equal(a.Skills, b.Skills);
            Assert.Equal(a.Knowledge, b.Knowledge);
            Assert.Equal(a.AlternateTitles, b.AlternateTitles);
            Assert.Equal(a.ReportedTitles, b.ReportedTitles);
            Assert.Equal(a.Related, b.Related);
            Assert.Equal(a.Education, b.Education);
            Assert.Equal(a.WorkStyles, b.WorkStyles);
            Assert.Equal(a.Interests, b.Interests);
            Assert.Equal(a.WorkActivities, b.WorkActivities);
        }
    }

    [Fact]
    public void Lists_read_from_many_threads_at_once_are_the_same_list()
    {
        var catalog = LadderCatalog.Open(fixture.DatabasePath);
        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = catalog.Occupations.Sum(o => o.AlternateTitles.Count + o.Tasks.Count));
        Assert.All(counts, c => Assert.Equal(counts[0], c));
        Assert.True(counts[0] > 57_000);
    }
}
