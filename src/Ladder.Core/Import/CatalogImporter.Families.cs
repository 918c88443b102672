using Ladder.Content;
using Microsoft.Data.Sqlite;

namespace Ladder.Import;

public static partial class CatalogImporter
{
    /// <summary>
    /// Reads the career families (every occupation in exactly one) and the hazards, and writes them. Either may be
    /// left out; guides then show no ladder or no hazard, and say so.
    /// </summary>
    private static (int Families, int Hazards) LoadCareerContent(SqliteConnection db, SqliteTransaction tx, ImportOptions options, CareerFamilies families)
    {
        var hazards = options.HazardsPath is { } h ? HazardLoader.LoadFolder(Existing(h, "hazard"), Titles(db, tx).Keys.ToHashSet(StringComparer.Ordinal))
            : new Dictionary<string, Hazard>();
        CareerContentTables.Write(db, tx, families, hazards);
        return (families.All.Count, hazards.Count);
    }

    /// <summary>The career families, every imported occupation in exactly one; empty when the import names no families folder.</summary>
    private static CareerFamilies LoadFamilies(SqliteConnection db, SqliteTransaction tx, ImportOptions options) =>
        options.FamiliesPath is { } f ? FamilyLoader.LoadFolder(Existing(f, "career family"), Titles(db, tx)) : CareerFamilies.Empty;

    /// <summary>Every occupation's domain and pay basis (content/occupations), each imported occupation in exactly one; nothing when not given.</summary>
    private static void LoadOccupationContent(SqliteConnection db, SqliteTransaction tx, ImportOptions options)
    {
        if (options.OccupationContentPath is not { } folder) return;
        OccupationContentTables.Write(db, tx, OccupationContentLoader.LoadFolder(Existing(folder, "occupation content"), Titles(db, tx)));
    }

    private static Dictionary<string, string> Titles(SqliteConnection db, SqliteTransaction tx)
    {
        var titles = new Dictionary<string, string>(1100, StringComparer.Ordinal);
        using var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT code, title FROM occupation";
        using var reader = command.ExecuteReader();
        while (reader.Read()) titles[reader.GetString(0)] = reader.GetString(1);
        return titles;
    }

    private static string Existing(string folder, string what) =>
        Directory.Exists(folder) ? folder : throw new DataFileException(folder, 0, 0, $"no such {what} folder; expected a folder of .yaml files.");
}
