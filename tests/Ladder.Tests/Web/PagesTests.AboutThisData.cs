using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

public sealed partial class PagesTests
{
    [Fact]
    public async Task An_occupation_guide_explains_missing_industries_in_an_about_this_data_footnote_not_at_the_top()
    {
        var html = await web.Browser().GetStringAsync("/careers/registered-nurses");
        var head = Regex.Match(html, "<header class=\"guide-head\">.*?</header>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(head);
        Assert.DoesNotContain("Industries:", head);
        Assert.DoesNotContain("Ladder ships", html);
        var sources = Regex.Match(html, "<section id=\"sources\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("<h3 id=\"about-data-h\">About this data</h3>", sources);
        Assert.Contains("can&#39;t say which industries employ the most people in this job", sources);
    }
}
