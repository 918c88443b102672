using Ladder.Licences;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the licence decisions (<see cref="LicenceStore.Sql"/>) in the import's transaction.</summary>
internal static class LicenceTables
{
    public static void Write(SqliteConnection db, SqliteTransaction tx, LicenceBook book)
    {
        using var insert = new BulkInsert(db, tx, "licence_decision", "key", "kind", "title", "credential", "issuer", "agency", "exam", "time",
            "only_for", "instead", "note", "licence_key", "includes", "programmes", "route", "min_years", "max_years", "hours", "training_detail", "source", "reviewed", "file", "line", "residencies");
        foreach (var (key, d) in book.All.OrderBy(x => x.Key, StringComparer.Ordinal))
            insert.Add(key, LicenceKinds.Name(d.Kind), d.Title, d.Credential, d.Issuer, d.Agency, d.Exam, d.Time, d.OnlyFor, d.Instead, d.Note, d.Key,
                string.Join(',', d.Includes), string.Join(',', d.Programmes), d.Training is { } t ? Training.RouteName(t.Route) : null, d.Training?.MinYears, d.Training?.MaxYears,
                d.Training?.Hours, d.Training?.Detail, d.Source, d.Reviewed, d.File, d.Line, string.Join(LicenceStore.Separator, d.Residencies));
    }
}
