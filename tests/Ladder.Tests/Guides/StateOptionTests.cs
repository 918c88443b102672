using System.Text.Json;
using Ladder.Tests.Fixtures;

namespace Ladder.Tests.Guides;

/// <summary><c>--state</c> on <c>ladder guide</c> and <c>ladder compare</c>: the state's BLS figure beside the national one.</summary>
[Collection(LadderCliCollection.Name)]
public sealed class StateOptionTests(ImportedDatabase db)
{
    [Fact]
    public void Guide_with_a_state_prints_its_median_beside_the_national_one_with_the_source()
    {
        var run = db.Run("guide", "registered-nurses", "--state", "CA");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("National median pay: $97,550", run.Out);
        Assert.Contains("Median pay in California: $140,270, 44% above the national median", run.Out);
        Assert.Contains("BLS OEWS May 2025, state estimates", run.Out);
    }

    [Fact]
    public void Guide_json_with_a_state_carries_the_state_figures_and_nulls_where_bls_published_none()
    {
        var run = db.Run("guide", "data-scientists", "--state", "wyoming", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("Data Scientists", doc.RootElement.GetProperty("title").GetString());
        var state = doc.RootElement.GetProperty("statePay");
        Assert.Equal("WY", state.GetProperty("state").GetString());
        Assert.False(state.GetProperty("published").GetBoolean());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("median").ValueKind);
        Assert.Equal("not published", state.GetProperty("medianDisplay").GetString());
        Assert.Contains("not a stand-in for Wyoming", state.GetProperty("sentence").GetString());
        Assert.Equal("May 2025", state.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Compare_with_a_state_adds_both_state_medians_and_the_change()
    {
        var text = db.Run("compare", "registered-nurses", "data-scientists", "--state", "TX");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Median pay in Texas", text.Out);
        Assert.Contains("$95,970", text.Out);
        Assert.Contains("+$26,120", text.Out);

        var json = db.Run("compare", "registered-nurses", "data-scientists", "--state", "TX", "--json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(95970m, doc.RootElement.GetProperty("statePayA").GetProperty("median").GetDecimal());
        Assert.Equal(122090m, doc.RootElement.GetProperty("statePayB").GetProperty("median").GetDecimal());
    }

    [Theory]
    [InlineData("guide", "registered-nurses", "--state", "ZZ")]
    [InlineData("compare", "registered-nurses", "data-scientists", "--state", "Puerto Rico")]
    public void An_unknown_state_exits_1_and_says_what_to_use(params string[] args)
    {
        var run = db.Run(args);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Use a two-letter postal code such as CA or TX", run.Error);
        Assert.Equal("", run.Out);
    }
}
