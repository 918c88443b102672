using System.Text.Json;
using Ladder.Engine;
using Ladder.Matching;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Matching;

/// <summary>
/// Ranking every occupation's ways in at import features a million pairs, so the ranking reads each role's facts
/// looked up once (<see cref="MoveFacts"/>), orders ties by a precomputed slug order and, for ways in, skips the
/// technologies no way in shows. Each shortcut must give what the plain computation gives, for every occupation.
/// </summary>
public sealed class MoveRankingFastPathTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private readonly SkillSpace _space = new LadderEngine(shipped.Catalog, storedWaysIn: false).Space;

    [Fact]
    public void Features_from_facts_looked_up_once_equal_the_features_looked_up_per_pair_for_every_move_into_every_occupation()
    {
        var model = _space.Moves;
        var facts = _space.Facts;
        var sharing = _space.Profiles.GroupBy(p => p.Role.Primary.Code.Soc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var plain = new double[MoveFeatures.Count];
        var fast = new double[MoveFeatures.Count];
        var pairs = 0;
        foreach (var occupation in shipped.Catalog.Occupations)
        {
            var b = _space.ProfileOf(shipped.Catalog.FindRole(occupation.Slug)!);
            var pool = MoveRanking.BySimilarity(_space, b, p => TransitionList.IsMove(b.Role, p.Role), outward: false);
            // The pool's order (score, then slug) is the plain sort's.
            Assert.Equal(pool.OrderByDescending(x => x.Breakdown.Score).ThenBy(x => x.Other.Role.Slug, StringComparer.Ordinal).Select(x => x.Other.Ordinal),
                pool.Select(x => x.Other.Ordinal));
            for (int rank = 0; rank < pool.Count; rank++)
            {
                var (a, e) = pool[rank];
                MoveFeatures.Compute(model, shipped.Catalog, a, b, e, rank, null, plain);
                MoveFeatures.Compute(model, a, b, facts[a.Ordinal], facts[b.Ordinal], e, rank, null, fast);
                Assert.Equal(plain, fast);
                Assert.Equal(MoveFeatures.LogEmployment(a.Role) - Math.Log(sharing[a.Role.Primary.Code.Soc]) - model.LogPartitionOf(a.Role),
                    facts[a.Ordinal].LogEmployment - facts[a.Ordinal].LogSocShare - facts[a.Ordinal].LogPartition);
                Assert.Equal(a.Role.MedianPay, facts[a.Ordinal].MedianPay);
                pairs++;
            }
        }
        Assert.True(pairs > 500_000, $"only {pairs} pairs compared");
    }

    [Fact]
    public void Moves_into_every_occupation_ranked_without_technologies_are_the_moves_ranked_with_them()
    {
        var compared = 0;
        foreach (var occupation in shipped.Catalog.Occupations)
        {
            var role = shipped.Catalog.FindRole(occupation.Slug)!;
            var full = TransitionList.MovesInto(_space, role, WaysIn.Limit);
            var brief = TransitionList.MovesInto(_space, role, WaysIn.Limit, technologies: false);
            Assert.Equal(full.Select(m => JsonSerializer.Serialize(m with { TopMissingTechnologies = [] })), brief.Select(m => JsonSerializer.Serialize(m)));
            compared += full.Count;
        }
        Assert.True(compared > 5_000, $"only {compared} moves compared");
    }
}
