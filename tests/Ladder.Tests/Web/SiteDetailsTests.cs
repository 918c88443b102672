using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ladder.Storage;

namespace Ladder.Tests.Web;

/// <summary>
/// The details a careful reader notices, on the served site over the shipped catalog: one date style on every page
/// type, curated pages dated by their own review, popular roles chosen by employment across fields, the "start from
/// your job" path, and hourly pay where BLS publishes it.
/// </summary>
public sealed partial class SiteDetailsTests(WebFixture web) : IClassFixture<WebFixture>
{
    public static TheoryData<string> Pages => new(PageTypes.All.Select(p => p.Url)
        .Concat(["/careers/electricians", "/compare/registered-nurses/vs/electricians"]));

    /// <summary>What a reader sees: the body's text without scripts, JSON-LD, tags or attribute values.</summary>
    private static string VisibleText(string html)
    {
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        body = ScriptPattern().Replace(body, " ");
        return WebUtility.HtmlDecode(TagPattern().Replace(body, " "));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_type_writes_dates_as_words_never_iso(string url)
    {
        var response = await web.Browser().GetAsync(url);
        var text = VisibleText(await response.Content.ReadAsStringAsync());

        // "2026-11-30" and "2025-05" are for machines; readers get "November 2026". "2024–34" (an en dash) is a period.
        Assert.DoesNotMatch(IsoDatePattern(), text);
        Assert.Matches(@"Catalog built \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\.", text);
    }

    [Theory]
    [InlineData("/careers/registered-nurses")]
    [InlineData("/careers/machine-learning-engineer")]
    [InlineData("/careers/actors")]
    public async Task Every_as_of_in_the_sources_table_is_a_month_a_release_or_a_period_never_a_bare_year(string url)
    {
        var html = await web.Browser().GetStringAsync(url);
        var sources = html[html.IndexOf("<section id=\"sources\"", StringComparison.Ordinal)..];
        sources = sources[..sources.IndexOf("</section>", StringComparison.Ordinal)];
        var asOf = SourceRowPattern().Matches(sources).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        Assert.True(asOf.Count >= 6, $"{asOf.Count} source rows");
        Assert.All(asOf, a => Assert.Matches(
            @"^((reviewed )?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|CIP 2020 and SOC 2018 editions|not available)$", a));
    }

    [Fact]
    public async Task A_curated_guide_is_dated_by_its_files_review_not_by_the_build()
    {
        var yaml = File.ReadAllLines(Path.Combine(LadderPaths.ShippedContent, "machine-learning-engineer.yaml"));
        var reviewed = yaml.Single(l => l.StartsWith("reviewed:", StringComparison.Ordinal)).Split(':')[1].Trim().Trim('"');
        var month = DateTime.ParseExact(reviewed, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

        var html = await web.Browser().GetStringAsync("/careers/machine-learning-engineer");
        Assert.Contains($"· Reviewed {month}</p>", html, StringComparison.Ordinal);
        Assert.Matches($"<td>Curated: [^<]+</td><td>[^<]*machine-learning-engineer.yaml[^<]*</td><td>{month}</td>", html);

        var json = await web.Client.GetStringAsync("/api/v1/roles/machine-learning-engineer");
        Assert.Equal(month, JsonDocument.Parse(json).RootElement.GetProperty("reviewed").GetString());
    }

    [GeneratedRegex(@"<script\b.*?</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\b(19|20)\d\d-\d\d(-\d\d)?\b")]
    private static partial Regex IsoDatePattern();

    /// <summary>A Sources table row: section, source, as-of (the last cell).</summary>
    [GeneratedRegex(@"<tr><td>[^<]*</td><td>.*?</td><td>([^<]*)</td></tr>")]
    private static partial Regex SourceRowPattern();
}
