using Ladder.Interests;

namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// O*NET interest profiles, work values and the interest reference lists. Set once by the loader before the
    /// catalog is handed out, and only read after that.
    /// </summary>
    public InterestData Interests { get; internal set; } = InterestData.Empty;
}
