using Ladder.Engine;
using Ladder.Matching;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Matching;

/// <summary>
/// A specialised O*NET occupation under a residual SOC code ("All Other") does not inherit that code's observed movers:
/// its moves in are ranked by skill similarity, without the code's other specialisations, and its guide says so.
/// </summary>
public sealed class ResidualWaysInTests
{
    private static LadderEngine Engine => SharedEngine.Instance;

    [Fact]
    public void Online_merchants_no_longer_come_from_appraisers_and_security_specialists_not_from_HR_or_accountants()
    {
        Assert.DoesNotContain(Engine.Guide("online-merchants")!.BreakIn.FromRoles, f => f.Title.StartsWith("Appraisers", StringComparison.Ordinal));
        Assert.DoesNotContain(Engine.Guide("security-management-specialists")!.BreakIn.FromRoles,
            f => f.Title is "Human Resources Specialists" or "Accountants and Auditors");
    }

    [Fact]
    public void Every_specialisation_of_a_residual_code_is_ranked_by_similarity_and_says_so()
    {
        var residual = Engine.Catalog.Occupations.Where(o => MoveRanking.SharesResidualFlows(o.Code)).ToList();
        Assert.Contains(residual, o => o.Code.Value == "13-1199.06");
        Assert.DoesNotContain(residual, o => o.Code.Value is "13-1199.00" or "29-1141.01");
        foreach (var o in residual)
        {
            var role = Engine.Catalog.RoleForCode(o.Code.Value)!;
            var profile = Engine.Space.ProfileOf(role);
            var into = MoveRanking.Into(Engine.Space, profile, 10);
            if (!profile.HasRatings) continue;
            Assert.All(into, m => Assert.NotEqual(o.Code.Soc, m.Other.Role.Primary.Code.Soc));
            Assert.Equal(into.Select(m => m.Score).OrderByDescending(x => x), into.Select(m => m.Score));
            Assert.Contains(Engine.Guide(role).Sources, s => s.Section == "Roles people move from" && s.Source.Contains($"only inside SOC {o.Code.Soc}", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(Engine.Guide("registered-nurses")!.Sources, s => s.Section == "Roles people move from");
    }
}
