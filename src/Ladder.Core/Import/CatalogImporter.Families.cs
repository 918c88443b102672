using Ladder.Content;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>
    /// Reads the career families (every occupation in exactly one) and the hazards, and writes them. Either may be
    /// left out; guides then show no ladder or no hazard, and say so.
    /// </summary>
    private static (int Families, int Hazards) LoadCareerContent(SqliteConnection db, SqliteTransaction tx, ImportOptions options)
    {
        var titles = new Dictionary<string, string>(1100, StringComparer.Ordinal);
        using (var command = db.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = "SELECT code, title FROM occupation";
            using var reader = command.ExecuteReader();
            while (reader.Read()) titles[reader.GetString(0)] = reader.GetString(1);
        }
        var families = options.FamiliesPath is { } f ? FamilyLoader.LoadFolder(Existing(f, "career family"), titles) : CareerFamilies.Empty;
        var hazards = options.HazardsPath is { } h ? HazardLoader.LoadFolder(Existing(h, "hazard"), titles.Keys.ToHashSet(StringComparer.Ordinal))
            : new Dictionary<string, Hazard>();
        CareerContentTables.Write(db, tx, families, hazards);
        return (families.All.Count, hazards.Count);
    }

    private static string Existing(string folder, string what) =>
        Directory.Exists(folder) ? folder : throw new DataFileException(folder, 0, 0, $"no such {what} folder; expected a folder of .yaml files.");
}
