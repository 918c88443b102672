using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Engine;
using Ladder.Interests;

namespace Ladder.Tests.Core.Interests;

public sealed class CareerFinderTests
{
    private static LadderEngine Engine => SharedEngine.Instance;

    private static InterestProfile OnlyHigh(InterestArea area) =>
        new(InterestArea.All.Select(a => a == area ? 7.0 : 1.0).ToArray());

    private static DiscoverResult Find(InterestProfile profile, int limit = 20, int? zone = null) =>
        Engine.Discover(new DiscoverQuery { Profile = profile, Limit = limit, JobZone = zone });

    public static TheoryData<string> Areas => new(InterestArea.All.Select(a => a.Key));

    [Theory]
    [MemberData(nameof(Areas))]
    public void One_interest_high_lists_first_the_occupations_whose_first_onet_high_point_is_that_area(string key)
    {
        var area = InterestArea.Find(key)!;
        var items = Find(OnlyHigh(area)).Items;
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.Equal(area, i.Interests.First));
        Assert.All(items, i => Assert.True(i.Fit >= 0.5, $"{i.Role.Title}: fit {i.Fit}"));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Onets_illustrative_occupations_of_an_area_rank_in_the_top_quarter_of_their_job_zone(string key)
    {
        var area = InterestArea.Find(key)!;
        var illustrative = Engine.Catalog.Interests.Illustrative[area];
        Assert.Equal(4, illustrative.Count);
        var ranks = illustrative.Select(code =>
        {
            var zone = Engine.Catalog.FindByCode(code)!.JobZone!.Value;
            var list = Find(OnlyHigh(area), DiscoverQuery.MaxLimit * 10, zone);
            var rank = list.Items.Select(i => i.Role.Code).ToList().IndexOf(code) + 1;
            return (Code: code, Rank: rank, Of: list.Matching);
        }).ToList();
        // O*NET picks illustrative occupations for the area as a whole, some with a strong second interest (bus drivers
        // are also Social and Conventional), so at least three of the four, not all, stand in their zone's top quarter.
        var near = ranks.Count(r => r.Rank > 0 && r.Rank <= r.Of / 4.0);
        Assert.True(near >= 3, string.Join("; ", ranks.Select(r => $"{r.Code} {r.Rank} of {r.Of}")));
    }

    [Fact]
    public void A_job_zone_filter_returns_only_that_zone_and_every_profiled_occupation_in_it()
    {
        var profile = new InterestProfile([6, 2, 1, 3, 2, 5]);
        foreach (var zone in Engine.Careers.JobZones)
        {
            var result = Find(profile, DiscoverQuery.MaxLimit, zone);
            Assert.NotEmpty(result.Items);
            Assert.All(result.Items, i => Assert.Equal(zone, i.JobZone));
            var inZone = Engine.Catalog.Interests.Profiles.Count(p => Engine.Catalog.FindByCode(p.Code)!.JobZone == zone);
            Assert.Equal(inZone, result.Matching);
        }
        Assert.Equal([2, 3, 4, 5], Engine.Careers.JobZones);
    }

    [Fact]
    public void Work_value_outlook_and_pay_filters_keep_only_occupations_that_pass_them()
    {
        var profile = new InterestProfile([2, 3, 1, 7, 4, 3]);
        var all = Engine.Discover(new DiscoverQuery { Profile = profile, Limit = DiscoverQuery.MaxLimit });
        var support = WorkValue.Find("support")!;
        var filtered = Engine.Discover(new DiscoverQuery
        {
            Profile = profile, Limit = DiscoverQuery.MaxLimit, WorkValues = [support], Outlook = "growing", MinimumPay = 50_000,
        });
        Assert.InRange(filtered.Matching, 1, all.Matching - 1);
        Assert.All(filtered.Items, i =>
        {
            Assert.Contains(support, Engine.Catalog.Interests.WorkValuesOf(i.Role.Code)!.HighPoints);
            Assert.Contains(i.OutlookKey, new[] { "much-faster", "faster" });
            Assert.True(i.MedianPay >= 50_000, $"{i.Role.Title} {i.MedianPay}");
        });
    }

    [Fact]
    public void The_list_is_ordered_by_fit_and_each_reason_names_the_occupations_own_high_points()
    {
        var result = Find(new InterestProfile([7, 1, 1, 1, 1, 6]), 50);
        for (int i = 1; i < result.Items.Count; i++) Assert.True(result.Items[i - 1].Fit >= result.Items[i].Fit);
        Assert.All(result.Items, i =>
        {
            foreach (var hp in i.Interests.HighPoints) Assert.Contains(hp.Name, i.Why, StringComparison.Ordinal);
            Assert.Equal(Engine.Catalog.JobZone(i.JobZone)!.Name, i.Preparation);
        });
        Assert.Equal(Engine.Catalog.Occupations.Count - Engine.Catalog.Interests.Profiles.Count, result.WithoutProfile);
        Assert.Equal(923, result.Ranked);
    }

    [Fact]
    public void Naming_a_current_job_gives_each_career_the_transition_score_of_the_move()
    {
        var cashier = Engine.Catalog.FindRole("cashiers")!;
        var result = Engine.Discover(new DiscoverQuery { Profile = new InterestProfile([2, 1, 1, 6, 5, 4]), Limit = 10 }, cashier);
        Assert.All(result.Items, i =>
        {
            Assert.NotNull(i.Move);
            var expected = Engine.Space.Score(Engine.Space.ProfileOf(cashier), Engine.Space.ProfileOf(i.Role));
            Assert.Equal(expected, i.Move!.Score, 0.11);
            Assert.Contains(i.Move.Verdict, new[] { "close move", "stretch", "retraining" });
        });
    }

    [Fact]
    public void A_licensed_occupation_names_the_credential_of_its_licence_decision_and_a_free_one_says_none_is_required()
    {
        var result = Find(new InterestProfile([3.5, 5, 1, 7, 2, 4]), DiscoverQuery.MaxLimit, 4);
        var nurse = Engine.Catalog.Outlook.Licences.For(Engine.Catalog.RoleForCode("29-1141.00")!)!;
        Assert.Equal(nurse.Credential, Assert.Single(result.Items, i => i.Role.Code == "29-1141.00").Licence);
        Assert.Contains("nurse", nurse.Credential, StringComparison.OrdinalIgnoreCase);
        // Dental hygienists: their own licence, not the physicians' one whose prefix (29-12) also covers 29-1292.
        var hygienist = Engine.Discover(new DiscoverQuery { Profile = new InterestProfile(Engine.Catalog.Interests.ProfileOf("29-1292.00")!.Scores), Limit = 5 })
            .Items.Single(i => i.Role.Code == "29-1292.00");
        Assert.DoesNotContain("medical", hygienist.Licence, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("hygien", hygienist.Licence, StringComparison.OrdinalIgnoreCase);
        var none = Engine.Catalog.Interests.Profiles.Select(p => Engine.Catalog.RoleForCode(p.Code)!)
            .First(r => Engine.Catalog.Outlook.Licences.For(r) is { Kind: Ladder.Licences.LicenceKind.None });
        var item = Engine.Discover(new DiscoverQuery { Profile = new InterestProfile(Engine.Catalog.Interests.ProfileOf(none.Code)!.Scores), Limit = 5 })
            .Items.Single(i => i.Role.Code == none.Code);
        Assert.Equal(CareerFinder.NoneRequired, item.Licence);
    }
}
