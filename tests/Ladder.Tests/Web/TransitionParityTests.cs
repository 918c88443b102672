using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

/// <summary>
/// The transition page <c>/careers/{target}/from/{start}</c> states the same facts as <c>ladder compare</c> and the
/// compare page: what the move gives and takes each way, in words, the skills to learn first, and what both guides' key lists share.
/// </summary>
public sealed partial class TransitionParityTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("registered-nurses", "licensed-practical-and-licensed-vocational-nurses")]
    [InlineData("machine-learning-engineer", "data-analyst")]
    [InlineData("electricians", "construction-laborers")]
    [InlineData("data-scientists", "registered-nurses")]
    public async Task The_transition_page_agrees_with_ladder_compare(string target, string start)
    {
        var stdout = new StringWriter();
        var exit = Ladder.LadderCli.Run(["--db", web.DatabasePath, "compare", target, start, "--json"], stdout, new StringWriter());
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        var cli = json.RootElement;
        var there = cli.GetProperty("bToA").GetProperty("headline").GetString()!; // start → target
        var back = cli.GetProperty("aToB").GetProperty("headline").GetString()!;  // target → start
        var topMissing = cli.GetProperty("bToA").GetProperty("topMissingSkills").EnumerateArray().Select(e => e.GetString()!).ToList();
        // The engine's model names each shared item as the pages show it (a skill's kind is added where a name has two).
        var model = web.Engine.Compare(web.Engine.Catalog.FindRole(target)!, web.Engine.Catalog.FindRole(start)!);
        Assert.Equal(Shared(cli.GetProperty("a")), model.A.Skills.Where(x => x.Shared).Select(x => $"{x.Name}/{x.Kind}").Concat(model.A.Technologies.Where(x => x.Shared).Select(x => x.Name)));
        var sharedKeys = model.A.Skills.Where(x => x.Shared).Select(model.Label).Concat(model.A.Technologies.Where(x => x.Shared).Select(x => x.Name)).ToList();

        var page = await Get($"/careers/{target}/from/{start}");

        // The verdict each way in words (never a 0–100 score), in the verdict box and in the "both directions" list.
        Assert.DoesNotContain("/100", page, StringComparison.Ordinal);
        Assert.Equal(there, WebUtility.HtmlDecode(Verdict().Match(page).Groups[1].Value));
        Assert.Equal(there, MoveScore(page, "there"));
        Assert.Equal(back, MoveScore(page, "back"));

        // The skills to learn start with the ones the comparison calls the top missing skills, and none is also "kept".
        var learn = Items(ListAfter(page, "To learn, most important first", "ol"));
        var keep = Items(ListAfter(page, "Skills you keep", "ul"));
        Assert.Equal(topMissing, learn.Take(topMissing.Count).ToList());
        Assert.Empty(learn.Intersect(keep));

        // What both guides list is the comparison's "shared", and the compare page marks the same items on both sides.
        var chips = page.Contains("class=\"chips shared-keys\"", StringComparison.Ordinal) ? Items(ListAfter(page, "Key skills and technologies both guides list", "ul")) : [];
        Assert.Equal(sharedKeys, chips);
        // Shared is symmetric: each side marks the same skills (by name and kind) and technologies.
        Assert.Equal(Shared(cli.GetProperty("a")).Order(StringComparer.OrdinalIgnoreCase), Shared(cli.GetProperty("b")).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        var compare = await Get($"/compare/{target}/vs/{start}");
        // The compare page lists target → start first, then start → target.
        Assert.Equal([back, there], CompareScores().Matches(compare).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList());
        var markedShared = SharedTag().Matches(compare).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(sharedKeys.Order(StringComparer.Ordinal), markedShared.Distinct().Order(StringComparer.Ordinal));
    }

    private async Task<string> Get(string path)
    {
        using var response = await web.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A side's shared items in <c>ladder compare --json</c>: skills as name/kind, then technologies.</summary>
    private static List<string> Shared(JsonElement side) =>
        side.GetProperty("skills").EnumerateArray().Where(e => e.GetProperty("shared").GetBoolean())
            .Select(e => $"{e.GetProperty("name").GetString()}/{e.GetProperty("kind").GetString()}")
            .Concat(side.GetProperty("technologies").EnumerateArray().Where(e => e.GetProperty("shared").GetBoolean()).Select(e => e.GetProperty("name").GetString()!))
            .ToList();

    private static string MoveScore(string page, string move)
    {
        var m = Regex.Match(page, $"<li data-move=\"{move}\">.*?<strong class=\"move-score\">([^<]+)</strong>");
        Assert.True(m.Success, $"no \"{move}\" verdict on the page");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>The first &lt;ol&gt; or &lt;ul&gt; after a heading's text.</summary>
    private static string ListAfter(string page, string heading, string tag)
    {
        var at = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no \"{heading}\" on the page");
        var start = page.IndexOf($"<{tag}", at, StringComparison.Ordinal);
        return page[start..page.IndexOf($"</{tag}>", start, StringComparison.Ordinal)];
    }

    /// <summary>Each list item's own name: its text before any note in a span, technologies' "(technology)" included.</summary>
    private static List<string> Items(string list) =>
        ListItem().Matches(list).Where(m => !m.Value.StartsWith("<li class=\"muted\"", StringComparison.Ordinal))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();

    [GeneratedRegex("<li(?: [^>]*)?>([^<]*)")]
    private static partial Regex ListItem();

    [GeneratedRegex("<p class=\"score-line\"><strong class=\"verdict\">([^<]+)</strong>")]
    private static partial Regex Verdict();

    [GeneratedRegex("<strong class=\"move-score\">([^<]+)</strong>")]
    private static partial Regex CompareScores();

    [GeneratedRegex("<li class=\"shared\">([^<]*?) <span class=\"tag shared\">")]
    private static partial Regex SharedTag();
}
