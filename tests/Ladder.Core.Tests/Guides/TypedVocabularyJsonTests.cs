using System.Text.Json;
using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Occupations;
using Ladder.Content;

namespace Ladder.Tests.Core.Guides;

/// <summary>
/// Role kinds, career levels, skill groups and wage percentiles are typed in C#, and their JSON is byte for byte what the string-keyed
/// versions wrote, so API clients and saved guides see no change.
/// </summary>
public sealed class TypedVocabularyJsonTests(ShippedCatalogFixture fixture) : IClassFixture<ShippedCatalogFixture>
{
    [Theory]
    [InlineData(RoleKind.Occupation, "\"occupation\"")]
    [InlineData(RoleKind.Curated, "\"role\"")]
    public void Role_kinds_serialize_as_the_old_strings(RoleKind kind, string json)
    {
        Assert.Equal(json, GuideJson.Serialize(kind));
        Assert.Equal(json, JsonSerializer.Serialize(kind, JsonSerializerOptions.Web));
        Assert.Equal(kind, JsonSerializer.Deserialize<RoleKind>(json, JsonSerializerOptions.Web));
        Assert.Equal(json.Trim('"'), kind.Name());
    }

    [Theory]
    [InlineData(CareerLevel.Junior, "\"junior\"")]
    [InlineData(CareerLevel.Mid, "\"mid\"")]
    [InlineData(CareerLevel.Senior, "\"senior\"")]
    [InlineData(CareerLevel.Lead, "\"lead\"")]
    public void Career_levels_serialize_as_the_old_strings(CareerLevel level, string json)
    {
        Assert.Equal(json, GuideJson.Serialize(level));
        Assert.Equal(level, JsonSerializer.Deserialize<CareerLevel>(json, JsonSerializerOptions.Web));
        Assert.Equal(json.Trim('"'), level.Key());
    }

    [Theory]
    [InlineData(SkillGroup.Core, "\"core\"")]
    [InlineData(SkillGroup.Complementary, "\"complementary\"")]
    [InlineData(SkillGroup.Advanced, "\"advanced\"")]
    public void Skill_groups_serialize_as_the_old_strings(SkillGroup group, string json)
    {
        Assert.Equal(json, GuideJson.Serialize(group));
        Assert.Equal(group, JsonSerializer.Deserialize<SkillGroup>(json, JsonSerializerOptions.Web));
    }

    [Theory]
    [InlineData("15-2051.00")]
    [InlineData("29-1141.00")]
    [InlineData("11-1011.00")]
    public void Percentiles_serialize_exactly_as_the_old_string_keyed_dictionary(string code)
    {
        var w = fixture.Engine.Guide(fixture.Catalog.RoleForCode(code)!).Wages!;
        var old = new Dictionary<string, string>
        {
            ["p10"] = w.Display.P10, ["p25"] = w.Display.P25, ["median"] = w.Display.Median,
            ["p75"] = w.Display.P75, ["p90"] = w.Display.P90, ["mean"] = w.Display.Mean,
        };
        Assert.Equal(GuideJson.Serialize(old), GuideJson.Serialize(w.Display));
    }

    [Fact]
    public void Every_guide_writes_kind_as_a_string_and_display_with_the_six_keys_in_order()
    {
        foreach (var role in fixture.Catalog.Roles)
        {
            var json = JsonDocument.Parse(GuideJson.Serialize(fixture.Engine.Guide(role))).RootElement;
            Assert.Equal(role.IsCurated ? "role" : "occupation", json.GetProperty("kind").GetString());
            Assert.All(json.GetProperty("levels").EnumerateArray(), l => Assert.Contains(l.GetProperty("name").GetString(), new[] { "junior", "mid", "senior", "lead" }));
            Assert.All(json.GetProperty("skills").EnumerateArray(), s => Assert.Contains(s.GetProperty("group").GetString(), new[] { "core", "complementary", "advanced" }));
            if (json.GetProperty("wages").ValueKind == JsonValueKind.Null) continue;
            var keys = json.GetProperty("wages").GetProperty("display").EnumerateObject().Select(p => p.Name);
            Assert.Equal(["p10", "p25", "median", "p75", "p90", "mean"], keys);
        }
    }

    [Fact]
    public void A_percentile_reads_by_its_typed_name()
    {
        var values = new Percentiles<int>(10, 25, 50, 75, 90, 55);
        Assert.Equal([10, 25, 50, 75, 90], Enum.GetValues<WagePercentile>().Select(p => values[p]));
        Assert.Equal("BLS median", Percentiles<int>.Label(WagePercentile.Median));
    }
}
