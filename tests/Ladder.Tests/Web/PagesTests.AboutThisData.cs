using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

public sealed partial class PagesTests
{
    [Fact]
    public async Task An_occupation_guide_without_industry_data_shows_no_industries_line_at_all()
    {
        // The industries line shows data or nothing: a sentence saying there is none helps no reader.
        var html = await web.Browser().GetStringAsync("/careers/registered-nurses");
        var head = Regex.Match(html, "<header class=\"guide-head\">.*?</header>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(head);
        Assert.DoesNotContain("Industries:", head);
        Assert.DoesNotContain("Ladder ships", html);
        Assert.DoesNotContain("industries employ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("about-data-h", html, StringComparison.Ordinal);
    }
}
