using Microsoft.Data.Sqlite;
using Ladder.Licences;
using Ladder.Storage;

namespace Ladder.Outlook;

/// <summary>The outlook tables of the catalog database: read once at start-up (Import.OutlookTables writes them).</summary>
public static class OutlookStore
{
    public const string Sql = """
        CREATE TABLE projection (
            code TEXT PRIMARY KEY, title TEXT NOT NULL, is_summary INTEGER NOT NULL,
            employment_2024 REAL NULL, employment_2034 REAL NULL, change_thousands REAL NULL, change_percent REAL NULL,
            self_employed_percent REAL NULL, openings_thousands REAL NULL, median_wage REAL NULL, median_wage_at_least INTEGER NOT NULL,
            entry_education TEXT NULL, experience TEXT NULL, training TEXT NULL,
            exit_rate REAL NULL, transfer_rate REAL NULL, handbook_url TEXT NULL);
        CREATE TABLE cip_programme (cip TEXT NOT NULL, title TEXT NOT NULL, soc TEXT NOT NULL, PRIMARY KEY (cip, soc));
        CREATE TABLE projection_aggregate (soc TEXT PRIMARY KEY, aggregate TEXT NOT NULL);
        """;

    public static OutlookData Read(SqliteConnection db, string? release, LicenceBook licences)
    {
        var projections = SqliteRows.Query(db, """
            SELECT code, title, is_summary, employment_2024, employment_2034, change_thousands, change_percent, self_employed_percent,
                   openings_thousands, median_wage, entry_education, experience, training, exit_rate, transfer_rate, handbook_url, median_wage_at_least FROM projection
            """, r => new Projection
        {
            Code = r.GetString(0), Title = r.GetString(1), IsSummary = r.GetInt32(2) == 1,
            Employment2024 = D(r, 3), Employment2034 = D(r, 4), ChangeThousands = D(r, 5), ChangePercent = D(r, 6), SelfEmployedPercent = D(r, 7),
            OpeningsThousands = D(r, 8), MedianWage = D(r, 9) is { } w ? (decimal)w : null,
            EntryEducation = S(r, 10), Experience = S(r, 11), Training = S(r, 12), ExitRate = D(r, 13), TransferRate = D(r, 14), HandbookUrl = S(r, 15), MedianWageAtLeast = r.GetInt32(16) == 1,
        });
        var programmes = SqliteRows.Query(db, "SELECT cip, title, soc FROM cip_programme ORDER BY soc, cip", r => new CipProgramme(r.GetString(0), r.GetString(1), r.GetString(2)));
        var aggregates = SqliteRows.Query(db, "SELECT soc, aggregate FROM projection_aggregate", r => (Soc: r.GetString(0), Aggregate: r.GetString(1)))
            .ToDictionary(a => a.Soc, a => a.Aggregate, StringComparer.Ordinal);
        return new OutlookData(projections.Count > 0 ? release : null, projections, programmes, licences, aggregates);
    }

    private static double? D(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
    private static string? S(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

}
