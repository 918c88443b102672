using Microsoft.Data.Sqlite;

namespace Ladder.Interests;

/// <summary>The interest and work-value tables of the catalog database: written by import (<c>Import.InterestTables</c>), read once at start-up.</summary>
public static class InterestStore
{
    public const string Sql = """
        CREATE TABLE interest_profile (code TEXT PRIMARY KEY, realistic REAL NOT NULL, investigative REAL NOT NULL, artistic REAL NOT NULL,
            social REAL NOT NULL, enterprising REAL NOT NULL, conventional REAL NOT NULL, first INTEGER NULL, second INTEGER NULL, third INTEGER NULL);
        CREATE TABLE work_value (code TEXT PRIMARY KEY, achievement REAL NOT NULL, working_conditions REAL NOT NULL, recognition REAL NOT NULL,
            relationships REAL NOT NULL, support REAL NOT NULL, independence REAL NOT NULL, first INTEGER NULL, second INTEGER NULL, third INTEGER NULL);
        CREATE TABLE interest_activity (ord INTEGER PRIMARY KEY, areas TEXT NOT NULL, basic_interest TEXT NULL, text TEXT NOT NULL);
        CREATE TABLE riasec_keyword (ord INTEGER PRIMARY KEY, area INTEGER NOT NULL, word TEXT NOT NULL, is_action INTEGER NOT NULL);
        CREATE TABLE interest_illustrative (ord INTEGER PRIMARY KEY, area INTEGER NOT NULL, code TEXT NOT NULL);
        """;

    public static InterestData Read(SqliteConnection db)
    {
        static InterestArea? A(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : InterestArea.All[r.GetInt32(i)];
        var profiles = Query(db, "SELECT code, realistic, investigative, artistic, social, enterprising, conventional, first, second, third FROM interest_profile ORDER BY code",
            r => new OccupationInterests(r.GetString(0), Enumerable.Range(1, 6).Select(r.GetDouble).ToArray(), A(r, 7), A(r, 8), A(r, 9)));
        var values = Query(db, "SELECT code, achievement, working_conditions, recognition, relationships, support, independence, first, second, third FROM work_value ORDER BY code",
            r => new OccupationWorkValues(r.GetString(0), Enumerable.Range(1, 6).Select(r.GetDouble).ToArray(),
                Enumerable.Range(7, 3).Where(i => !r.IsDBNull(i)).Select(i => WorkValue.All[r.GetInt32(i)]).ToArray()));
        var activities = Query(db, "SELECT areas, basic_interest, text FROM interest_activity ORDER BY ord",
            r => new InterestActivity(r.GetString(0).Split(',').Select(x => InterestArea.All[int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)]).ToArray(),
                r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)));
        var keywords = Query(db, "SELECT area, word, is_action FROM riasec_keyword ORDER BY ord", r => new RiasecKeyword(InterestArea.All[r.GetInt32(0)], r.GetString(1), r.GetInt32(2) == 1));
        var illustrative = Query(db, "SELECT area, code FROM interest_illustrative ORDER BY ord", r => (InterestArea.All[r.GetInt32(0)], r.GetString(1)));
        return new InterestData(profiles, values, activities, keywords, illustrative);
    }

    private static List<T> Query<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> map) => Storage.SqliteRows.Query(db, sql, map);
}
