namespace Ladder.Storage;

/// <summary>The SQLite schema of the catalog database that <c>ladder import</c> writes.</summary>
public static class CatalogSchema
{
    /// <summary>Bumped whenever the tables change; an older database must be re-imported.</summary>
    public const int Version = 17;

    public const string Sql = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE occupation (
            code TEXT PRIMARY KEY, title TEXT NOT NULL, slug TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL, job_zone INTEGER NULL);
        CREATE TABLE alternate_title (code TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT NULL);
        CREATE TABLE reported_title (code TEXT NOT NULL, title TEXT NOT NULL, shown_in_my_next_move INTEGER NOT NULL);
        CREATE TABLE technology (code TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL, hot INTEGER NOT NULL, in_demand INTEGER NOT NULL);
        CREATE TABLE tool (code TEXT NOT NULL, name TEXT NOT NULL, category TEXT NOT NULL);
        CREATE TABLE task (code TEXT NOT NULL, task_id INTEGER NOT NULL, text TEXT NOT NULL, is_core INTEGER NOT NULL);
        CREATE TABLE rating (code TEXT NOT NULL, kind TEXT NOT NULL, element_id TEXT NOT NULL, name TEXT NOT NULL,
            importance REAL NOT NULL, level REAL NOT NULL, level_se REAL NULL, importance_low REAL NOT NULL);
        CREATE TABLE related (code TEXT NOT NULL, related_code TEXT NOT NULL, tier TEXT NOT NULL, idx INTEGER NOT NULL);
        CREATE TABLE education (code TEXT NOT NULL, category INTEGER NOT NULL, percent REAL NOT NULL);
        CREATE TABLE education_category (category INTEGER PRIMARY KEY, description TEXT NOT NULL);
        CREATE TABLE job_zone (zone INTEGER PRIMARY KEY, name TEXT NOT NULL, experience TEXT NOT NULL,
            education TEXT NOT NULL, training TEXT NOT NULL);
        CREATE TABLE work_style (code TEXT NOT NULL, name TEXT NOT NULL, value REAL NOT NULL);
        CREATE TABLE interest (code TEXT NOT NULL, name TEXT NOT NULL, value REAL NOT NULL);
        CREATE TABLE dwa (dwa_id TEXT PRIMARY KEY, title TEXT NOT NULL);
        CREATE TABLE task_dwa (code TEXT NOT NULL, task_id INTEGER NOT NULL, dwa_id TEXT NOT NULL);
        CREATE TABLE wage (
            soc TEXT NOT NULL, release TEXT NOT NULL, title TEXT NOT NULL, o_group TEXT NOT NULL, hourly_only INTEGER NOT NULL,
            employment REAL NULL, employment_marker INTEGER NOT NULL,
            p10 REAL NULL, p10_marker INTEGER NOT NULL, p25 REAL NULL, p25_marker INTEGER NOT NULL,
            median REAL NULL, median_marker INTEGER NOT NULL, p75 REAL NULL, p75_marker INTEGER NOT NULL,
            p90 REAL NULL, p90_marker INTEGER NOT NULL, mean REAL NULL, mean_marker INTEGER NOT NULL,
            hourly_median REAL NULL, hourly_median_marker INTEGER NOT NULL,
            hourly_p10 REAL NULL, hourly_p10_marker INTEGER NOT NULL, hourly_p25 REAL NULL, hourly_p25_marker INTEGER NOT NULL,
            hourly_p75 REAL NULL, hourly_p75_marker INTEGER NOT NULL, hourly_p90 REAL NULL, hourly_p90_marker INTEGER NOT NULL,
            hourly_mean REAL NULL, hourly_mean_marker INTEGER NOT NULL,
            PRIMARY KEY (soc, release));
        CREATE TABLE snapshot (format INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE curated_role (slug TEXT PRIMARY KEY, file TEXT NOT NULL, json TEXT NOT NULL);
        CREATE TABLE real_title (source INTEGER NOT NULL, ord INTEGER NOT NULL, title TEXT NOT NULL, socs TEXT NOT NULL, PRIMARY KEY (source, ord));
        CREATE TABLE way_in (code TEXT NOT NULL, ord INTEGER NOT NULL, slug TEXT NOT NULL, relation TEXT NOT NULL, PRIMARY KEY (code, ord));
        """;

    /// <summary>Indexes created after the bulk load, which is faster than maintaining them row by row.</summary>
    public const string IndexSql = """
        CREATE INDEX ix_alternate_title_code ON alternate_title(code);
        CREATE INDEX ix_technology_code ON technology(code);
        CREATE INDEX ix_rating_code ON rating(code);
        CREATE INDEX ix_task_code ON task(code);
        """;
}
