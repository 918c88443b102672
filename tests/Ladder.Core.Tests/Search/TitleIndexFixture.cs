using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.Tests.Core.Search;

/// <summary>The shared shipped catalog and its title index.</summary>
public sealed class TitleIndexFixture
{
    public LadderCatalog Catalog => SharedEngine.Instance.Catalog;
    public TitleIndex Index => SharedEngine.Instance.Titles;
}
