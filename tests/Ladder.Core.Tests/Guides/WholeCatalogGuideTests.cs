using Ladder.Guides;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Guides;

/// <summary>Every one of the 1,016 O*NET occupations gets a complete guide: no empty section goes unexplained.</summary>
public sealed class WholeCatalogGuideTests(ShippedCatalog shipped) : IClassFixture<ShippedCatalog>
{
    private IEnumerable<(string Code, Guide Guide)> AllGuides()
    {
        var composer = new GuideComposer(shipped.Catalog);
        return shipped.Catalog.Occupations.Select(o => (o.Code.Value, composer.Compose(o)));
    }

    /// <summary>Runs <paramref name="check"/> on every guide and reports every occupation that fails, not just the first.</summary>
    private void EveryGuide(Func<Guide, string?> check)
    {
        var failures = AllGuides()
            .Select(x => (x.Code, Problem: check(x.Guide)))
            .Where(x => x.Problem is not null)
            .Select(x => $"{x.Code}: {x.Problem}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} occupations fail:\n" + string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void The_catalog_has_all_1016_occupations()
    {
        Assert.Equal(1016, shipped.Catalog.Occupations.Count);
        Assert.Equal(1016, shipped.Catalog.Occupations.Select(o => o.Code.Value).Distinct().Count());
    }

    [Fact]
    public void Every_guide_has_a_title_summary_and_a_named_domain()
    {
        EveryGuide(g =>
            string.IsNullOrWhiteSpace(g.Title) ? "no title"
            : string.IsNullOrWhiteSpace(g.Summary) ? "no summary"
            : g.Domain is "Other" or "" ? $"domain '{g.Domain}'"
            : null);
    }

    [Fact]
    public void Every_guide_shows_a_median_pay_or_says_why_not()
    {
        EveryGuide(g =>
            string.IsNullOrWhiteSpace(g.MedianPay.Display) ? "median pay display is empty"
            : g.MedianPay.Amount is null && g.MedianPay.Display != "≥ $239,200" && string.IsNullOrWhiteSpace(g.MedianPay.Note) ? $"median '{g.MedianPay.Display}' without a note"
            : string.IsNullOrWhiteSpace(g.MedianPay.Source) || string.IsNullOrWhiteSpace(g.MedianPay.AsOf) ? "median pay has no source or date"
            : null);
    }

    [Fact]
    public void Every_guide_has_its_family_stages_with_pay_and_three_to_five_responsibilities()
    {
        EveryGuide(g =>
        {
            var family = shipped.Catalog.Families.Find(g.LadderFamily ?? "")!;
            if (g.Levels.Count != family.Stages.Count) return $"{g.Levels.Count} levels for the {family.Key} family's {family.Stages.Count} stages";
            foreach (var l in g.Levels)
            {
                if (string.IsNullOrWhiteSpace(l.PayDisplay)) return $"{l.Name} has no pay display";
                if (l.Responsibilities.Count is < 3 or > 5) return $"{l.Name} has {l.Responsibilities.Count} responsibilities";
                if (l.Responsibilities.Any(string.IsNullOrWhiteSpace)) return $"{l.Name} has an empty responsibility";
            }
            return null;
        });
    }

    [Fact]
    public void Every_guide_has_a_roadmap_of_three_to_nine_numbered_steps()
    {
        EveryGuide(g =>
            g.Roadmap.Count is < 3 or > 9 ? $"{g.Roadmap.Count} roadmap steps"
            : !g.Roadmap.Select(s => s.Step).SequenceEqual(Enumerable.Range(1, g.Roadmap.Count)) ? "steps are not numbered 1..n"
            : g.Roadmap.Any(s => string.IsNullOrWhiteSpace(s.Title) || string.IsNullOrWhiteSpace(s.Detail)) ? "a step is empty"
            : null);
    }

    [Fact]
    public void Every_guide_has_two_pros_and_two_cons_with_reasons_or_says_there_is_not_enough_data()
    {
        EveryGuide(g =>
            g.Pros.Count < 2 && !(g.SectionNotes.GetValueOrDefault("pros")?.StartsWith("not enough data", StringComparison.Ordinal) ?? false) ? $"{g.Pros.Count} pros and no note"
            : g.Cons.Count < 2 && !(g.SectionNotes.GetValueOrDefault("cons")?.StartsWith("not enough data", StringComparison.Ordinal) ?? false) ? $"{g.Cons.Count} cons and no note"
            : g.Pros.Concat(g.Cons).Any(p => string.IsNullOrWhiteSpace(p.Text) || string.IsNullOrWhiteSpace(p.Reason)) ? "a pro or con has no text or reason"
            : ThinNoteDisagrees(g.Pros.Count, g.SectionNotes.GetValueOrDefault("pros"), "pro")
              ?? ThinNoteDisagrees(g.Cons.Count, g.SectionNotes.GetValueOrDefault("cons"), "con"));
    }

    [Fact]
    public void Every_ladder_stage_starts_the_year_the_one_below_it_ends()
    {
        // A registered nurse's ladder read "New-graduate RN 0–1 years, Experienced RN 4–8 years": the BSN's four years
        // were added after the first stage instead of before it.
        EveryGuide(g =>
        {
            var spans = g.Levels.Select(l => System.Text.RegularExpressions.Regex.Match(l.Years, @"^(\d+)(?:–(\d+))?")).ToList();
            for (var i = 1; i < spans.Count; i++)
                if (spans[i - 1] is { Success: true } a && a.Groups[2].Success && spans[i].Success && a.Groups[2].Value != spans[i].Groups[1].Value)
                    return $"{g.Levels[i - 1].Label} ends at {a.Groups[2].Value}, {g.Levels[i].Label} starts at {spans[i].Groups[1].Value}";
            return null;
        });
    }

    [Fact]
    public void The_stage_note_claims_years_from_the_job_zone_only_where_there_is_one()
    {
        // Residual codes such as Assemblers and Fabricators, All Other have no job zone: the table said "not enough
        // data" while the note under it said the years were estimated from the job zone.
        EveryGuide(g =>
            g.BreakIn.JobZone is null && g.LevelMethod.Contains("from the O*NET job zone", StringComparison.Ordinal) ? "no job zone, but the note says the years come from it"
            : g.BreakIn.JobZone is not null && g.LevelMethod.Contains("no job zone", StringComparison.Ordinal) ? $"job zone {g.BreakIn.JobZone}, but the note says there is none"
            : null);
    }

    // The note under a thin list speaks of the list shown: "no con clears" under one shown con contradicts it.
    private static string? ThinNoteDisagrees(int shown, string? note, string kind) => note switch
    {
        null => null,
        _ when shown >= 2 => $"{shown} {kind}s shown under a note that they are too few: {note}",
        _ when shown == 1 && note.Contains($"no {kind} clears", StringComparison.Ordinal) => $"one {kind} shown under \"no {kind} clears\"",
        _ when shown == 0 && note.Contains($"second {kind}", StringComparison.Ordinal) => $"no {kind} shown under \"a second {kind}\"",
        _ => null,
    };

    [Fact]
    public void Every_guide_cites_its_sources()
    {
        EveryGuide(g =>
            g.Sources.Count == 0 ? "no sources"
            : !g.Sources.Any(s => s.Section.StartsWith("Wages", StringComparison.Ordinal)) ? "no wage source"
            : g.Sources.Any(s => string.IsNullOrWhiteSpace(s.Source) || string.IsNullOrWhiteSpace(s.AsOf)) ? "a source without text or date"
            : null);
    }

    [Fact]
    public void Every_empty_list_is_explained_as_not_available_in_the_markdown()
    {
        EveryGuide(g =>
        {
            var md = GuideMarkdown.Render(g);
            if (g.Tasks.Count == 0 && !md.Contains("not available: O*NET lists no tasks")) return "no tasks and no explanation";
            if (g.Technologies.Count == 0 && !md.Contains("not available: O*NET lists no technologies")) return "no technologies and no explanation";
            if (g.Skills.Count == 0 && !md.Contains("not available: O*NET has neither rated skills")) return "no skills and no explanation";
            if (g.Related.Count == 0 && !md.Contains("not available: O*NET lists no related occupations")) return "no related occupations and no explanation";
            return null;
        });
    }

    [Fact]
    public void No_markdown_section_is_empty()
    {
        EveryGuide(g => EmptyHeading(GuideMarkdown.Render(g)));
    }

    /// <summary>
    /// A heading is empty when the next non-blank line is a heading of the same or a higher level, or the document ends.
    /// A bold line on its own (<c>**Tasks**</c>) counts as a heading below level 6.
    /// </summary>
    internal static string? EmptyHeading(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            var level = HeadingLevel(lines[i]);
            if (level == 0) continue;
            var next = i + 1 < lines.Count ? HeadingLevel(lines[i + 1]) : -1;
            if (next == -1) return $"'{lines[i]}' ends the document";
            if (next != 0 && next <= level) return $"'{lines[i]}' is followed directly by '{lines[i + 1]}'";
        }
        return null;
    }

    private static int HeadingLevel(string line)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        if (hashes is > 0 and <= 6 && line.Length > hashes && line[hashes] == ' ') return hashes;
        return line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) && line.Length > 4 ? 7 : 0;
    }

    [Theory]
    [InlineData("# A\n\n## B\n\ntext\n", null)]
    [InlineData("# A\n\n## B\n\n## C\n\ntext\n", "'## B' is followed directly by '## C'")]
    [InlineData("## A\n\n**Tasks**\n\n**Tools**\n\n- x\n", "'**Tasks**' is followed directly by '**Tools**'")]
    [InlineData("## A\n\ntext\n\n## B\n", "'## B' ends the document")]
    public void The_empty_heading_check_finds_empty_sections(string markdown, string? expected)
    {
        Assert.Equal(expected, EmptyHeading(markdown));
    }
}
