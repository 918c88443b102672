using Ladder.Import;
using Ladder.Outlook;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Outlook;

public sealed class ProjectionsReaderTests
{
    private static readonly Lazy<ProjectionTable> Shipped = new(() => ProjectionsReader.Read(ShippedData.Projections));

    private static Projection Row(string code) => Assert.Single(Shipped.Value.Rows, r => r.Code == code);

    [Fact]
    public void The_shipped_workbook_is_the_2024_34_release_with_832_occupations()
    {
        Assert.Equal("2024–34", Shipped.Value.Release);
        Assert.Equal(832, Shipped.Value.Rows.Count(r => !r.IsSummary));
        var all = Row("00-0000");
        Assert.True(all.IsSummary);
        Assert.Equal(3.1, all.ChangePercent);
        Assert.Equal(169956.1, all.Employment2024);
        Assert.Equal(175167.9, all.Employment2034);
    }

    [Theory]
    [InlineData("15-2051", 33.5, 23.4, "Bachelor's degree", "None", "None")]
    [InlineData("47-2111", 9.5, 81.0, "High school diploma or equivalent", "None", "Apprenticeship")]
    [InlineData("43-5051", -3.5, 6.1, "No formal educational credential", "None", "Short-term on-the-job training")]
    [InlineData("29-1141", 4.9, 189.1, "Bachelor's degree", "None", "None")]
    public void Rows_match_the_published_table(string code, double change, double openings, string education, string experience, string training)
    {
        var p = Row(code);
        Assert.Equal(change, p.ChangePercent);
        Assert.Equal(openings, p.OpeningsThousands);
        Assert.Equal(education, p.EntryEducation);
        Assert.Equal(experience, p.Experience);
        Assert.Equal(training, p.Training);
        Assert.NotNull(p.ExitRate);
        Assert.NotNull(p.TransferRate);
        Assert.StartsWith("https://www.bls.gov/ooh/", p.HandbookUrl);
    }

    [Fact]
    public void A_dash_is_kept_as_not_available_and_never_read_as_zero()
    {
        var legislators = Row("11-1031");
        Assert.Null(legislators.SelfEmployedPercent);
        Assert.Equal(3.4, legislators.ChangePercent);
        Assert.Null(Row("11-0000").EntryEducation);
    }

    [Fact]
    public void A_top_coded_median_wage_is_kept_as_a_lower_bound()
    {
        var topCoded = Shipped.Value.Rows.Where(r => r.MedianWageAtLeast).ToList();
        Assert.NotEmpty(topCoded);
        Assert.All(topCoded, r => Assert.Equal(239200m, r.MedianWage));
    }

    [Fact]
    public void Aggregate_codes_are_read_as_bls_publishes_them()
    {
        Assert.False(Row("13-1020").IsSummary);
        Assert.False(Row("31-1120").IsSummary);
        Assert.Equal("Home health and personal care aides", Row("31-1120").Title);
    }

    [Fact]
    public void Figures_do_not_depend_on_the_current_culture()
    {
        using var _ = new CultureScope("de-DE");
        var again = ProjectionsReader.Read(ShippedData.Projections);
        Assert.Equal(33.5, Assert.Single(again.Rows, r => r.Code == "15-2051").ChangePercent);
    }

    [Theory]
    [InlineData("2024–2034", "2024–34")]
    [InlineData("2024-34", "2024–34")]
    [InlineData("2099–2109", "2099–09")]
    public void The_release_comes_from_the_title(string period, string release) =>
        Assert.Equal(release, ProjectionsReader.PeriodFromTitle($"Table 1.2 Occupational projections, {period}, and worker characteristics")!.Label);
}
