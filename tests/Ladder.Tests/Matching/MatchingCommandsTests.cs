using System.Text.Json;

namespace Ladder.Tests.Matching;

public sealed class MatchingCommandsTests(MatchingCliFixture cli) : IClassFixture<MatchingCliFixture>
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void Compare_json_has_both_sides_and_both_scores()
    {
        var (exit, output, error) = cli.Run("compare", "data-scientist", "machine-learning-engineer", "--json");
        Assert.True(exit == 0, error);
        var root = Json(output);
        foreach (var side in new[] { "a", "b" })
        {
            var s = root.GetProperty(side);
            Assert.Equal(JsonValueKind.String, s.GetProperty("role").GetProperty("domain").ValueKind);
            Assert.Equal(4, s.GetProperty("levels").GetArrayLength());
            foreach (var p in new[] { "p10", "p25", "median", "p75", "p90" }) Assert.True(s.GetProperty("percentiles").TryGetProperty(p, out _));
            Assert.Equal(JsonValueKind.Number, s.GetProperty("jobZone").ValueKind);
            Assert.Equal(JsonValueKind.String, s.GetProperty("education").ValueKind);
            Assert.Contains(s.GetProperty("skills").EnumerateArray(), k => k.GetProperty("shared").GetBoolean());
            Assert.Contains(s.GetProperty("technologies").EnumerateArray(), k => k.GetProperty("shared").GetBoolean());
        }
        foreach (var direction in new[] { "aToB", "bToA" })
        {
            var score = root.GetProperty(direction).GetProperty("score").GetDouble();
            Assert.InRange(score, 0, 100);
            Assert.Contains(root.GetProperty(direction).GetProperty("verdict").GetString(), new[] { "close move", "stretch", "retraining" });
        }
    }

    [Fact]
    public void Compare_prints_a_table_without_json()
    {
        var (exit, output, _) = cli.Run("compare", "29-1141.00", "29-1171.00");
        Assert.Equal(0, exit);
        Assert.Contains("Registered Nurses", output);
        Assert.Contains("Job zone", output);
    }

    [Fact]
    public void Transitions_json_lists_moves_out_and_in()
    {
        var (exit, output, error) = cli.Run("transitions", "29-1141.00", "--limit", "5", "--json");
        Assert.True(exit == 0, error);
        var root = Json(output);
        Assert.Equal("29-1141.00", root.GetProperty("role").GetProperty("code").GetString());
        foreach (var list in new[] { "outOf", "into" })
        {
            var moves = root.GetProperty(list).EnumerateArray().ToList();
            Assert.Equal(5, moves.Count);
            Assert.All(moves, m =>
            {
                Assert.InRange(m.GetProperty("score").GetDouble(), 0, 100);
                Assert.True(m.TryGetProperty("medianPayChange", out _));
                Assert.Equal(JsonValueKind.Array, m.GetProperty("topMissingSkills").ValueKind);
                Assert.NotEqual("29-1141.00", m.GetProperty("role").GetProperty("code").GetString());
            });
        }
    }

    [Fact]
    public void Gap_json_has_match_plan_and_closest_roles()
    {
        var (exit, output, error) = cli.Run("gap", "--target", "data-scientist", "--have", "python, sql, excel, tableau", "--json");
        Assert.True(exit == 0, error);
        var root = Json(output);
        Assert.InRange(root.GetProperty("matchPercent").GetDouble(), 1, 100);
        Assert.Contains(root.GetProperty("matched").EnumerateArray(), m => m.GetProperty("name").GetString() == "Python");
        Assert.True(root.GetProperty("missing").GetArrayLength() > 0);
        Assert.True(root.GetProperty("learningPlan").GetArrayLength() > 0);
        Assert.Equal(10, root.GetProperty("closestRoles").GetArrayLength());
        Assert.All(root.GetProperty("recognized").EnumerateArray(), h => Assert.True(h.TryGetProperty("start", out _)));
    }

    [Fact]
    public void Gap_reads_a_resume_and_a_current_role()
    {
        var resume = Path.Combine(cli.Directory, "resume.md");
        File.WriteAllText(resume, "# Sam\nData analyst. Dashboards in Tableau and Power BI, SQL every day, models in R and Python.");
        var (exit, output, error) = cli.Run("gap", "--target", "data-scientist", "--resume", resume, "--json");
        Assert.True(exit == 0, error);
        Assert.Equal("resume", Json(output).GetProperty("source").GetString());
        var fromRole = cli.Run("gap", "--target", "29-1171.00", "--from", "29-1141.00", "--json");
        Assert.True(fromRole.Exit == 0, fromRole.Err);
        Assert.Equal("role", Json(fromRole.Out).GetProperty("source").GetString());
    }

    [Theory]
    [InlineData(2, "compare", "no-such-role-xyz", "29-1141.00")]
    [InlineData(1, "compare", "29-1141.00", "registered-nurses")]
    [InlineData(2, "transitions", "no-such-role-xyz")]
    [InlineData(1, "transitions", "29-1141.00", "--limit", "0")]
    [InlineData(1, "gap", "--target", "data-scientist", "--have", " , ")]
    [InlineData(1, "gap", "--target", "data-scientist")]
    [InlineData(1, "gap", "--target", "29-1141.00", "--from", "29-1141.00")]
    public void Bad_input_gets_a_clear_error_not_a_stack_trace(int expectedExit, params string[] args)
    {
        var (exit, _, error) = cli.Run(args);
        Assert.Equal(expectedExit, exit);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Skills_that_match_nothing_are_named()
    {
        var (exit, _, error) = cli.Run("gap", "--target", "data-scientist", "--have", "flibbertigibbet, quux");
        Assert.Equal(1, exit);
        Assert.Contains("flibbertigibbet", error);
        Assert.Contains("quux", error);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("huge")]
    [InlineData("missing")]
    public void Unreadable_resumes_are_refused_with_a_reason(string kind)
    {
        var path = Path.Combine(cli.Directory, $"resume-{kind}.txt");
        switch (kind)
        {
            case "empty": File.WriteAllText(path, ""); break;
            case "binary": File.WriteAllBytes(path, [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]); break;
            case "huge": File.WriteAllText(path, new string('a', 1024 * 1024 + 10)); break;
        }
        var (exit, _, error) = cli.Run("gap", "--target", "data-scientist", "--resume", path);
        Assert.Equal(1, exit);
        Assert.Contains(kind switch { "empty" => "empty", "binary" => "binary", "huge" => "1 MB", _ => "No résumé file" }, error);
    }
}
