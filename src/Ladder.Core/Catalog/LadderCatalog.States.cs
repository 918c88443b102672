using Ladder.States;

namespace Ladder.Catalog;

public sealed partial class LadderCatalog
{
    /// <summary>
    /// BLS OEWS state estimates. Set once by the loader before the catalog is handed out (decoded on first use),
    /// and only read after that.
    /// </summary>
    public StateWageTable States => _states.Value;

    private Lazy<StateWageTable> _states = new(StateWageTable.Empty);

    internal void SetStates(Lazy<StateWageTable> states) => _states = states;

    /// <summary>The state rows a role's pay comes from: its primary occupation's (a curated role's too).</summary>
    public StateWageSet? StatesFor(Role role) => States.For(role.Primary.Code);
}
