using Ladder.Outlook;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

/// <summary>Writes the outlook tables (<see cref="OutlookStore.Sql"/>) in the import's transaction.</summary>
internal static class OutlookTables
{
    public static void Write(SqliteConnection db, SqliteTransaction tx, ProjectionTable? projections, CipCrosswalk? crosswalk, IReadOnlyDictionary<string, string> aggregates)
    {
        using (var insert = new BulkInsert(db, tx, "projection_aggregate", "soc", "aggregate"))
        {
            foreach (var (soc, aggregate) in aggregates.OrderBy(a => a.Key, StringComparer.Ordinal)) insert.Add(soc, aggregate);
        }
        using (var insert = new BulkInsert(db, tx, "projection", "code", "title", "is_summary", "employment_2024", "employment_2034", "change_thousands",
            "change_percent", "self_employed_percent", "openings_thousands", "median_wage", "median_wage_at_least", "entry_education", "experience", "training",
            "exit_rate", "transfer_rate", "handbook_url"))
        {
            foreach (var p in projections?.Rows ?? [])
                insert.Add(p.Code, p.Title, p.IsSummary ? 1 : 0, p.Employment2024, p.Employment2034, p.ChangeThousands, p.ChangePercent,
                    p.SelfEmployedPercent, p.OpeningsThousands, p.MedianWage, p.MedianWageAtLeast ? 1 : 0, p.EntryEducation, p.Experience, p.Training, p.ExitRate, p.TransferRate, p.HandbookUrl);
        }
        using (var insert = new BulkInsert(db, tx, "cip_programme", "cip", "title", "soc"))
        {
            foreach (var c in crosswalk?.Rows ?? []) insert.Add(c.CipCode, c.Title, c.Soc);
        }
    }
}
