using Ladder.Content;
using Ladder.Outlook;

namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// Employment projections, programmes of study and credentials. Set once by the loader before the catalog
    /// is handed out, and only read after that.
    /// </summary>
    public OutlookData Outlook { get; internal set; } = OutlookData.Empty;

    /// <summary>The career families (content/families) and each occupation's family; set once by the loader.</summary>
    public Content.CareerFamilies Families { get; internal set; } = Content.CareerFamilies.Empty;

    /// <summary>Hazards and hours from the BLS Handbook, by O*NET-SOC code (content/hazards); set once by the loader.</summary>
    public IReadOnlyDictionary<string, Content.Hazard> Hazards { get; internal set; } = new Dictionary<string, Content.Hazard>();
}
