namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// The ways in (<c>Roles people move from</c>) the import ranked for every occupation; null for a catalog imported
    /// without them. Set once by the loader before the catalog is handed out, and only read after that.
    /// </summary>
    public StoredWaysIn? WaysIn { get; internal set; }
}
