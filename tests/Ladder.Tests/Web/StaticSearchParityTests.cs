using System.IO.Compression;
using System.Text;
using Ladder.Web.Assets;
using Ladder.Web.Export;
using Xunit.Abstractions;

namespace Ladder.Tests.Web;

/// <summary>
/// The static site's search (title-search.js with the model <c>ladder build</c> writes) ranks as the server's title
/// index does: both answer every title of the report halves of the two dev sets (tests/data/titles), the browser's
/// in Chromium, and must give the same first answer for at least 95% of them and reach at least 0.9× the server's top-1.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticSearchParityTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("h1b-report.tsv.gz")]
    [InlineData("census-report.tsv.gz")]
    public async Task The_browser_gives_the_servers_first_answer_on_real_titles(string file)
    {
        var rows = ReadTitles(file);
        Assert.True(rows.Count > 1000, $"{file} has {rows.Count} titles");
        var index = browser.Engine.Titles;
        var (names, files) = StaticSearch.Write(index);
        var model = Encoding.UTF8.GetString(files["assets/" + names.Model]);

        var page = await browser.Browser.NewPageAsync();
        await page.SetContentAsync("<!doctype html><title>search</title>");
        await page.AddScriptTagAsync(new() { Content = Encoding.UTF8.GetString(SiteAssets.TitleSearchScript) });
        var answers = await page.EvaluateAsync<string[]>(
            "([model, titles]) => { const index = LadderTitleSearch.load(JSON.parse(model)); " +
            "return titles.map(t => { const m = index.search(t, 5).matches; return m.length ? m[0].code : ''; }); }",
            new object[] { model, rows.Select(r => r.Title).ToArray() });
        await page.CloseAsync();

        int same = 0, serverHits = 0, browserHits = 0;
        var differences = new List<string>();
        for (int i = 0; i < rows.Count; i++)
        {
            var server = index.Search(rows[i].Title, 5).Best?.Soc ?? "";
            if (server == answers[i]) same++;
            else differences.Add($"{rows[i].Title}: server {server}, browser {answers[i]}");
            if (server.Length > 0 && IsHit(rows[i].Codes, server)) serverHits++;
            if (answers[i].Length > 0 && IsHit(rows[i].Codes, answers[i])) browserHits++;
        }
        double parity = (double)same / rows.Count;
        output.WriteLine($"{file}: same first answer {parity:P1} of {rows.Count}; top-1 server {(double)serverHits / rows.Count:P1}, browser {(double)browserHits / rows.Count:P1}");
        Assert.True(parity >= 0.95, $"{file}: same first answer for {parity:P1}; first differences:\n{string.Join('\n', differences.Take(20))}");
        Assert.True(browserHits >= 0.9 * serverHits, $"{file}: browser top-1 {browserHits} against the server's {serverHits}");
    }

    [Fact]
    public async Task Text_still_being_typed_gets_the_same_suggestions_in_the_browser()
    {
        string[] typed = ["data scien", "registered nur", "softw", "sr ml eng", "truck dri", "accou", "elec", "RN ICU nights", "data sci "];
        var index = browser.Engine.Titles;
        var (names, files) = StaticSearch.Write(index);
        var page = await browser.Browser.NewPageAsync();
        await page.SetContentAsync("<!doctype html><title>search</title>");
        await page.AddScriptTagAsync(new() { Content = Encoding.UTF8.GetString(SiteAssets.TitleSearchScript) });
        var answers = await page.EvaluateAsync<string[]>(
            "([model, typed]) => { const index = LadderTitleSearch.load(JSON.parse(model)); " +
            "return typed.map(t => index.search(t, 8, true).matches.map(m => m.code).join(' ')); }",
            new object[] { Encoding.UTF8.GetString(files["assets/" + names.Model]), typed });
        await page.CloseAsync();
        var server = typed.Select(t => string.Join(' ', index.Search(t, 8, asYouType: true).Matches.Select(m => m.Soc))).ToArray();
        Assert.Equal(server, answers);
        // "data scien" is on its way to data scientists: the unknown last word is completed, not dropped.
        Assert.Contains(index.Search("data scien", 8, asYouType: true).Matches, m => m.Role.Slug == "data-scientists");
    }

    private static List<(string Title, string[] Codes)> ReadTitles(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "testdata", "titles", file)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var rows = new List<(string, string[])>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var cells = line.Split('\t');
            rows.Add((cells[0], cells[1].Split('|')));
        }
        return rows;
    }

    // A code ending in 0 is a SOC broad group (49-2020): any detailed code in it is a hit.
    private static bool IsHit(string[] codes, string soc) => codes.Any(code =>
        code[6] == '0' ? soc.StartsWith(code[..6], StringComparison.Ordinal) : soc.StartsWith(code, StringComparison.Ordinal));
}
