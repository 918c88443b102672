using Ladder.Occupations;

namespace Ladder.Tests.Core.Occupations;

public sealed class OccupationCodeTests
{
    [Theory]
    [InlineData("15-2051.00", "15-2051.00")]
    [InlineData("15-2051.01", "15-2051.01")]
    [InlineData("15-2051", "15-2051.00")]
    [InlineData(" 15-1299.08 ", "15-1299.08")]
    public void Valid_codes_parse_to_their_ten_character_form(string text, string expected)
    {
        Assert.True(OccupationCode.TryParse(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("data scientist")]
    [InlineData("15-2051.1")]
    [InlineData("15-2051.001")]
    [InlineData("152051.00")]
    [InlineData("15-205a.00")]
    [InlineData("15_2051.00")]
    [InlineData("15-2051-00")]
    [InlineData("15–2051.00")]
    [InlineData("15-20511")]
    public void Anything_else_is_not_a_code(string? text)
    {
        Assert.False(OccupationCode.TryParse(text, out _));
    }

    [Fact]
    public void Parse_names_the_expected_shape_when_it_fails()
    {
        var ex = Assert.Throws<FormatException>(() => OccupationCode.Parse("15-2051.x"));
        Assert.Contains("15-2051.00", ex.Message);
    }

    [Theory]
    [InlineData("15-2051.00", "15-2051", "15", false)]
    [InlineData("11-3031.01", "11-3031", "11", true)]
    [InlineData("15-1299.08", "15-1299", "15", true)]
    public void A_code_knows_its_soc_code_major_group_and_whether_it_is_a_detail_code(string text, string soc, string major, bool isDetail)
    {
        var code = OccupationCode.Parse(text);

        Assert.Equal(soc, code.Soc);
        Assert.Equal(major, code.MajorGroup);
        Assert.Equal(isDetail, code.IsDetail);
    }
}
