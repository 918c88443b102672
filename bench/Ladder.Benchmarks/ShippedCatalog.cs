using Ladder.Catalog;
using Ladder.Engine;

namespace Ladder.Benchmarks;

/// <summary>The shipped catalog imported into a throwaway database, and the messy titles to query it with.</summary>
internal static class ShippedCatalog
{
    public static LadderCatalog Load()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ladder-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var catalog = LadderEngine.OpenOrImport(path).Catalog;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
        return catalog;
    }

    public static string[] MessyTitles() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "messy-titles.tsv")).Select(l => l.Split('\t')[0]).ToArray();

    /// <summary>100,000 lines made by cycling the messy set.</summary>
    public static string[] BatchTitles(int count = 100_000)
    {
        var messy = MessyTitles();
        return Enumerable.Range(0, count).Select(i => messy[i % messy.Length]).ToArray();
    }
}
