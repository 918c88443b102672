using Ladder.Catalog;

namespace Ladder.Tests.Core.Catalog;

/// <summary>Exact lookups: codes, slugs, titles and alternate titles, in that order, on the shipped catalog.</summary>
public sealed class RoleResolverTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    private RoleResolver Resolver => fixture.Engine.Resolver;

    [Theory]
    [InlineData("15-2051.00", "data-scientists", "code")]
    [InlineData(" 29-1141.00 ", "registered-nurses", "code")]
    [InlineData("data-scientists", "data-scientists", "slug")]
    [InlineData("MACHINE-LEARNING-ENGINEER", "machine-learning-engineer", "slug")]
    [InlineData("Machine Learning Engineer", "machine-learning-engineer", "title")]
    [InlineData("registered nurses", "registered-nurses", "title")]
    [InlineData("Registered Nurse", "registered-nurses", "title")]
    [InlineData("Electrician", "electricians", "title")]
    [InlineData("Heavy and Tractor-Trailer Truck Drivers", "heavy-and-tractor-trailer-truck-drivers", "title")]
    [InlineData("Postal Service Clerks", "postal-service-clerks", "title")]
    public void Codes_slugs_and_titles_find_their_role(string query, string slug, string matchedOn)
    {
        var found = Assert.IsType<Resolution.Found>(Resolver.Resolve(query));
        Assert.Equal(slug, found.Role.Slug);
        Assert.Equal(matchedOn, found.MatchedOn);
    }

    [Theory]
    // A well-formed code that O*NET does not use is not found, and nothing is guessed from it.
    [InlineData("99-9999.99")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("sr ml eng")]
    public void Anything_else_is_not_found(string query) =>
        Assert.IsType<Resolution.NotFound>(Resolver.Resolve(query));

    [Fact]
    public void An_alternate_title_that_several_occupations_share_is_ambiguous_and_lists_them_by_code()
    {
        // Find a shared alternate title in the data rather than hard-coding one.
        var shared = fixture.Catalog.Occupations
            .SelectMany(o => o.AlternateTitles.Select(a => (Key: RoleResolver.Key(a.Title), a.Title, o.Code.Value)))
            .Where(x => fixture.Catalog.Roles.All(r => RoleResolver.Key(r.Title) != x.Key))
            .GroupBy(x => x.Key).First(g => g.Select(x => x.Value).Distinct().Count() > 1);
        var ambiguous = Assert.IsType<Resolution.Ambiguous>(Resolver.Resolve(shared.First().Title));
        Assert.Equal(shared.Select(x => x.Value).Distinct().Order(StringComparer.Ordinal), ambiguous.Candidates.Select(r => r.Code));
    }

    [Theory]
    // "Teacher" and "Driver" are alternate titles of several occupations: the engine asks, and lists them as search
    // ranks them (the most likely first), where the resolver alone lists them by code.
    [InlineData("driver", "53-3032.00")]
    [InlineData("teacher", "25-2021.00")]
    [InlineData("developer", "15-1252.00")]
    public void The_engine_lists_a_shared_alternate_title_in_search_order(string query, string first)
    {
        var byCode = Assert.IsType<Resolution.Ambiguous>(Resolver.Resolve(query));
        var ranked = Assert.IsType<Resolution.Ambiguous>(fixture.Engine.Resolve(query));
        Assert.Equal(first, ranked.Candidates[0].Code);
        Assert.NotEqual(first, byCode.Candidates[0].Code);
        Assert.Equal(byCode.Candidates.Select(r => r.Code).Order(StringComparer.Ordinal), ranked.Candidates.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_alternate_title_filed_under_an_odd_occupation_asks_with_the_occupation_its_words_name()
    {
        var byTitle = Assert.IsType<Resolution.Found>(Resolver.Resolve("Internal Medicine Physician"));
        Assert.Equal(("29-1243.00", "alternate title"), (byTitle.Role.Code, byTitle.MatchedOn));
        var asked = Assert.IsType<Resolution.Ambiguous>(fixture.Engine.Resolve("Internal Medicine Physician"));
        Assert.Equal(["29-1216.00", "29-1243.00"], asked.Candidates.Select(r => r.Code));
    }

    [Theory]
    [InlineData("Barista", "35-3023.01")]
    [InlineData("Statistician", "15-2041.00")]
    public void An_alternate_title_no_other_occupation_names_still_opens(string query, string code)
    {
        var found = Assert.IsType<Resolution.Found>(fixture.Engine.Resolve(query));
        Assert.Equal(code, found.Role.Code);
    }

    [Theory]
    [InlineData("Data Scientists", "data scientist")]
    [InlineData("C++ Developers", "c developer")]
    [InlineData("  Nurses,  RNs ", "nurse rns")]
    [InlineData("Glass", "glass")]
    [InlineData("Bus", "bus")]
    // Words of three letters or fewer keep their "s": "bus", "gas", and abbreviations such as "RNs".
    public void Title_keys_are_lower_case_words_made_singular(string title, string key) =>
        Assert.Equal(key, RoleResolver.Key(title));

    [Fact]
    public void A_near_miss_is_no_exact_title_and_the_title_index_finds_it()
    {
        Assert.IsType<Resolution.NotFound>(Resolver.Resolve("registerd nurses"));
        IReadOnlyList<Role> roles = fixture.Engine.Resolve("registerd nurses") switch
        {
            Resolution.Found found => [found.Role],
            Resolution.Ambiguous ambiguous => ambiguous.Candidates,
            _ => [],
        };
        Assert.Contains(roles, r => r.Slug == "registered-nurses");
    }
}
