using Ladder.Discover;
using Ladder.Interests;

namespace Ladder.Tests.Core.Interests;

public sealed class DiscoverQueryTests
{
    private static readonly int[] Zones = [2, 3, 4, 5];

    private static (DiscoverQuery? Query, string? Error) Parse(string scores, string? zone = null, string? values = null, string? outlook = null, string? pay = null, string? limit = null)
    {
        var parts = scores.Split(',');
        return DiscoverQuery.Parse(key => InterestArea.Find(key)!.Index < parts.Length ? parts[InterestArea.Find(key)!.Index] : null, zone, [values], outlook, pay, limit, Zones);
    }

    [Theory]
    [InlineData("7,1,1,1,1", null, null, null, null, null, "Give 'conventional'")]
    [InlineData("7,1,1,1,1,8", null, null, null, null, null, "'conventional' must be a number from 0 to 7, not '8'")]
    [InlineData("7,1,1,1,1,x", null, null, null, null, null, "not 'x'")]
    [InlineData("3,3,3,3,3,3", null, null, null, null, null, "All six scores are the same")]
    [InlineData("7,1,1,1,1,1", "1", null, null, null, null, "'jobZone' must be one of the job zones O*NET uses for these occupations (2, 3, 4, 5), not '1'")]
    [InlineData("7,1,1,1,1,1", null, "support,fame", null, null, null, "not 'fame'")]
    [InlineData("7,1,1,1,1,1", null, null, "booming", null, null, "'outlook' must be one of")]
    [InlineData("7,1,1,1,1,1", null, null, null, "lots", null, "'minPay' must be a yearly amount")]
    [InlineData("7,1,1,1,1,1", null, null, null, null, "0", "'limit' must be a whole number from 1 to 100")]
    public void Bad_parameters_get_a_message_naming_the_parameter(string scores, string? zone, string? values, string? outlook, string? pay, string? limit, string expected)
    {
        var (query, error) = Parse(scores, zone, values, outlook, pay, limit);
        Assert.Null(query);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_parameters_parse_under_a_foreign_culture()
    {
        using var culture = new Ladder.Tests.Core.Fixtures.CultureScope("de-DE");
        var (query, error) = Parse("6.5,2,1,3,4,5", "3", "support,achievement,support", "growing", "$45,000", "5");
        Assert.Null(error);
        Assert.Equal(6.5, query!.Profile.Scores[0]);
        Assert.Equal(3, query.JobZone);
        Assert.Equal(["support", "achievement"], query.WorkValues.Select(v => v.Key));
        Assert.Equal("growing", query.Outlook);
        Assert.Equal(45_000m, query.MinimumPay);
        Assert.Equal(5, query.Limit);
        Assert.Equal("RCE", query.Profile.Code);
    }
}
