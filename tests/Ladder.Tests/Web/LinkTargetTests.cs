using Ladder.Web.Export;

namespace Ladder.Tests.Web;

/// <summary>Where each kind of link in an exported page points, from the root or a sub-path.</summary>
public sealed class LinkTargetTests
{
    [Theory]
    // Relative links resolve against the page's folder; "." and empty segments vanish.
    [InlineData("careers/nurse", "/", "../../assets/site.css", "assets/site.css")]
    [InlineData("careers/nurse", "/", "./", "careers/nurse")]
    [InlineData("careers/nurse", "/", "from/rn/", "careers/nurse/from/rn")]
    [InlineData("", "/", "careers/nurse/", "careers/nurse")]
    [InlineData("", "/", "", "")]
    [InlineData("careers/nurse", "/", "../../", "")]
    // Query strings and fragments do not change the file.
    [InlineData("careers/nurse", "/", "../../search/?q=rn#top", "search")]
    [InlineData("careers/nurse", "/", "#pay", "careers/nurse")]
    // Escaped characters are unescaped before they name a file.
    [InlineData("", "/", "careers/caf%C3%A9/", "careers/café")]
    // Root-relative links must sit under the base path.
    [InlineData("careers/nurse", "/", "/domains/", "domains")]
    [InlineData("careers/nurse", "/sub/", "/sub/domains/", "domains")]
    [InlineData("careers/nurse", "/sub/", "/sub", "")]
    [InlineData("careers/nurse", "/sub/", "/other/domains/", null)]
    // Nothing outside the export: other schemes, protocol-relative URLs, or climbing above the root.
    [InlineData("careers/nurse", "/", "//cdn.example/x.js", null)]
    [InlineData("careers/nurse", "/", "javascript:alert(1)", null)]
    [InlineData("careers/nurse", "/", "../../../etc/passwd", null)]
    [InlineData("", "/", "../", null)]
    public void A_link_targets_the_right_path_or_nothing(string pageDirectory, string prefix, string link, string? expected) =>
        Assert.Equal(expected, LinkChecker.Target(pageDirectory, prefix, link));
}
