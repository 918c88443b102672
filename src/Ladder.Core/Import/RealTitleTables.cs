using Ladder.Catalog;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the labelled real titles (table <c>real_title</c>) in the import's transaction.</summary>
internal static class RealTitleTables
{
    public static int Write(SqliteConnection db, SqliteTransaction tx, IReadOnlyList<RealTitle> titles)
    {
        using var insert = new BulkInsert(db, tx, "real_title", "source", "ord", "title", "socs");
        for (int i = 0; i < titles.Count; i++) insert.Add((int)titles[i].Source, i, titles[i].Text, string.Join('|', titles[i].Socs));
        return insert.Count;
    }
}
