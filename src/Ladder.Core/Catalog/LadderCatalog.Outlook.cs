using Ladder.Outlook;

namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// Employment projections, programmes of study and credentials. Set once by the loader before the catalog
    /// is handed out, and only read after that.
    /// </summary>
    public OutlookData Outlook { get; internal set; } = OutlookData.Empty;
}
