using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ladder.Storage;

namespace Ladder.Tests.Web;

/// <summary>
/// <c>GET /api/v1/roles/{slug}/states</c> against the BLS file itself: the shipped copy
/// (data/bls/state_M2025.csv.gz), read here with a parser of its own, cell by cell.
/// </summary>
public sealed partial class StatesApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly (string Csv, string Json)[] Fields =
    [
        ("TOT_EMP", "employment"), ("A_MEDIAN", "median"), ("A_PCT10", "p10"), ("A_PCT25", "p25"), ("A_PCT75", "p75"),
        ("A_PCT90", "p90"), ("A_MEAN", "mean"), ("H_MEDIAN", "hourlyMedian"), ("LOC_QUOTIENT", "locationQuotient"),
    ];

    private static List<Dictionary<string, string>> ShippedRows()
    {
        using var gz = new GZipStream(File.OpenRead(LadderPaths.ShippedStates), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var header = CsvCells(reader.ReadLine()!);
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { Length: > 0 } line)
            rows.Add(header.Zip(CsvCells(line)).ToDictionary(p => p.First, p => p.Second));
        return rows;
    }

    private static string[] CsvCells(string line) =>
        CsvField().Matches(line.TrimEnd('\r')).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\"\"", "\"") : m.Groups[2].Value).ToArray();

    [GeneratedRegex("(?:^|,)(?:\"((?:[^\"]|\"\")*)\"|([^,]*))")]
    private static partial Regex CsvField();

    [Fact]
    public async Task One_hundred_fifty_random_cells_equal_the_bls_file_field_by_field_and_unpublished_cells_are_null()
    {
        var rows = ShippedRows();
        Assert.Equal(35_223, rows.Count);
        // Cells of occupations that are guides of their own; a fixed seed keeps failures reproducible.
        var usable = rows.Where(r => web.Catalog.FindByCode(r["OCC_CODE"] + ".00") is not null).ToList();
        var random = new Random(20250526);
        var withGaps = usable.Where(r => Fields.Any(f => r[f.Csv].Length == 0)).ToList();
        var sample = usable.OrderBy(_ => random.Next()).Take(120).Concat(withGaps.OrderBy(_ => random.Next()).Take(30)).ToList();
        Assert.Equal(150, sample.Count);

        int nulls = 0;
        foreach (var row in sample)
        {
            var slug = web.Catalog.FindByCode(row["OCC_CODE"] + ".00")!.Slug;
            using var doc = JsonDocument.Parse(await web.Client.GetStringAsync($"/api/v1/roles/{slug}/states?state={Ladder.States.UsState.FromFips(row["AREA"])!.Code}"));
            var item = Assert.Single(doc.RootElement.GetProperty("items").EnumerateArray());
            var where = $"{row["OCC_CODE"]} in {row["AREA_TITLE"]}";
            Assert.Equal(row["OCC_CODE"], doc.RootElement.GetProperty("soc").GetString());
            Assert.Equal(row["AREA"], item.GetProperty("fips").GetString());
            Assert.Equal(row["AREA_TITLE"], item.GetProperty("name").GetString());
            foreach (var (csv, json) in Fields)
            {
                var value = item.GetProperty(json);
                if (row[csv].Length == 0)
                {
                    Assert.True(value.ValueKind == JsonValueKind.Null, $"{where}: {json} should be null (not published), is {value}");
                    nulls++;
                }
                else Assert.True(decimal.Parse(row[csv], CultureInfo.InvariantCulture) == value.GetDecimal(), $"{where}: {json} is {value}, BLS says {row[csv]}");
            }
            var published = new[] { "A_MEDIAN", "A_MEAN", "H_MEDIAN", "H_MEAN" }.Any(c => row[c].Length > 0);
            Assert.Equal(published, item.GetProperty("published").GetBoolean());
        }
        Assert.True(nulls >= 30, $"only {nulls} unpublished cells were checked");
    }

    [Fact]
    public async Task Every_state_is_listed_with_source_and_date_and_an_occupation_suppressed_in_a_state_is_all_null()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/roles/data-scientists/states"));
        var root = doc.RootElement;
        Assert.Equal(51, root.GetProperty("count").GetInt32());
        Assert.Equal("May 2025", root.GetProperty("asOf").GetString());
        Assert.Contains("Occupational Employment and Wage Statistics, May 2025 (state estimates)", root.GetProperty("source").GetString());
        // Data scientists in Wyoming: BLS lists no row at all.
        var wy = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == "WY");
        Assert.False(wy.GetProperty("published").GetBoolean());
        foreach (var (_, json) in Fields) Assert.Equal(JsonValueKind.Null, wy.GetProperty(json).ValueKind);
        var ca = root.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == "CA");
        Assert.Equal("06", ca.GetProperty("fips").GetString());
    }

    [Fact]
    public async Task A_curated_role_answers_with_its_primary_occupations_rows_and_says_so()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/v1/roles/machine-learning-engineer/states?state=ca"));
        Assert.Equal("15-2051", doc.RootElement.GetProperty("soc").GetString());
        Assert.Contains("primary occupation, Data Scientists", doc.RootElement.GetProperty("note").GetString());
        Assert.Equal("CA", doc.RootElement.GetProperty("items")[0].GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("/api/v1/roles/registered-nurses/states?state=ZZ", 400, "No U.S. state 'ZZ'")]
    [InlineData("/api/v1/roles/registered-nurses/states?state=Puerto%20Rico", 400, "50 states and DC")]
    [InlineData("/api/v1/roles/astronautt/states", 404, "No role with the slug 'astronautt'")]
    public async Task A_bad_state_or_role_is_a_problem_details_error(string url, int status, string detail)
    {
        var response = await web.Client.GetAsync(url);
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync());
    }
}
