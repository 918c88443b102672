using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ladder.Tests.Web;

public sealed partial class SiteDetailsTests
{
    [Fact]
    public async Task The_actors_guide_gives_hourly_pay_at_every_level_with_its_source_instead_of_not_available()
    {
        var html = await web.Browser().GetStringAsync("/careers/actors");
        var pay = Section(html, "pay");

        Assert.Contains("<dd class=\"big\">$29.05 an hour</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Hourly pay</th>", pay, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">$16.50 – $20.34 an hour</td>", pay, StringComparison.Ordinal);
        Assert.Contains("<caption>Hourly wages, SOC 27-2011 Actors. Source: U.S. Bureau of Labor Statistics, OEWS May 2025.</caption>", pay, StringComparison.Ordinal);
        Assert.Contains("BLS publishes only hourly wages for SOC 27-2011 Actors", pay, StringComparison.Ordinal);
        Assert.Contains("hourly wage percentiles (BLS publishes no annual wages for this occupation)", pay, StringComparison.Ordinal);
        Assert.DoesNotContain("not available", pay, StringComparison.Ordinal);
        // The salary chart plots the hourly ranges on an axis of dollars an hour.
        Assert.Contains("<title id=\"pay-chart-title\">Hourly pay by career level for Actors</title>", pay, StringComparison.Ordinal);
        Assert.Matches(@"<text class=""axis""[^>]*>\$\d{2,3}</text>", pay);
        Assert.Contains(">Median $29.05 an hour</text>", pay, StringComparison.Ordinal);
        // The related Dancers card says what BLS publishes for dancers, not "not available".
        Assert.Contains("<span>Median $24.80 an hour</span>", Section(html, "related"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_guides_show_the_bls_hourly_figure_beside_the_annual_one()
    {
        var html = await web.Browser().GetStringAsync("/careers/electricians");
        var pay = Section(html, "pay");

        Assert.Contains("<dd class=\"big\">$63,190</dd><dd class=\"hourly\">$30.38 an hour</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"num\">Annual pay (hourly)</th>", pay, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">$49,430 – $63,190<br><span class=\"hourly\">$23.76 – $30.38 an hour</span></td>", pay, StringComparison.Ordinal);
        Assert.Contains("BLS&#39;s own hourly estimates for SOC 47-2111", pay, StringComparison.Ordinal);

        var software = await web.Browser().GetStringAsync("/careers/software-developers");
        Assert.DoesNotContain("an hour", Section(software, "pay"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guide_json_carries_the_same_hourly_figures_as_the_page()
    {
        var actors = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/roles/actors")).RootElement;
        Assert.Equal("$29.05 an hour", actors.GetProperty("medianPay").GetProperty("display").GetString());
        Assert.Equal(JsonValueKind.Null, actors.GetProperty("medianPay").GetProperty("amount").ValueKind);
        var hourly = actors.GetProperty("wages").GetProperty("hourly");
        Assert.True(hourly.GetProperty("hourlyOnly").GetBoolean());
        Assert.Equal(16.50m, hourly.GetProperty("p10").GetDecimal());
        Assert.Equal("$16.50 – $20.34 an hour", actors.GetProperty("levels")[0].GetProperty("payDisplay").GetString());
        Assert.Equal(16.50m, actors.GetProperty("levels")[0].GetProperty("hourlyLow").GetDecimal());

        var nurses = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/roles/registered-nurses")).RootElement;
        Assert.Equal("$46.90 an hour", nurses.GetProperty("medianPay").GetProperty("hourlyDisplay").GetString());
        Assert.Equal(97550m, nurses.GetProperty("medianPay").GetProperty("amount").GetDecimal());

        // Role listings print the same figure.
        var listed = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/roles?domain=arts-media-design")).RootElement.GetProperty("items")
            .EnumerateArray().Single(r => r.GetProperty("slug").GetString() == "actors");
        Assert.Equal("$29.05 an hour", listed.GetProperty("medianPayDisplay").GetString());
    }

    [Fact]
    public async Task Comparing_an_hourly_only_role_shows_its_hourly_figures_not_not_available()
    {
        var text = VisibleText(await web.Browser().GetStringAsync("/compare/actors/vs/electricians"));

        Assert.Matches(@"Median pay\s+\$29\.05 an hour\s+\$63,190", text);
        Assert.Matches(@"10th percentile\s+\$16\.50 an hour\s+\$42,640", text);
        Assert.Matches(@"Understudy, chorus or ensemble member, or emerging performer / Apprentice or helper pay\s+\$16\.50 – \$20\.34 an hour", text);
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
