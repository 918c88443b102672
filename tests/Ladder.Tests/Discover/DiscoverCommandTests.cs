using System.Text.Json;
using Ladder.Tests.Matching;

namespace Ladder.Tests.Discover;

public sealed class DiscoverCommandTests(MatchingCliFixture cli) : IClassFixture<MatchingCliFixture>
{
    [Fact]
    public void Discover_json_lists_zone_two_careers_whose_top_interests_are_realistic_and_conventional()
    {
        var (exit, output, error) = cli.Run("discover", "--interests", "realistic,conventional", "--zone", "2", "--json");
        Assert.True(exit == 0, error);
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        Assert.All(items, i =>
        {
            Assert.Equal(2, i.GetProperty("jobZone").GetInt32());
            Assert.Equal("Realistic", i.GetProperty("highPoints")[0].GetString());
            Assert.InRange(i.GetProperty("fit").GetDouble(), 0.8, 1);
            Assert.StartsWith("/careers/", i.GetProperty("url").GetString());
        });
    }

    [Fact]
    public void Discover_prints_a_table_with_the_profile_and_sources()
    {
        var (exit, output, _) = cli.Run("discover", "--interests", "S,E", "--limit", "3", "--current", "cashiers");
        Assert.Equal(0, exit);
        Assert.Contains("Your interest profile SE", output);
        Assert.Contains("From your job", output);
        Assert.Contains("Fit is the correlation", output);
        Assert.Contains("O*NET", output);
    }

    [Theory]
    [InlineData(new[] { "discover" }, "give your interests with --interests")]
    [InlineData(new[] { "discover", "--interests", "realistic,cooking" }, "'cooking' is not an interest area")]
    [InlineData(new[] { "discover", "--interests", "R,r" }, "names realistic twice")]
    [InlineData(new[] { "discover", "--interests", "R", "--zone", "9" }, "--zone must be one of the job zones O*NET uses for these occupations (2, 3, 4, 5), not '9'")]
    [InlineData(new[] { "discover", "--interests", "R", "--work-values", "fame" }, "--work-values takes achievement")]
    [InlineData(new[] { "discover", "--scores", "3,3,3,3,3,3" }, "All six scores are the same")]
    [InlineData(new[] { "discover", "--scores", "1,2,3" }, "--scores takes six numbers")]
    public void Bad_flags_exit_1_with_a_clear_message(string[] args, string message)
    {
        var (exit, output, error) = cli.Run(args);
        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }
}
