using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Interests;

namespace Ladder.Engine;

public sealed partial class LadderEngine
{
    private CareerFinder? _careers;

    /// <summary>The career finder over O*NET interest profiles, built on first use (cheap: one pass over the profiles).</summary>
    public CareerFinder Careers => LazyInitializer.EnsureInitialized(ref _careers, () => new CareerFinder(Catalog));

    /// <summary>Ranks occupations for an interest profile; with <paramref name="current"/>, each says how close the move from it is.</summary>
    public DiscoverResult Discover(DiscoverQuery query, Role? current = null) =>
        Careers.Find(query, current, current is null ? null : Space);
}
