using Ladder.Content;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the domains, pay basis, work kinds, Handbook routes and supervisors' crews of content/occupations (<see cref="OccupationContentStore.Sql"/>) in the import's transaction.</summary>
internal static class OccupationContentTables
{
    public static void Write(SqliteConnection db, SqliteTransaction tx, OccupationContent content)
    {
        using (var insert = new BulkInsert(db, tx, "domain", "name", "ord", "why"))
            for (int i = 0; i < content.Domains.Count; i++) insert.Add(content.Domains[i].Name, i, content.Domains[i].Why);
        using (var members = new BulkInsert(db, tx, "occupation_domain", "code", "domain", "ord", "usually_hourly", "work_kind"))
            foreach (var d in content.Domains)
                for (int i = 0; i < d.Occupations.Count; i++) members.Add(d.Occupations[i], d.Name, i, content.IsUsuallyHourly(d.Occupations[i]) ? 1 : 0, WorkKinds.Name(content.WorkKindOf(d.Occupations[i])));
        using (var routes = new BulkInsert(db, tx, "handbook_route", "code", "from_codes", "note", "then_text", "page", "source", "reviewed"))
            foreach (var r in content.Routes.Values) routes.Add(r.Code, string.Join(' ', r.From), r.Note, r.Then, r.Page, r.Source, r.Reviewed);
        using var crews = new BulkInsert(db, tx, "supervised_crew", "code", "crew_codes", "source", "reviewed");
        foreach (var c in content.Crews.Values) crews.Add(c.Code, string.Join(' ', c.Crew), c.Source, c.Reviewed);
    }
}
