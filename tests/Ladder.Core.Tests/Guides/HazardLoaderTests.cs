using Ladder.Content;
using Ladder.Guides;

namespace Ladder.Tests.Core.Guides;

/// <summary>Bad hazard files are rejected whole, each problem located by file:line:column.</summary>
public sealed class HazardLoaderTests
{
    private static readonly HashSet<string> Codes = ["47-2181.00", "45-4021.00"];

    private const string Valid = """
        - page: Roofers
          source: https://www.bls.gov/ooh/construction-and-extraction/roofers.htm
          checked: 2026-12
          codes:
            - 47-2181.00
          rates: [fatality, injury]
          summary: Falls from roofs and burns from hot bitumen.
          training: Most learn in an apprenticeship, with safety training first.
          hours: Schedules can include more than 40 hours a week.
        - page: Logging Workers
          source: https://www.bls.gov/ooh/farming-fishing-and-forestry/logging-workers.htm
          checked: 2026-12
          codes: [45-4021.00]
          hours: Schedules can include seasonal work.
        """;

    private static IReadOnlyDictionary<string, Hazard> Load(string yaml) => HazardLoader.LoadFiles([("/x/h.yaml", yaml)], Codes);

    private static ContentError Fails(string yaml) => Assert.Single(Assert.Throws<ContentException>(() => Load(yaml)).Errors);

    [Fact]
    public void A_valid_file_gives_each_code_its_dangers_hours_and_citation()
    {
        var hazards = Load(Valid);
        var roofers = hazards["47-2181.00"];
        Assert.Equal(["fatality", "injury"], roofers.Rates);
        Assert.Contains("https://www.bls.gov/ooh/construction-and-extraction/roofers.htm (checked December 2026)", roofers.Citation, StringComparison.Ordinal);
        Assert.Null(hazards["45-4021.00"].Summary);
        Assert.Equal("Schedules can include seasonal work.", hazards["45-4021.00"].Hours);
    }

    [Theory]
    [InlineData("https://www.bls.gov/ooh/construction-and-extraction/roofers.htm", "https://example.com/roofers", 2, 11, "not a Handbook page address")]
    [InlineData("checked: 2026-12\n  codes:\n    - 47", "checked: December\n  codes:\n    - 47", 3, 12, "'checked' must be the month")]
    [InlineData("rates: [fatality, injury]", "rates: [fatality, boredom]", 6, 21, "'boredom' is not a rate")]
    [InlineData("codes: [45-4021.00]", "codes: [45-4021.00, 47-2181.00]", 13, 23, "47-2181.00 already has a hazard entry at h.yaml:5:7")]
    [InlineData("codes: [45-4021.00]", "codes: [45-4021]", 13, 11, "unknown occupation '45-4021'")]
    public void A_bad_entry_is_refused_at_its_position(string from, string to, int line, int column, string message)
    {
        var e = Fails(Valid.Replace(from, to, StringComparison.Ordinal));
        Assert.Equal(("h.yaml", line, column), (e.File, e.Line, e.Column));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_with_neither_dangers_nor_hours_is_refused()
    {
        var e = Fails(Valid.Replace("  hours: Schedules can include seasonal work.", "", StringComparison.Ordinal));
        Assert.Contains("needs a 'summary'", e.Message, StringComparison.Ordinal);
    }
}
