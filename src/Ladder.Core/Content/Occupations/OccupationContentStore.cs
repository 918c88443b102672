using Microsoft.Data.Sqlite;

namespace Ladder.Content;

/// <summary>The domains, pay basis and work kinds of content/occupations in the catalog database: written by import (<c>Import.OccupationContentTables</c>), read once at start-up.</summary>
public static class OccupationContentStore
{
    public const string Sql = """
        CREATE TABLE domain (name TEXT PRIMARY KEY, ord INTEGER NOT NULL, why TEXT NOT NULL);
        CREATE TABLE occupation_domain (code TEXT PRIMARY KEY, domain TEXT NOT NULL REFERENCES domain(name), ord INTEGER NOT NULL, usually_hourly INTEGER NOT NULL, work_kind TEXT NOT NULL);
        """;

    public static OccupationContent Read(SqliteConnection db)
    {
        var domains = Storage.SqliteRows.Query(db, "SELECT name, why FROM domain ORDER BY ord", r => (Name: r.GetString(0), Why: r.GetString(1)));
        var members = Storage.SqliteRows.Query(db, "SELECT code, domain, usually_hourly, work_kind FROM occupation_domain ORDER BY domain, ord",
            r => (Code: r.GetString(0), Domain: r.GetString(1), Hourly: r.GetInt32(2) == 1, Kind: WorkKinds.Parse(r.GetString(3))));
        var byDomain = members.GroupBy(m => m.Domain).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.Code).ToList(), StringComparer.Ordinal);
        return new OccupationContent(domains.Select(d => new DomainEntry(d.Name, d.Why, byDomain.GetValueOrDefault(d.Name) ?? [])).ToList(),
            members.Where(m => m.Hourly).Select(m => m.Code), members.ToDictionary(m => m.Code, m => m.Kind, StringComparer.Ordinal));
    }
}
