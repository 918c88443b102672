using Ladder.Content;
using Ladder.Engine;
using Ladder.Matching;
using Ladder.Tests.Core.Fixtures;

namespace Ladder.Tests.Core.Content;

/// <summary>
/// content/occupations/crews.yaml: the work each first-line supervisor leads, by exact code, validated at import with
/// file:line:column errors; every supervisor's way in starts from that work, ranked, and says so with its source.
/// </summary>
public sealed class SupervisedCrewTests
{
    private static LadderEngine Engine => SharedEngine.Instance;

    private static readonly Dictionary<string, string> Three = new()
    {
        ["53-1043.00"] = "First-Line Supervisors of Material-Moving Machine and Vehicle Operators", ["53-7051.00"] = "Industrial Truck and Tractor Operators",
        ["53-7021.00"] = "Crane and Tower Operators",
    };

    private const string Domains = "- domain: All\n  why: test\n  occupations: [53-1043.00, 53-7051.00, 53-7021.00]\n";
    private const string PayBasis = "hourly: [53-7051.00, 53-7021.00]\nannual: [53-1043.00]\n";
    private const string WorkKinds = "other: [53-1043.00, 53-7051.00, 53-7021.00]\n";

    private const string Crews = """
        - title: Material-moving supervisors
          code: 53-1043.00
          crew:
            - 53-7051.00
            - 53-7021.00
          source: https://www.onetonline.org/link/summary/53-1043.00
          reviewed: 2026-12
        """;

    private static OccupationContent Load(string crews) =>
        OccupationContentLoader.Load(("/x/domains.yaml", Domains), ("/x/pay-basis.yaml", PayBasis), ("/x/work-kinds.yaml", WorkKinds), Three, crews: ("/x/crews.yaml", crews));

    private static ContentError Fails(string crews) => Assert.Single(Assert.Throws<ContentException>(() => Load(crews)).Errors);

    private static string With(string from, string to) => Crews.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void A_valid_file_gives_the_supervisor_its_crew_in_order_and_none_to_the_rest()
    {
        var content = Load(Crews);
        Assert.Equal(["53-7051.00", "53-7021.00"], content.CrewOf("53-1043.00")!.Crew);
        Assert.Null(content.CrewOf("53-7051.00"));
    }

    [Theory]
    [InlineData("    - 53-7021.00", "    - 53-9999.00", 5, 7, "unknown occupation '53-9999.00'")]
    [InlineData("    - 53-7021.00", "    - 53-1043.00", 5, 7, "is named in its own crew")]
    [InlineData("    - 53-7021.00", "    - 53-7051.00", 5, 7, "53-7051.00 Industrial Truck and Tractor Operators is named twice in this crew")]
    [InlineData("source: https://www.onetonline.org/link/summary/53-1043.00", "source: https://example.com/crew", 6, 11, "is not a page that names the work supervised")]
    [InlineData("reviewed: 2026-12", "reviewed: soon", 7, 13, "'reviewed' must be the month")]
    [InlineData("  crew:\n    - 53-7051.00\n    - 53-7021.00", "  crew: []", 3, 9, "'crew' is empty")]
    [InlineData("  reviewed: 2026-12", "  reviewed: 2026-12\n  page: x", 8, 3, "page")]
    public void A_bad_entry_is_refused_at_its_line_and_column(string from, string to, int line, int column, string message)
    {
        var e = Fails(With(from, to));
        Assert.Equal(("crews.yaml", line, column), (e.File, e.Line, e.Column));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_entry_for_a_supervisor_is_refused_naming_the_first()
    {
        var e = Fails(Crews + "\n" + Crews);
        Assert.Equal(("crews.yaml", 9, 9), (e.File, e.Line, e.Column));
        Assert.Contains("already has a crew at crews.yaml:2:9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_file_is_what_the_catalog_holds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "content", "occupations");
        var titles = Engine.Catalog.Occupations.ToDictionary(o => o.Code.Value, o => o.Title);
        var shipped = OccupationContentLoader.LoadFolder(folder, titles).Crews;
        Assert.Equal(shipped.Keys.Order(), Engine.Catalog.OccupationContent.Crews.Keys.Order());
        Assert.All(shipped.Values, c =>
        {
            var held = Engine.Catalog.OccupationContent.CrewOf(c.Code)!;
            Assert.Equal((c.Source, c.Reviewed), (held.Source, held.Reviewed));
            Assert.Equal(c.Crew, held.Crew);
        });
    }

    /// <summary>
    /// Every first-line supervisor of the release, found by the SOC's structure, not by the file under test: the SOC puts
    /// them in the first minor group (xx-1000) of each major group from protective service (33) to transportation (53), and
    /// the military's enlisted supervisors in 55-2000 (55-1000 are officers); chefs and head cooks (35-1011) are filed with
    /// the supervisors too, but lead kitchens on the chefs' own ladder.
    /// </summary>
    private static IEnumerable<global::Ladder.Occupations.Occupation> Supervisors => Engine.Catalog.Occupations.Where(o =>
        (o.Code.Value[3] == '1' && int.Parse(o.Code.Value[..2], System.Globalization.CultureInfo.InvariantCulture) is >= 33 and <= 53 && o.Code.Value != "35-1011.00")
        || o.Code.Value.StartsWith("55-2", StringComparison.Ordinal));

    [Fact]
    public void Every_first_line_supervisor_of_the_release_has_its_crew()
    {
        var missing = Supervisors.Where(o => Engine.Catalog.OccupationContent.CrewOf(o.Code.Value) is null).Select(o => $"{o.Code} {o.Title}").ToList();
        Assert.True(Supervisors.Count() >= 28, $"only {Supervisors.Count()} supervisors found");
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_supervisors_way_in_starts_from_its_crew_and_names_it_with_its_source()
    {
        var problems = new List<string>();
        foreach (var (code, crew) in Engine.Catalog.OccupationContent.Crews)
        {
            var guide = Engine.Guide(Engine.Catalog.RoleForCode(code)!);
            var from = guide.BreakIn.FromRoles;
            if (from.Count == 0 || !crew.Crew.Contains(from[0].Code!)) { problems.Add($"{code}: first way in {from.FirstOrDefault()?.Title ?? "none"} is not its crew"); continue; }
            var led = from.TakeWhile(f => crew.Crew.Contains(f.Code!)).ToList();
            if (led.Count > WaysIn.CrewShown && led.Count == crew.Crew.Count) problems.Add($"{code}: all {led.Count} of its crew lead the list");
            if (!led.All(f => f.Relation.EndsWith(WaysIn.CrewRelation, StringComparison.Ordinal))) problems.Add($"{code}: a crew way in does not say it is the crew");
            // The note names the crew (or the Handbook's route, which names it), and the Sources table cites the page.
            if (guide.BreakIn.Route is null && guide.BreakIn.EntryNote?.Contains($"The work it supervises, where most start, includes {from[0].Title}", StringComparison.Ordinal) != true)
                problems.Add($"{code}: the note does not name its crew: {guide.BreakIn.EntryNote}");
            if (!guide.Sources.Any(s => s.Url == crew.Source && s.AsOf == "December 2026")) problems.Add($"{code}: no source for its crew");
        }
        Assert.True(Engine.Catalog.OccupationContent.Crews.Count >= 28);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Material_moving_supervisors_come_from_the_operators_they_lead_before_other_supervisors()
    {
        var from = Engine.Guide("first-line-supervisors-of-material-moving-machine-and-vehicle-operators")!.BreakIn.FromRoles;
        var crew = Engine.Catalog.OccupationContent.CrewOf("53-1043.00")!.Crew;
        Assert.Contains(from.Take(WaysIn.CrewShown), f => f.Title == "Industrial Truck and Tractor Operators");
        Assert.All(from.Take(WaysIn.CrewShown), f => Assert.Contains(f.Code!, crew));
        var firstOther = from.Select((f, i) => (f, i)).First(x => !crew.Contains(x.f.Code!)).i;
        Assert.True(firstOther >= WaysIn.CrewShown);
    }
}
