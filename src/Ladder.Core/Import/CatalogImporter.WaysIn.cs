using Ladder.Catalog;
using Ladder.Matching;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>
    /// Ranks every occupation's ways in (a guide's "Roles people move from", <see cref="WaysIn"/>) from the finished
    /// catalog at <paramref name="path"/> and stores them with the fingerprint of the move model used
    /// (<see cref="StoredWaysIn"/>): ranking needs the whole skill space, which every `ladder guide` would otherwise build.
    /// </summary>
    private static int WriteWaysIn(SqliteConnection db, string path)
    {
        var space = SkillSpace.Build(CatalogLoader.Load(path));
        var occupations = space.Catalog.Occupations;
        var ranked = new IReadOnlyList<Guides.RoleLink>[occupations.Count];
        Parallel.For(0, occupations.Count, i => ranked[i] = WaysIn.Rank(space, occupations[i]));
        using var tx = db.BeginTransaction();
        using (var insert = new BulkInsert(db, tx, "way_in", "code", "ord", "slug", "relation"))
            for (int i = 0; i < occupations.Count; i++)
                for (int k = 0; k < ranked[i].Count; k++)
                    insert.Add(occupations[i].Code.Value, k, ranked[i][k].Slug, ranked[i][k].Relation);
        WriteMeta(db, tx, new Dictionary<string, string> { ["ways_in_model"] = MoveModel.ShippedFingerprint });
        tx.Commit();
        return ranked.Sum(r => r.Count);
    }
}
