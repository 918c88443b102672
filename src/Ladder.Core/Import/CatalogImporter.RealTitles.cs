using Ladder.Catalog;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>Reads the labelled employer and Census titles the title index learns from, and writes them; either may be left out.</summary>
    private static int LoadRealTitles(SqliteConnection db, SqliteTransaction tx, ImportOptions options)
    {
        var titles = new List<RealTitle>();
        if (options.EmployerTitlesPath is { } employer) titles.AddRange(RealTitleReader.Read(employer, RealTitleSource.Employer));
        if (options.CensusTitlesPath is { } census) titles.AddRange(RealTitleReader.Read(census, RealTitleSource.Census));
        return RealTitleTables.Write(db, tx, titles);
    }
}
