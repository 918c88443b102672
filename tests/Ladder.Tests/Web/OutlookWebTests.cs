using System.Net;
using System.Text.Json;

namespace Ladder.Tests.Web;

/// <summary>Outlook, the way in and credentials on guide pages, lists, the API and transitions.</summary>
public sealed class OutlookWebTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task A_guide_page_shows_growth_next_to_pay_with_a_chart_an_outlook_section_and_the_way_in()
    {
        var html = await web.Browser().GetStringAsync("/careers/electricians");

        var overview = html[..html.IndexOf("guide-grid", StringComparison.Ordinal)];
        Assert.Contains("National median pay", overview);
        Assert.Contains("Projected growth 2024–34", overview);
        Assert.Contains("+9.5%", overview);
        Assert.Contains("<svg class=\"growth-chart\"", overview);
        Assert.Contains("All occupations", overview);
        Assert.Contains("id=\"outlook\"", html);
        Assert.Contains("81,000 on average", html);
        Assert.Contains("id=\"way-in\"", html);
        Assert.Contains("The apprenticeship route", html);
        Assert.Contains("Journeyworker electrician licence", html);
        Assert.Contains("Electrician <span class=\"muted\">(CIP 46.0302)</span>", html);
        Assert.Contains("U.S. Bureau of Labor Statistics, Employment Projections 2024–34", html);
    }

    [Fact]
    public async Task A_decline_writes_its_value_right_of_the_zero_line_never_over_the_row_label()
    {
        // Data entry keyers: BLS projects -25.9%. The value was written left of the bar's end, over "This occupation".
        var html = await web.Browser().GetStringAsync("/careers/data-entry-keyers");
        var svg = html[html.IndexOf("<svg class=\"growth-chart\"", StringComparison.Ordinal)..];
        svg = svg[..svg.IndexOf("</svg>", StringComparison.Ordinal)];
        var zero = double.Parse(System.Text.RegularExpressions.Regex.Match(svg, "<line class=\"zero\" x1=\"([0-9.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var values = System.Text.RegularExpressions.Regex.Matches(svg, "<text class=\"value\" x=\"([0-9.]+)\"[^>]*>([^<]+)<");
        Assert.Equal(2, values.Count);
        Assert.Equal("-25.9%", values[0].Groups[2].Value.Replace('\u2212', '-'));
        Assert.All(values, v => Assert.True(double.Parse(v.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > zero, $"{v.Groups[2].Value} at x={v.Groups[1].Value}, zero at {zero}"));
    }

    [Fact]
    public async Task The_role_api_carries_outlook_entry_and_credentials_with_sources()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/roles/registered-nurses"));
        var guide = doc.RootElement;

        var outlook = guide.GetProperty("outlook");
        Assert.Equal(4.9, outlook.GetProperty("changePercent").GetDouble());
        Assert.Equal(3.1, outlook.GetProperty("allOccupationsChangePercent").GetDouble());
        Assert.Equal("faster", outlook.GetProperty("verdictKey").GetString());
        Assert.Contains("Employment Projections 2024–34", outlook.GetProperty("source").GetString());
        Assert.Equal("Bachelor's degree", guide.GetProperty("entry").GetProperty("education").GetString());
        Assert.Equal("51.3801", guide.GetProperty("entry").GetProperty("programmes")[0].GetProperty("cipCode").GetString());
        var licence = guide.GetProperty("credentials").GetProperty("licence");
        Assert.Equal("every-state", licence.GetProperty("kind").GetString());
        Assert.Equal("NCLEX-RN", licence.GetProperty("exam").GetString());
        Assert.Equal("https://www.bls.gov/ooh/healthcare/registered-nurses.htm", licence.GetProperty("source").GetString());
    }

    [Fact]
    public async Task The_roles_api_filters_by_outlook_and_education_and_sorts_by_growth()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/roles?outlook=decline&education=no-formal-educational-credential&sort=growth"));
        var slugs = doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();

        Assert.Contains("postal-service-clerks", slugs);
        Assert.DoesNotContain("electricians", slugs);
        Assert.DoesNotContain("data-scientists", slugs);

        var bad = await web.Client.GetAsync("/api/roles?outlook=booming");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'outlook' must be one of", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_domain_page_filters_by_outlook_and_sorts_by_growth_while_the_plain_page_stays_cached()
    {
        var plain = await web.Browser().GetStringAsync("/domains/construction-trades");
        Assert.Contains("name=\"outlook\"", plain);

        var html = await web.Browser().GetStringAsync("/domains/construction-trades?outlook=growing&sort=growth");
        Assert.Contains("roles</h2>", html);
        Assert.Contains("Electricians", html);
        Assert.Contains("<option value=\"growing\" selected>", html);
        Assert.DoesNotContain("(decline)", html);
        var list = html[html.IndexOf("<ul class=\"role-list\">", StringComparison.Ordinal)..];
        var growths = System.Text.RegularExpressions.Regex.Matches(list, @"growth ([+−])(\d+\.\d)%")
            .Select(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) * (m.Groups[1].Value == "−" ? -1 : 1)).ToList();
        Assert.True(growths.Count > 3);
        Assert.Equal(growths.OrderByDescending(g => g), growths);
        Assert.All(growths, g => Assert.True(g >= 4.5));
        // Carpenters print +4.5%, but BLS's change from employment is +4.49%: "about as fast as the average", not growing.
        Assert.DoesNotContain(">Carpenters</a>", list);
    }

    [Fact]
    public async Task Search_results_filter_by_entry_education()
    {
        var html = await web.Browser().GetStringAsync("/search?q=nurse&education=bachelors-degree");

        Assert.Contains("match the filters", html);
        Assert.Contains("Registered Nurses", html);
        Assert.DoesNotContain("Licensed Practical and Licensed Vocational Nurses</a>", html);
    }

    [Fact]
    public async Task A_transition_into_nursing_lists_the_licences_that_stand_in_the_way()
    {
        var html = await web.Browser().GetStringAsync("/careers/registered-nurses/from/medical-assistants");

        Assert.Contains("What stands in the way: licences and credentials", html);
        Assert.Contains("Registered nurse (RN) licence", html);
        Assert.Contains("NCLEX-RN", html);
    }
}
