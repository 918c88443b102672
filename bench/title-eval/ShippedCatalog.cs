using Ladder.Catalog;
using Ladder.Import;
using Ladder.Storage;

namespace Ladder.TitleEval;

/// <summary>Imports the shipped O*NET, BLS, curated data and labelled real titles into a throwaway database and loads it.</summary>
internal static class ShippedCatalog
{
    public static LadderCatalog Load(string? databasePath)
    {
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"ladder-title-eval-{Environment.ProcessId}.db");
        if (databasePath is null || !File.Exists(path))
        {
            CatalogImporter.Import(new ImportOptions
            {
                DatabasePath = path,
                OnetPath = LadderPaths.ShippedOnet,
                OewsPath = LadderPaths.ShippedOews,
                PreviousOewsPath = LadderPaths.ShippedPreviousOews,
                ContentPath = LadderPaths.ShippedContent,
                // The labelled real titles the index learns from live in the catalog, as in the product.
                EmployerTitlesPath = LadderPaths.ShippedEmployerTitles,
                CensusTitlesPath = LadderPaths.ShippedCensusTitles,
            });
        }
        var catalog = LadderCatalog.Open(path);
        if (databasePath is null) File.Delete(path);
        return catalog;
    }
}
