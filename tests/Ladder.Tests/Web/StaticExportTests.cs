using Ladder.Web.Export;
using Ladder.Web.Site;

namespace Ladder.Tests.Web;

public sealed class StaticExportTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    [Fact]
    public void Build_writes_every_guide_domain_compare_and_transition_page_and_every_link_resolves()
    {
        var output = fixture.TempPath("site");
        var site = new StaticSite(new SiteData(fixture.Engine));
        var plan = site.Plan();
        var result = site.Build(new StaticSiteOptions(output), plan);

        Assert.Equal(plan.Count, result.Pages);
        var guides = Directory.GetDirectories(Path.Combine(output, "careers")).Count(d => File.Exists(Path.Combine(d, "index.html")));
        Assert.Equal(fixture.Catalog.Roles.Count, guides);
        // Every guide has its pay-by-state page, and links to it.
        Assert.All(fixture.Catalog.Roles, r => Assert.True(File.Exists(Path.Combine(output, "careers", r.Slug, "states", "index.html")), r.Slug));
        Assert.Contains("href=\"../../careers/registered-nurses/states/\"", File.ReadAllText(Path.Combine(output, "careers", "registered-nurses", "index.html")));
        // Without a server or a script the table still sorts: each order is a page, the headers link to them, and
        // the state form (which needs a server or the script) is hidden with a note on what works instead.
        var states = File.ReadAllText(Path.Combine(output, "careers", "registered-nurses", "states", "index.html"));
        Assert.Contains("href=\"../../../careers/registered-nurses/states/by-employment/#states-table\">Employment</a>", states);
        Assert.Contains("data-state-form hidden>", states);
        Assert.Contains("<noscript><p class=\"state-pick\">Choose your state on the map", states);
        var byEmployment = File.ReadAllText(Path.Combine(output, "careers", "registered-nurses", "states", "by-employment", "index.html"));
        var employment = System.Text.RegularExpressions.Regex.Matches(byEmployment, "data-employment=\"([^\"]*)\"")
            .Select(m => decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(51, employment.Count);
        Assert.Equal(employment.OrderByDescending(e => e), employment);
        Assert.Contains("href=\"../../../../careers/registered-nurses/states/#states-table\">Median pay</a>", byEmployment);
        Assert.All(fixture.Catalog.Roles, r => Assert.True(File.Exists(Path.Combine(output, "careers", r.Slug, "states", "by-concentration", "index.html")), r.Slug));
        Assert.True(fixture.Catalog.Roles.Count >= 1016 + 42);
        Assert.Equal(fixture.Catalog.Domains.Count, Directory.GetDirectories(Path.Combine(output, "domains")).Length);
        Assert.True(plan.Count(p => p.Path.StartsWith("compare/", StringComparison.Ordinal)) > 5_000);
        // Every role a guide names as a way in has its transition page.
        var paths = plan.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var ml = fixture.Engine.Guide("machine-learning-engineer")!;
        Assert.NotEmpty(ml.BreakIn.FromRoles);
        Assert.All(ml.BreakIn.FromRoles, from => Assert.Contains($"careers/machine-learning-engineer/from/{from.Slug}", paths));
        foreach (var file in new[] { "index.html", "404.html", "sitemap.xml", "robots.txt", "assets/site.css", "assets/site.js", "search/index.html", "discover/index.html", "discover-data.json", "assets/discover.js" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        // The search files, under content-hashed names that every page names.
        foreach (var stem in StaticSearch.HashedStems)
            Assert.Single(Directory.GetFiles(Path.Combine(output, "assets"), stem + ".*"), f => System.Text.RegularExpressions.Regex.IsMatch(f, StaticSearch.HashedPattern));

        // The check made while writing and a second pass over the files on disk agree.
        Assert.True(result.Links.Ok, string.Join("\n", result.Links.Broken.Take(10)));
        var links = LinkChecker.Check(output);
        Assert.True(links.Ok, string.Join("\n", links.Broken.Take(10)));
        Assert.Equal(result.Pages + 1, links.Pages);
        Assert.Equal(links.Pages, result.Links.Pages);
        Assert.Equal(links.Links, result.Links.Links);
        Assert.True(links.Links > result.Pages * 10);

        var guide = File.ReadAllText(Path.Combine(output, "careers", "machine-learning-engineer", "index.html"));
        Assert.Contains("href=\"../../assets/site.css\"", guide);
        Assert.Contains("data-search=\"static\"", guide);
        Assert.Matches("data-search-model=\"../../assets/search-model\\.[0-9a-f]{16}\\.json\"", guide);
    }

    [Fact]
    public void A_sub_path_build_links_through_the_base_path_and_the_checker_catches_a_broken_link()
    {
        var output = fixture.TempPath("sub");
        var site = new StaticSite(new SiteData(fixture.Engine));
        var plan = site.Plan().Where(p => p.Path.Length == 0 || p.Path.StartsWith("domains", StringComparison.Ordinal) || p.Path is "search" or "gap" or "apply" || p.Path == "careers/machine-learning-engineer").ToList();
        var result = site.Build(new StaticSiteOptions(output, BasePath: "/jobs/", SiteUrl: "https://example.org"), plan);
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("href=\"/jobs/assets/site.css\"", home);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/jobs/\">", home);

        var links = LinkChecker.Check(output, "/jobs/");
        Assert.False(links.Ok);
        Assert.Contains(links.Broken, b => b.Link.StartsWith("/jobs/careers/", StringComparison.Ordinal));
        Assert.DoesNotContain(links.Broken, b => b.Link.Contains("assets", StringComparison.Ordinal));
        // The build's own check found the same broken targets (it reports each target once, with its first page).
        Assert.False(result.Links.Ok);
        Assert.Equal(links.Broken.Select(b => b.Link).ToHashSet(), result.Links.Broken.Select(b => b.Link).ToHashSet());
    }

    [Fact]
    public void Build_refuses_to_empty_a_folder_it_did_not_write()
    {
        var output = fixture.TempPath("precious");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var site = new StaticSite(new SiteData(fixture.Engine));
        Assert.Throws<IOException>(() => site.Build(new StaticSiteOptions(output), []));
        Assert.True(File.Exists(Path.Combine(output, "notes.txt")));
    }
}
