using System.Text.Json;
using Ladder.Tests.Fixtures;

namespace Ladder.Tests.Guides;

[Collection(LadderCliCollection.Name)]
public sealed class GuideCommandTests(ImportedDatabase db)
{
    [Fact]
    public void The_import_used_by_these_tests_succeeded()
    {
        Assert.Equal(0, db.Import.ExitCode);
        Assert.Contains("1,016", db.Import.Out);
    }

    [Fact]
    public void Data_scientist_guide_shows_the_bls_may_2025_median()
    {
        var run = db.Run("guide", "data scientist");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Data Scientists", run.Out);
        Assert.Contains("$120,230", run.Out);
        Assert.Contains("15-2051.00", run.Out);
    }

    [Fact]
    public void A_guide_paid_from_a_pooled_group_prints_no_stage_band_in_the_terminal()
    {
        var run = db.Run("guide", "29-1299.02");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = System.Text.RegularExpressions.Regex.Replace(run.Out, @"\s+", " ");
        Assert.Contains("No pay is shown per stage", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$65,210 – ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_with_no_stated_route_prints_its_note_and_no_empty_field()
    {
        // Automotive glass installers: an issuer and a note, but no exam and no typical time (content/licences).
        var run = db.Run("guide", "49-3022.00");

        Assert.True(run.ExitCode == 0, run.ToString());
        var line = string.Join(" ", run.Out.Split('\n').SkipWhile(l => !l.Contains("• Automotive glass installer licence", StringComparison.Ordinal)).Take(3).Select(l => l.Trim()));
        Assert.Contains("the state licensing board. Only a few states license this work", line, StringComparison.Ordinal);
        Assert.DoesNotContain(";  (", line, StringComparison.Ordinal);
        Assert.DoesNotContain("; (", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_title_exits_2_and_lists_every_matching_code()
    {
        var run = db.Run("guide", "Machine Learning Engineer");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("15-2051.00", run.Error);
        Assert.Contains("15-1221.00", run.Error);
        Assert.Contains("15-1299.08", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_misspelt_title_with_one_clear_match_opens_that_guide()
    {
        var run = db.Run("guide", "datta sciencist", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Data Scientists", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("Data Scientists", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void An_unknown_title_exits_2_and_suggests_the_closest_titles()
    {
        // One typo-matched word out of three is not enough to guess: list candidates, open nothing.
        var run = db.Run("guide", "wizzard of dta");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Did you mean", run.Error);
        Assert.Contains("Meat, Poultry, and Fish Cutters", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Json_output_has_the_documented_camel_case_shape()
    {
        var run = db.Run("guide", "15-2051.00", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var guide = json.RootElement;
        foreach (var name in new[] { "title", "codes", "domain", "medianPay", "levels", "skills", "technologies", "alternateTitles", "roadmap", "pros", "cons", "related", "sources" })
            Assert.True(guide.TryGetProperty(name, out _), $"no '{name}' property");
        Assert.Equal("Data Scientists", guide.GetProperty("title").GetString());
        Assert.Equal("15-2051.00", guide.GetProperty("codes")[0].GetString());
        Assert.Equal("Data & AI", guide.GetProperty("domain").GetString());
        Assert.Equal(120230m, guide.GetProperty("medianPay").GetProperty("amount").GetDecimal());
        Assert.Equal("$120,230", guide.GetProperty("medianPay").GetProperty("display").GetString());

        var levels = guide.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(4, levels.Count);
        var junior = levels[0];
        Assert.Equal("junior", junior.GetProperty("name").GetString());
        Assert.Equal(67240m, junior.GetProperty("payLow").GetDecimal());
        Assert.Equal(85660m, junior.GetProperty("payHigh").GetDecimal());
        Assert.True(junior.GetProperty("responsibilities").GetArrayLength() >= 3);
        Assert.Equal(158880m, levels[3].GetProperty("payLow").GetDecimal());
        Assert.Equal(199130m, levels[3].GetProperty("payHigh").GetDecimal());
        Assert.NotEqual(0, guide.GetProperty("alternateTitles").GetArrayLength());
        Assert.Equal(JsonValueKind.String, guide.GetProperty("alternateTitles")[0].ValueKind);
    }

    [Fact]
    public void Json_output_uses_no_pascal_case_names()
    {
        var run = db.Run("guide", "15-2051.00", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var names = new List<string>();
        Collect(json.RootElement, names);
        Assert.DoesNotContain(names, n => char.IsUpper(n[0]) && n is not ("p10" or "p25" or "median" or "p75" or "p90" or "mean"));

        static void Collect(JsonElement e, List<string> names)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject()) { names.Add(p.Name); Collect(p.Value, names); }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) Collect(item, names);
        }
    }

    [Fact]
    public void Markdown_output_starts_with_a_level_one_heading()
    {
        var run = db.Run("guide", "15-2051.00", "--format", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# Data Scientists: career guide", run.Out);
        Assert.Contains("$120,230", run.Out);
    }

    [Fact]
    public void An_unknown_format_is_rejected_with_the_allowed_values()
    {
        var run = db.Run("guide", "15-2051.00", "--format", "pdf");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("pdf", run.Error);
        Assert.Contains("markdown", run.Error);
    }

    [Fact]
    public void An_unknown_flag_fails_and_names_the_flag()
    {
        var run = db.Run("guide", "x", "--bogus");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--bogus", run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void A_database_that_is_not_sqlite_fails_with_advice_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.db");
        File.WriteAllText(path, "not a database " + new string('x', 4096));

        var run = LadderRun.Of("--db", path, "guide", "15-2051.00");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("ladder import", run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public void The_first_guide_without_a_database_imports_the_shipped_data()
    {
        using var folder = new TempFolder();
        var path = folder.File("fresh.db");

        var run = LadderRun.Of("--db", path, "guide", "15-2051.00");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("importing the shipped O*NET and BLS data", run.Error);
        Assert.Contains("$120,230", run.Out);
        Assert.True(File.Exists(path));
    }
}
