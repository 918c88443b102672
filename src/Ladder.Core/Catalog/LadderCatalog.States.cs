using Ladder.States;

namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// BLS OEWS state estimates. Set once by the loader before the catalog is handed out, and only read after that.
    /// </summary>
    public StateWageTable States { get; internal set; } = StateWageTable.Empty;

    /// <summary>The state rows a role's pay comes from: its primary occupation's (a curated role's too).</summary>
    public StateWageSet? StatesFor(Role role) => States.For(role.Primary.Code);
}
