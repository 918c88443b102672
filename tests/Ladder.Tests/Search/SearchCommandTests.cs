using System.Text;
using System.Text.Json;

namespace Ladder.Tests.Search;

public sealed class SearchCommandTests(SearchCommandFixture fixture) : IClassFixture<SearchCommandFixture>
{
    [Fact]
    public void Json_is_an_array_of_title_code_kind_score_matched_seniority()
    {
        var (code, output, _) = fixture.Run("search", "Sr. ML Engineer II", "--json", "--limit", "4");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        foreach (var item in items)
        {
            Assert.Equal(JsonValueKind.String, item.GetProperty("title").ValueKind);
            Assert.Equal(JsonValueKind.String, item.GetProperty("code").ValueKind);
            Assert.Contains(item.GetProperty("kind").GetString(), new[] { "role", "occupation" });
            Assert.InRange(item.GetProperty("score").GetDouble(), 0, 1);
            Assert.False(string.IsNullOrEmpty(item.GetProperty("matched").GetString()));
            Assert.Equal("senior, level 2", item.GetProperty("seniority").GetString());
        }
        Assert.Equal("machine-learning-engineer", items[0].GetProperty("code").GetString());
        Assert.Equal("role", items[0].GetProperty("kind").GetString());
        Assert.Equal("occupation", items[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Json_for_noise_only_text_is_an_empty_array_with_the_reason_on_stderr()
    {
        var (code, output, error) = fixture.Run("search", "senior II", "--json");
        Assert.Equal(2, code);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetArrayLength());
        Assert.Contains("senior", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_explained(string text)
    {
        var (code, _, error) = fixture.Run("search", text);
        Assert.Equal(2, code);
        Assert.Contains("empty", error);
    }

    [Fact]
    public void Ten_thousand_characters_are_explained()
    {
        var (code, _, error) = fixture.Run("search", new string('x', 10_000));
        Assert.Equal(2, code);
        Assert.Contains("10,000 characters", error);
    }

    [Fact]
    public void Batch_streams_one_tsv_line_per_input_line_despite_invalid_utf8_and_control_characters()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            {
                file.Write(Encoding.UTF8.GetBytes("Sr. Software Engr II\n"));
                file.Write(Encoding.UTF8.GetBytes("RN ICU nights\t29-1141\n"));
                file.Write([0xFF, 0xFE, 0xC3, (byte)' ', (byte)'n', (byte)'u', (byte)'r', (byte)'s', (byte)'e', (byte)'\n']);
                file.Write(Encoding.UTF8.GetBytes("Truck\u0000Driver\u001b[0m\r\n"));
                file.Write(Encoding.UTF8.GetBytes("\n"));
                file.Write(Encoding.UTF8.GetBytes("senior II\n"));
                file.Write(Encoding.UTF8.GetBytes(new string('y', 20_000) + "\n"));
                file.Write(Encoding.UTF8.GetBytes("Cashier"));
            }
            var (code, output, error) = fixture.Run("search", "--batch", path);
            Assert.Equal(0, code);
            var lines = output.Split('\n', StringSplitOptions.None)[..^1];
            Assert.Equal(8, lines.Length);
            Assert.All(lines, l => Assert.Equal(4, l.Split('\t').Length));
            Assert.Equal("Sr. Software Engr II\t15-1252.00\tSoftware Developers\t1.000", lines[0]);
            Assert.StartsWith("RN ICU nights\t29-1141", lines[1]);
            Assert.Contains("\t29-", lines[2]);
            Assert.StartsWith("Truck Driver", lines[3]);
            Assert.Equal("\t\t\t0", lines[4]);
            Assert.Equal("senior II\t\t\t0", lines[5]);
            Assert.EndsWith("\t\t\t0", lines[6]);
            Assert.StartsWith("Cashier\t41-2011", lines[7]);
            Assert.DoesNotContain(lines, l => l.Any(c => char.IsControl(c) && c != '\t'));
            Assert.Contains("8 lines", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_of_a_missing_file_is_a_clear_error()
    {
        var (code, _, error) = fixture.Run("search", "--batch", "/nonexistent/titles.txt");
        Assert.Equal(1, code);
        Assert.Contains("no such file", error);
    }

    [Fact]
    public void Guide_opens_the_single_clear_winner_of_free_text()
    {
        var (code, output, error) = fixture.Run("guide", "sr ml eng", "--format", "markdown");
        Assert.Equal(0, code);
        Assert.Contains("Machine Learning Engineer", output);
        Assert.Contains("sr ml eng", error);
    }

    [Fact]
    public void Guide_lists_ranked_candidates_when_free_text_is_ambiguous()
    {
        var (code, output, error) = fixture.Run("guide", "Sr. Analyst - Programs");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Pick one", error);
    }

    [Fact]
    public void Guide_keeps_exact_titles_and_codes_first()
    {
        Assert.Equal(0, fixture.Run("guide", "15-2051.00", "--format", "markdown").Code);
        Assert.Equal(0, fixture.Run("guide", "Machine Learning Engineer", "--format", "markdown").Code);
    }
}
