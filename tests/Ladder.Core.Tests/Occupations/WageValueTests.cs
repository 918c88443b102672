using Ladder.Import;
using Ladder.Occupations;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Occupations;

public sealed class WageValueTests
{
    [Theory]
    [InlineData("120230", "$120,230")]
    [InlineData("112,590", "$112,590")]
    [InlineData("#", "≥ $239,200")]
    [InlineData("*", "not available")]
    [InlineData("**", "not available")]
    [InlineData("", "not available")]
    public void Cells_display_as_money_or_an_explanation(string cell, string expected)
    {
        Assert.Equal(expected, OewsReader.ParseCell(cell).ToDisplay());
    }

    [Fact]
    public void A_missing_row_displays_as_not_available()
    {
        Assert.Equal("not available", WageValue.Missing.ToDisplay());
        Assert.Null(WageValue.Missing.LowerBound);
    }

    [Fact]
    public void Top_coded_values_offer_the_top_code_only_as_a_lower_bound()
    {
        var topCoded = OewsReader.ParseCell("#");

        Assert.Null(topCoded.Amount);
        Assert.Equal(239_200m, topCoded.LowerBound);
    }

    [Fact]
    public void Money_is_formatted_the_same_under_a_german_culture()
    {
        using var _ = new CultureScope("de-DE");

        Assert.Equal("$120,230", WageValue.Of(120230m).ToDisplay());
        Assert.Equal("≥ $239,200", OewsReader.ParseCell("#").ToDisplay());
    }
}
