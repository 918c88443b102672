using System.Net;
using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

/// <summary>The pay-by-state page, and a chosen state on the guide, compare, transition and start pages.</summary>
public sealed partial class StatesPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task The_states_page_has_a_labelled_tile_for_every_state_and_a_row_for_each_sorted_by_pay()
    {
        var html = await web.Browser().GetStringAsync("/careers/registered-nurses/states");
        Assert.Equal(51, TileLink().Matches(html).Count);
        Assert.Contains("aria-label=\"CA: California, median $140,270\"", html);
        Assert.Contains("aria-label=\"AL: Alabama, median $77,080\"", html);
        var rows = RowId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(51, rows.Count);
        Assert.Equal("CA", rows[0]);
        Assert.Contains("aria-sort=\"descending\" data-key=\"pay\"", html);
        Assert.Contains("BLS OEWS May 2025, state estimates", html);
        Assert.Contains("$97,550", html);
        // Sorting works without JavaScript: plain links to a page for each order.
        Assert.Contains("href=\"/careers/registered-nurses/states/by-employment#states-table\"", html);
        Assert.Contains("href=\"/careers/registered-nurses/states#states-table\">Median pay</a>", html);
    }

    [Theory]
    [InlineData("employment", "CA")]
    [InlineData("state", "AL")]
    public async Task Each_order_has_a_page_of_its_own_with_the_same_rows_and_the_pay_order_as_canonical(string sort, string first)
    {
        var html = await web.Browser().GetStringAsync($"/careers/registered-nurses/states/by-{sort}");
        var rows = RowId().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(first, rows[0]);
        Assert.Equal(51, rows.Distinct().Count());
        Assert.Contains($"aria-sort=\"{(sort == "state" ? "ascending" : "descending")}\" data-key=\"{sort}\"", html);
        Assert.Matches("<link rel=\"canonical\" href=\"[^\"]*/careers/registered-nurses/states\"", html);
        // The state form keeps the order: it asks this page again, with the state.
        Assert.Contains($"action=\"/careers/registered-nurses/states/by-{sort}\"", html);
        var chosen = await web.Browser().GetStringAsync($"/careers/registered-nurses/states/by-{sort}?state=TX");
        Assert.Contains("<tr id=\"st-TX\" class=\"chosen\"", chosen);
        Assert.Equal(first, RowId().Match(chosen).Groups[1].Value);
    }

    [Theory]
    [InlineData("/careers/registered-nurses/states/by-pay")]
    [InlineData("/careers/registered-nurses/states/by-salary")]
    [InlineData("/careers/no-such-role/states/by-employment")]
    public async Task An_order_page_that_does_not_exist_is_a_404(string url)
    {
        var response = await web.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_sort_asked_by_query_is_not_cached_as_the_pay_order()
    {
        var sorted = await web.Browser().GetStringAsync("/careers/electricians/states?sort=state");
        Assert.Equal("AL", RowId().Match(sorted).Groups[1].Value);
        var plain = await web.Browser().GetStringAsync("/careers/electricians/states");
        Assert.Contains("aria-sort=\"descending\" data-key=\"pay\"", plain);
        Assert.NotEqual("AL", RowId().Match(plain).Groups[1].Value);
    }

    [Theory]
    [InlineData("employment", "CA")]
    [InlineData("state", "AL")]
    public async Task Sorting_by_a_query_link_reorders_the_rows(string sort, string first)
    {
        var html = await web.Browser().GetStringAsync($"/careers/registered-nurses/states?sort={sort}");
        Assert.Equal(first, RowId().Match(html).Groups[1].Value);
        Assert.Contains($"aria-sort=\"{(sort == "state" ? "ascending" : "descending")}\" data-key=\"{sort}\"", html);
    }

    [Fact]
    public async Task Sorting_by_concentration_puts_the_highest_location_quotient_first_and_unpublished_last()
    {
        var html = await web.Browser().GetStringAsync("/careers/data-scientists/states?sort=concentration");
        var quotients = Regex.Matches(html, "data-concentration=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        var published = quotients.TakeWhile(q => q.Length > 0).Select(q => decimal.Parse(q, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(q => q), published);
        Assert.All(quotients.Skip(published.Count), q => Assert.Equal("", q));
        Assert.True(quotients.Count - published.Count > 0, "some state publishes no data-scientist figures");
        Assert.Contains("<td class=\"num\" data-label=\"Median pay\">not published</td>", html);
    }

    [Fact]
    public async Task A_curated_role_uses_its_primary_occupation_and_says_so()
    {
        var html = await web.Browser().GetStringAsync("/careers/machine-learning-engineer/states");
        Assert.Contains("these are the BLS figures for its primary occupation, Data Scientists (SOC 15-2051)", html);
    }

    [Fact]
    public async Task Every_guide_links_to_its_states_page_and_shows_a_chosen_state_beside_the_national_median()
    {
        var plain = await web.Browser().GetStringAsync("/careers/registered-nurses");
        Assert.Contains("href=\"/careers/registered-nurses/states\"", plain);
        Assert.Contains("id=\"state-pay-data\"", plain);

        var html = await web.Browser().GetStringAsync("/careers/registered-nurses?state=CA");
        Assert.Matches("<dt>National median pay</dt><dd class=\"big\">\\$97,550</dd>", html);
        Assert.Contains("<dt>Median pay in California</dt><dd class=\"big\">$140,270</dd><dd>44% above the national median</dd>", html);
        Assert.Contains("<option value=\"CA\" selected>California</option>", html);
    }

    [Fact]
    public async Task An_unpublished_state_says_so_and_never_shows_the_national_figure_in_its_place()
    {
        var html = await web.Browser().GetStringAsync("/careers/data-scientists?state=WY");
        Assert.Contains("<dt>Median pay in Wyoming</dt><dd class=\"big\">not published</dd>", html);
        Assert.Contains("BLS publishes no annual median for Data Scientists in Wyoming", html);
        Assert.Contains("is not a stand-in for Wyoming", html);
    }

    [Theory]
    [InlineData("/careers/registered-nurses?state=ZZ")]
    [InlineData("/careers/registered-nurses/states?state=ZZ")]
    [InlineData("/careers/registered-nurses/states?sort=salary")]
    [InlineData("/compare/machine-learning-engineer/vs/data-scientist?state=ZZ")]
    [InlineData("/careers/machine-learning-engineer/from/data-analyst?state=ZZ")]
    [InlineData("/start?role=cashiers&state=ZZ")]
    public async Task An_unknown_state_or_sort_is_a_400_that_says_what_to_use(string url)
    {
        var response = await web.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("two-letter postal code such as CA") || html.Contains("use one of: pay, employment, concentration, state"), html[..200]);
    }

    [Fact]
    public async Task Compare_transition_and_start_show_the_pay_change_in_the_chosen_state()
    {
        var compare = await web.Browser().GetStringAsync("/compare/registered-nurses/vs/data-scientists?state=TX");
        Assert.Matches("<th scope=\"row\">Median pay in Texas</th><td class=\"num\">\\$95,970</td><td class=\"num\">\\$122,090</td>", compare);
        Assert.Contains("In Texas, Registered Nurses to Data Scientists: +$26,120", compare);

        var transition = await web.Browser().GetStringAsync("/careers/data-scientists/from/registered-nurses?state=TX");
        Assert.Contains("<dt>Median pay change in Texas</dt><dd class=\"big\">+$26,120</dd>", transition);
        Assert.Contains("$95,970 → $122,090 in Texas; BLS OEWS May 2025, state estimates", transition);

        var start = await web.Browser().GetStringAsync("/start?role=cashiers&state=CA");
        Assert.Contains("<span>In California: ", start);
        Assert.Contains("?state=CA\"", start);
        var redirect = await web.Client.GetAsync("/start?role=cashiers&to=electricians&state=CA");
        Assert.Equal("/careers/electricians/from/cashiers?state=CA", redirect.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("<a href=\"#st-[A-Z]{2}\" aria-label=\"[^\"]+\"")]
    private static partial Regex TileLink();

    [GeneratedRegex("<tr id=\"st-([A-Z]{2})\"")]
    private static partial Regex RowId();
}
