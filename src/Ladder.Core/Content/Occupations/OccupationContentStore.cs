using Microsoft.Data.Sqlite;

namespace Ladder.Content;

/// <summary>The domains, pay basis, work kinds, Handbook routes and supervisors' crews of content/occupations in the catalog database: written by import (<c>Import.OccupationContentTables</c>), read once at start-up.</summary>
public static class OccupationContentStore
{
    public const string Sql = """
        CREATE TABLE domain (name TEXT PRIMARY KEY, ord INTEGER NOT NULL, why TEXT NOT NULL);
        CREATE TABLE occupation_domain (code TEXT PRIMARY KEY, domain TEXT NOT NULL REFERENCES domain(name), ord INTEGER NOT NULL, usually_hourly INTEGER NOT NULL, work_kind TEXT NOT NULL);
        CREATE TABLE handbook_route (code TEXT PRIMARY KEY, from_codes TEXT NOT NULL, note TEXT NULL, then_text TEXT NULL, page TEXT NOT NULL, source TEXT NOT NULL, reviewed TEXT NOT NULL);
        CREATE TABLE supervised_crew (code TEXT PRIMARY KEY, crew_codes TEXT NOT NULL, source TEXT NOT NULL, reviewed TEXT NOT NULL);
        """;

    public static OccupationContent Read(SqliteConnection db)
    {
        var domains = Storage.SqliteRows.Query(db, "SELECT name, why FROM domain ORDER BY ord", r => (Name: r.GetString(0), Why: r.GetString(1)));
        var members = Storage.SqliteRows.Query(db, "SELECT code, domain, usually_hourly, work_kind FROM occupation_domain ORDER BY domain, ord",
            r => (Code: r.GetString(0), Domain: r.GetString(1), Hourly: r.GetInt32(2) == 1, Kind: WorkKinds.Parse(r.GetString(3))));
        var byDomain = members.GroupBy(m => m.Domain).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(m => m.Code).ToList(), StringComparer.Ordinal);
        // from_codes keeps the entry's order, space-separated (codes hold no spaces).
        var routes = Storage.SqliteRows.Query(db, "SELECT code, from_codes, note, then_text, page, source, reviewed FROM handbook_route", r => new HandbookRoute
        {
            Code = r.GetString(0), From = r.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries), Note = r.IsDBNull(2) ? null : r.GetString(2),
            Then = r.IsDBNull(3) ? null : r.GetString(3), Page = r.GetString(4), Source = r.GetString(5), Reviewed = r.GetString(6),
        });
        var crews = Storage.SqliteRows.Query(db, "SELECT code, crew_codes, source, reviewed FROM supervised_crew", r => new SupervisedCrew
        {
            Code = r.GetString(0), Crew = r.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries), Source = r.GetString(2), Reviewed = r.GetString(3),
        });
        return new OccupationContent(domains.Select(d => new DomainEntry(d.Name, d.Why, byDomain.GetValueOrDefault(d.Name) ?? [])).ToList(),
            members.Where(m => m.Hourly).Select(m => m.Code), members.ToDictionary(m => m.Code, m => m.Kind, StringComparer.Ordinal),
            routes.ToDictionary(r => r.Code, StringComparer.Ordinal), crews.ToDictionary(c => c.Code, StringComparer.Ordinal));
    }
}
