using Ladder.Interests;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the interest and work-value tables (<see cref="InterestStore.Sql"/>) in the import's transaction.</summary>
internal static class InterestTables
{
    // High-points and areas are stored as 0-based indexes into InterestArea.All / WorkValue.All.
    public static void Write(SqliteConnection db, SqliteTransaction tx, InterestData data)
    {
        using (var insert = new BulkInsert(db, tx, "interest_profile", "code", "realistic", "investigative", "artistic", "social", "enterprising", "conventional", "first", "second", "third"))
            foreach (var p in data.Profiles)
                insert.Add(p.Code, p.Scores[0], p.Scores[1], p.Scores[2], p.Scores[3], p.Scores[4], p.Scores[5], p.First?.Index, p.Second?.Index, p.Third?.Index);
        using (var insert = new BulkInsert(db, tx, "work_value", "code", "achievement", "working_conditions", "recognition", "relationships", "support", "independence", "first", "second", "third"))
            foreach (var code in data.WorkValueCodes)
                if (data.WorkValuesOf(code) is { } v)
                    insert.Add(v.Code, v.Extents[0], v.Extents[1], v.Extents[2], v.Extents[3], v.Extents[4], v.Extents[5],
                        v.HighPoints.ElementAtOrDefault(0)?.Index, v.HighPoints.ElementAtOrDefault(1)?.Index, v.HighPoints.ElementAtOrDefault(2)?.Index);
        using (var insert = new BulkInsert(db, tx, "interest_activity", "ord", "areas", "basic_interest", "text"))
            for (int i = 0; i < data.Activities.Count; i++)
                insert.Add(i, string.Join(",", data.Activities[i].Areas.Select(a => a.Index)), data.Activities[i].BasicInterest, data.Activities[i].Text);
        using (var insert = new BulkInsert(db, tx, "riasec_keyword", "ord", "area", "word", "is_action"))
            for (int i = 0; i < data.Keywords.Count; i++)
                insert.Add(i, data.Keywords[i].Area.Index, data.Keywords[i].Word, data.Keywords[i].IsAction ? 1 : 0);
        using (var insert = new BulkInsert(db, tx, "interest_illustrative", "ord", "area", "code"))
        {
            int ord = 0;
            foreach (var area in InterestArea.All)
                foreach (var code in data.Illustrative[area]) insert.Add(ord++, area.Index, code);
        }
    }
}
