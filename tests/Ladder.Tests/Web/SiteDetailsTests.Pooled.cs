using Ladder.Guides;

namespace Ladder.Tests.Web;

public sealed partial class SiteDetailsTests
{
    [Fact]
    public async Task A_guide_paid_from_a_pooled_group_shows_no_stage_band_on_the_page()
    {
        // Orthoptists (29-1299.02) take the wages of 29-1299 Healthcare Diagnosing or Treating Practitioners, All Other.
        var pay = Section(await web.Browser().GetStringAsync("/careers/orthoptists"), "pay");

        Assert.Contains(GuideComposer.PooledStagePay, pay, StringComparison.Ordinal);
        Assert.DoesNotContain("$65,210 – ", pay, StringComparison.Ordinal);
        Assert.Contains("No pay is shown per stage", pay, StringComparison.Ordinal);
        Assert.Contains("29-1299", pay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_says_when_the_education_survey_disagrees_with_BLS()
    {
        var wayIn = Section(await web.Browser().GetStringAsync("/careers/hearing-aid-specialists"), "way-in");

        Assert.Contains("<p class=\"note\">O*NET&#39;s education survey disagrees", wayIn, StringComparison.Ordinal);
        Assert.Contains("This guide follows BLS", wayIn, StringComparison.Ordinal);
    }
}
