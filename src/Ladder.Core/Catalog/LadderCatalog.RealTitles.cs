namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// The labelled real titles <c>ladder import</c> stored (employer titles first, then Census titles, each in file
    /// order), which the title index learns from. Set once by the loader before the catalog is handed out.
    /// </summary>
    public IReadOnlyList<RealTitle> RealTitles { get; internal set; } = [];
}
