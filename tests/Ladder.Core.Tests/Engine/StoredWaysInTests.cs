using Ladder.Catalog;
using Ladder.Engine;
using Ladder.Guides;
using Ladder.Matching;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Engine;

/// <summary>
/// The import ranks every occupation's ways in ("Roles people move from") and stores them, so that a guide never
/// builds the skill space; what is stored must be what the engine ranks, and the guides the same to the byte.
/// </summary>
public sealed class StoredWaysInTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    [Fact]
    public void Every_occupations_stored_ways_in_equal_the_ones_the_engine_ranks()
    {
        Assert.Equal(MoveModel.ShippedFingerprint, shipped.Catalog.WaysIn?.ModelFingerprint);
        var stored = new LadderEngine(shipped.Catalog);
        var space = new LadderEngine(shipped.Catalog, storedWaysIn: false).Space;
        var withWays = 0;
        foreach (var o in shipped.Catalog.Occupations)
        {
            var ranked = WaysIn.Rank(space, o);
            Assert.Equal(ranked, stored.StoredArrivals(o));
            if (ranked.Count > 0) withWays++;
        }
        Assert.True(withWays > 500, $"only {withWays} occupations have ways in: the comparison would see little");
    }

    [Fact]
    public void Guides_composed_from_stored_ways_in_are_the_ranked_guides_to_the_byte()
    {
        var catalog = LadderCatalog.Open(shipped.DatabasePath);
        var fast = new LadderEngine(catalog);
        var plain = new LadderEngine(catalog, storedWaysIn: false);
        var roles = catalog.Roles.Where((r, i) => r.IsCurated || i % 3 == 0).ToList();
        Assert.True(roles.Count > 300);
        foreach (var role in roles)
            Assert.Equal(GuideJson.Serialize(plain.Guide(role)), GuideJson.Serialize(fast.Guide(role)));
        Assert.False(fast.SpaceBuilt, "a guide built the skill space although the catalog stores its ways in");
        Assert.Contains(roles, r => fast.Guide(r).BreakIn.FromRoles.Count > 0);
    }

    [Fact]
    public void Ways_in_ranked_with_another_move_model_are_ranked_again()
    {
        var catalog = LadderCatalog.Open(shipped.DatabasePath);
        catalog.WaysIn = new StoredWaysIn("another model", []);
        var engine = new LadderEngine(catalog);
        var role = catalog.Roles.First(r => !r.IsCurated && shipped.Catalog.WaysIn!.For(r.Code).Count > 0);
        var guide = engine.Guide(role);
        Assert.True(engine.SpaceBuilt);
        Assert.Equal(new LadderEngine(shipped.Catalog).StoredArrivals(role.Primary), guide.BreakIn.FromRoles);
    }
}
