using Microsoft.Data.Sqlite;

namespace Ladder.Licences;

/// <summary>The licence_decision table: one row per occupation code or "role:slug", written by import (<c>Import.LicenceTables</c>), read at start-up.</summary>
public static class LicenceStore
{
    public const string Sql = """
        CREATE TABLE licence_decision (
            key TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, credential TEXT NULL, issuer TEXT NULL, agency TEXT NULL,
            exam TEXT NULL, time TEXT NULL, only_for TEXT NULL, instead TEXT NULL, note TEXT NULL, licence_key TEXT NULL, includes TEXT NOT NULL, programmes TEXT NOT NULL,
            route TEXT NULL, min_years REAL NULL, max_years REAL NULL, hours INTEGER NULL, training_detail TEXT NULL,
            source TEXT NOT NULL, reviewed TEXT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, residencies TEXT NOT NULL);
        """;

    public static LicenceBook Read(SqliteConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = """
            SELECT key, kind, title, credential, issuer, agency, exam, time, only_for, instead, note, licence_key, includes, programmes,
                   route, min_years, max_years, hours, training_detail, source, reviewed, file, line, residencies FROM licence_decision
            """;
        using var r = command.ExecuteReader();
        var rows = new List<(string, LicenceDecision)>();
        while (r.Read())
        {
            var route = S(r, 14) is { } name ? Training.Routes.First(x => x.Name == name).Route : (TrainingRouteKind?)null;
            rows.Add((r.GetString(0), new LicenceDecision
            {
                Kind = LicenceKinds.Parse(r.GetString(1)) ?? throw new InvalidDataException($"unknown licence kind '{r.GetString(1)}' in the catalog"),
                Title = r.GetString(2), Credential = S(r, 3), Issuer = S(r, 4), Agency = S(r, 5), Exam = S(r, 6), Time = S(r, 7),
                OnlyFor = S(r, 8), Instead = S(r, 9), Note = S(r, 10), Key = S(r, 11),
                Includes = r.GetString(12).Split(',', StringSplitOptions.RemoveEmptyEntries),
                Programmes = r.GetString(13).Split(',', StringSplitOptions.RemoveEmptyEntries),
                Training = route is { } rk ? new Training
                {
                    Route = rk, MinYears = D(r, 15), MaxYears = D(r, 16), Hours = r.IsDBNull(17) ? null : r.GetInt32(17), Detail = S(r, 18) ?? "",
                } : null,
                Source = r.GetString(19), Reviewed = S(r, 20), File = r.GetString(21), Line = r.GetInt32(22),
                Residencies = r.GetString(23).Split(Separator, StringSplitOptions.RemoveEmptyEntries),
            }));
        }
        return new LicenceBook(rows);
    }

    /// <summary>Joins <see cref="LicenceDecision.Residencies"/> in one column; a residency's name may hold commas.</summary>
    public const char Separator = '|';

    private static string? S(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static double? D(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
