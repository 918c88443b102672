using Ladder.Web.Hosting;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Ladder.Engine;
using Ladder.Guides;
using Ladder.Import;
using Ladder.Storage;
using Ladder.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Ladder.Tests.Web;

/// <summary>
/// Release names and dates come from what the import read: a copy of the shipped data labelled as O*NET 30.3
/// (August 2026) with an OEWS table named for May 2026 must be cited as such on every page, in the API's
/// metadata and headers, in the guide's Markdown and in the attribution, and the shipped labels must vanish.
/// </summary>
public sealed class ProvenanceTests(RelabelledRelease release) : IClassFixture<RelabelledRelease>
{
    private LadderEngine Engine => release.Engine;
    private HttpClient Client => release.Client;

    [Fact]
    public void The_catalog_records_the_release_the_files_named()
    {
        Assert.Equal("O*NET 30.3", Engine.Provenance.OnetRelease);
        Assert.Equal("August 2026", Engine.Provenance.OnetReleaseDate);
        Assert.Equal("May 2026", Engine.Provenance.OewsRelease);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/careers/registered-nurses")]
    [InlineData("/careers/data-scientists")]
    [InlineData("/compare/registered-nurses/vs/nurse-practitioners")]
    [InlineData("/careers/nurse-practitioners/from/registered-nurses")]
    [InlineData("/domains")]
    [InlineData("/gap")]
    [InlineData("/search?q=nurse")]
    [InlineData("/careers/registered-nurses/states")]
    [InlineData("/careers/registered-nurses?state=CA")]
    public async Task Every_page_cites_the_imported_releases(string url)
    {
        var html = await Client.GetStringAsync(url);
        AssertCitesImportedReleases(html);
        Assert.Contains("O*NET 30.3 (August 2026), BLS OEWS May 2026", html);
        Assert.Contains("information from the O*NET 30.3 Database", html);
        if (url.Contains("state", StringComparison.Ordinal))
        {
            Assert.Contains("BLS OEWS May 2026, state estimates", html);
            Assert.DoesNotContain("May 2025", html);
        }
    }

    [Fact]
    public async Task The_api_metadata_attribution_header_and_guide_sources_cite_the_imported_releases()
    {
        var guide = await Client.GetStringAsync("/api/roles/data-scientists");
        AssertCitesImportedReleases(guide);
        Assert.Contains("information from the O*NET 30.3 Database", JsonDocument.Parse(guide).RootElement.GetProperty("attribution").GetString());
        using var response = await Client.GetAsync("/api/domains");
        var body = await response.Content.ReadAsStringAsync();
        AssertCitesImportedReleases(body);
        var meta = JsonDocument.Parse(body).RootElement.GetProperty("meta");
        Assert.Equal("O*NET 30.3", meta.GetProperty("onetRelease").GetString());
        Assert.Equal("May 2026", meta.GetProperty("oewsRelease").GetString());
        Assert.Contains("O*NET 30.3 Database", meta.GetProperty("attribution").GetString());
        var header = string.Join(" ", response.Headers.GetValues("X-Data-Attribution"));
        Assert.Contains("O*NET 30.3", header);
        Assert.Contains("May 2026", header);
    }

    [Fact]
    public void Markdown_and_json_guides_cite_the_imported_releases()
    {
        var guide = Engine.Guide(Engine.Catalog.FindRole("registered-nurses")!);
        AssertCitesImportedReleases(GuideMarkdown.Render(guide));
        AssertCitesImportedReleases(GuideJson.Serialize(guide));
        Assert.Contains(guide.Sources, s => s.AsOf == "August 2026");
        Assert.Contains(guide.Sources, s => s.AsOf == "May 2026");
    }

    private static void AssertCitesImportedReleases(string text)
    {
        Assert.Contains("O*NET 30.3", text);
        Assert.Contains("May 2026", text);
        Assert.DoesNotContain("30.2", text);
        Assert.DoesNotContain("February 2026", text);
        Assert.DoesNotContain("May 2025", text);
    }
}

/// <summary>A copy of the shipped data relabelled O*NET 30.3 (August 2026) and OEWS May 2026, imported once and served in memory.</summary>
public sealed class RelabelledRelease : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ladder-provenance-").FullName;
    private WebApplication _app = null!;

    public LadderEngine Engine { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var onet = Directory.CreateDirectory(Path.Combine(_folder, "onet")).FullName;
        foreach (var file in Directory.GetFiles(LadderPaths.ShippedOnet, "*.gz"))
            if (Path.GetFileName(file) != "Read Me.txt.gz") File.Copy(file, Path.Combine(onet, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(onet, "Read Me.txt"), "O*NET 30.3 Database\r\nAugust 2026 Release\r\n---------------------\r\n");
        var oews = Path.Combine(_folder, "national_M2026_dl.tsv.gz");
        File.Copy(LadderPaths.ShippedOews, oews);
        var states = Path.Combine(_folder, "state_M2026.csv.gz");
        File.Copy(LadderPaths.ShippedStates, states);
        var db = Path.Combine(_folder, "ladder.db");
        CatalogImporter.Import(new ImportOptions { DatabasePath = db, OnetPath = onet, OewsPath = oews, StatesPath = states, FamiliesPath = LadderPaths.ShippedFamilies });
        Engine = LadderEngine.Open(db);
        _app = LadderWebApp.Build(new LadderWebOptions { Engine = Engine, CatalogPath = db }, b => b.WebHost.UseTestServer());
        await _app.StartAsync();
        Client = _app.GetTestClient();
        Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
