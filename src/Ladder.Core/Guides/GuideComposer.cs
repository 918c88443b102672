using System.Globalization;
using Ladder.Catalog;
using Ladder.Occupations;
using Ladder.Outlook;
using Ladder.Content;

namespace Ladder.Guides;

/// <summary>
/// Composes a <see cref="Guide"/> for an occupation from the catalog's data. <paramref name="arrivals"/> gives the moves
/// into an occupation its transition list shows (the engine passes the move model's); without it a guide names none.
/// </summary>
public sealed partial class GuideComposer(LadderCatalog catalog, Func<Occupation, IReadOnlyList<RoleLink>>? arrivals = null)
{
    // Release names and dates come from what `ladder import` read, never from constants here.
    private string OnetSource => catalog.Info.OnetSource;
    private string OnetAsOf => catalog.Info.OnetAsOf;
    public const string OnetUrl = "https://www.onetcenter.org/database.html";
    public const string BlsUrl = "https://www.bls.gov/oes/";

    private string BlsSource => catalog.Info.OewsSource;

    /// <summary>The guide for a role: a curated role merged over its linked occupations, or an occupation alone.</summary>
    public Guide Compose(Role role) => role.Curated is { } curated ? WithRoleFacts(ComposeCurated(role, curated), role) : Compose(role.Primary);

    public Guide Compose(Occupation occupation) => Compose(occupation, null);

    /// <summary>The ladder a role climbs: a curated role's own family (its file's <c>family</c>), else its occupation's.</summary>
    private CareerFamily FamilyOf(Role role) =>
        role.Curated is { } c ? catalog.Families.Find(c.Family) ?? CareerFamilies.Unassigned : catalog.Families.For(role.Primary.Code);

    /// <summary>An occupation's guide on <paramref name="ladder"/> (a curated role's family) or, when null, on its own family.</summary>
    private Guide Compose(Occupation occupation, CareerFamily? ladder)
    {
        var wages = occupation.Wages.Current;
        var evidence = GuideEvidence.For(catalog);
        var family = ladder ?? catalog.Families.For(occupation.Code);
        var tasks = evidence.RankTasks(occupation).Select(t => t.Text).ToList();
        var skills = RankSkills(occupation, evidence);
        var related = Related(occupation, 10);
        var (technologies, allShown) = evidence.RankAndShowTechnologies(occupation);
        var shownTechnologies = allShown.Take(TechnologiesShown).ToList();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        // A curated role (ladder given) keeps its file's ways in: the Handbook's route into its primary occupation is not
        // the route into the market role (a data science manager does not come from help-desk work).
        var route = ladder is null ? HandbookRoute(occupation) : null;
        var breakIn = BreakIn(occupation, family, route);
        var outlook = ComposeOutlook(occupation);
        var credentials = ComposeCredentials(occupation);
        var (allPros, allCons) = ProsAndCons(occupation, family, shownTechnologies, outlook, notes);
        var guide = new Guide
        {
            Slug = occupation.Slug,
            Title = occupation.Title,
            Kind = RoleKind.Occupation,
            Codes = [occupation.Code.Value],
            Domain = catalog.OccupationContent.DomainOf(occupation.Code.Value),
            Summary = occupation.Description,
            MedianPay = MedianPay(occupation),
            Wages = Distribution(occupation),
            Industries = [],
            Tasks = tasks.Take(8).ToList(),
            Technologies = shownTechnologies.Select(t => new GuideTechnology(t.Name, t.Category, t.Hot, t.InDemand)).ToList(),
            Tools = ToolsShown(occupation, family, evidence),
            AlternateTitles = evidence.RankAlsoCalled(occupation, 15).ToList(),
            Skills = skills,
            Levels = Levels(occupation, wages, family, tasks),
            LevelMethod = LevelMethodFor(family, occupation.JobZone, wages is not null && HourlyPay.IsHourlyOnly(wages), StagePayRow.For(occupation, catalog)),
            Roadmap = WithWayIn(Roadmap(occupation, family, evidence, technologies, tasks, breakIn), occupation),
            BreakIn = breakIn,
            Outlook = outlook,
            Entry = ComposeEntry(occupation, breakIn.EducationShares),
            Credentials = credentials,
            Pros = allPros,
            Cons = allCons,
            Related = related,
            Sources = Sources(occupation, family, route),
            Attribution = catalog.Info.OnetAttribution,
            LadderFamily = family.Key,
        };
        ExplainEmpty(occupation, guide, notes);
        return guide with { SectionNotes = notes };
    }

    private PayFigure MedianPay(Occupation occupation)
    {
        var w = occupation.Wages.Current;
        if (w is null)
            return new PayFigure(null, "not available", BlsSource, catalog.Info.OewsRelease,
                $"BLS publishes no national wage row for SOC {occupation.Code.Soc}.");
        string? note = occupation.Wages.FromBroadGroup
            ? $"BLS publishes these wages only for the broader group {w.Soc} {w.Title}, which includes SOC {occupation.Code.Soc}."
            : occupation.Wages.Pooled && !occupation.Wages.FromParentSoc
            ? $"SOC {w.Soc} {w.Title} is a residual group of occupations BLS does not count separately: this is the group's median, not one occupation's."
            : occupation.Wages.FromParentSoc
            ? $"Wages are those of SOC {w.Soc} {w.Title}, which includes this O*NET occupation; BLS does not publish {occupation.Code.Value} separately."
            : null;
        // Where BLS publishes only hourly wages, the hourly median is the figure; an annual one would be invented.
        if (HourlyPay.IsHourlyOnly(w))
            return new PayFigure(null, HourlyPay.PerHour(w.HourlyMedian), BlsSource, w.Release,
                (note is null ? "" : note + " ") + HourlyPay.HourlyOnlyReason(w)) { Hourly = w.HourlyMedian.Amount };
        var figure = new PayFigure(w.Median.Amount, w.Median.ToDisplay(), BlsSource, w.Release, note);
        return HourlyPay.IsUsuallyHourly(w, catalog.IsUsuallyHourlyWork(occupation.Code))
            ? figure with { Hourly = w.HourlyMedian.Amount, HourlyDisplay = HourlyPay.PerHour(w.HourlyMedian) }
            : figure;
    }

    private WageDistribution? Distribution(Occupation occupation)
    {
        var w = occupation.Wages.Current;
        if (w is null) return null;
        decimal? change = null;
        var before = occupation.Wages.Previous;
        if (before?.Median.Amount is { } was && was > 0 && w.Median.Amount is { } now)
            change = Math.Round((now - was) / was * 100m, 1);
        return new WageDistribution
        {
            Soc = w.Soc,
            SocTitle = w.Title,
            Release = w.Release,
            P10 = w.P10.Amount, P25 = w.P25.Amount, Median = w.Median.Amount, P75 = w.P75.Amount, P90 = w.P90.Amount,
            Display = new(w.P10.ToDisplay(), w.P25.ToDisplay(), w.Median.ToDisplay(), w.P75.ToDisplay(), w.P90.ToDisplay(), w.Mean.ToDisplay()),
            Employment = w.Employment.Amount,
            EmploymentDisplay = w.Employment.Amount is { } e ? e.ToString("#,0", CultureInfo.InvariantCulture) : "not available",
            MedianChangePercent = change,
            PreviousRelease = before?.Release,
            Note = occupation.Wages.FromParentSoc || occupation.Wages.FromBroadGroup ? $"Figures for SOC {w.Soc} {w.Title}, the BLS code that includes {occupation.Code.Value}."
                : w.Title.Contains("All Other", StringComparison.Ordinal) ? $"SOC {w.Soc} {w.Title} is a residual group: its employment and wages cover every worker in the group that BLS does not count under a more detailed code, not one occupation."
                : null,
            Hourly = HourlyPay.IsHourlyOnly(w) || HourlyPay.IsUsuallyHourly(w, catalog.IsUsuallyHourlyWork(occupation.Code)) ? HourlyPay.Distribution(w, catalog.IsUsuallyHourlyWork(occupation.Code)) : null,
        };
    }

    /// <summary>O*NET's "somewhat important" on its 1–5 importance scale: the least a listed skill must be rated.</summary>
    public const double MinimumImportance = 2.0;

    /// <summary>
    /// Skills and knowledge by how far this occupation's need (importance × level) stands above the all-occupation
    /// mean, so "English Language" and "Active Listening" do not top every guide.
    /// </summary>
    private List<GuideSkill> RankSkills(Occupation occupation, GuideEvidence evidence)
    {
        var all = occupation.Skills.Select(s => (Rating: s, Kind: "skill"))
            .Concat(occupation.Knowledge.Select(k => (Rating: k, Kind: "knowledge")))
            // Below "somewhat important" (2 of 5) O*NET is saying the job does not need it: Programming at 1.4 for a
            // keno writer sits near the average job's need, not above it, and is no "required skill".
            .Where(x => x.Rating.Importance >= MinimumImportance)
            // What O*NET rates at least "important" (3 of 5) for this job comes first; a skill the average job needs
            // even less is not what makes a cook a cook, however far above that average it sits.
            .OrderByDescending(x => x.Rating.Importance >= 3.0 && evidence.AboveBaseline(x.Rating) > 0)
            .ThenByDescending(x => evidence.AboveBaseline(x.Rating)).ThenByDescending(x => x.Rating.Weight)
            .ToList();
        var result = new List<GuideSkill>(16);
        if (occupation.Skills.Count == 0 && occupation.Knowledge.Count == 0)
        {
            // O*NET has not rated skills for about a tenth of occupations; its technology list, with the
            // in-demand and hot flags, is the best ranked evidence of what employers want there.
            foreach (var t in evidence.ShownTechnologies(occupation).Where(t => t.InDemand || t.Hot).Take(12))
                result.Add(new GuideSkill(t.Name, "technology", result.Count < 6 ? SkillGroup.Core : SkillGroup.Complementary, null, null,
                    t.InDemand && t.Hot ? 1.0 : 0.5, $"{catalog.Info.OnetRelease} Technology Skills (unrated; ranked by the in-demand and hot flags and specificity)"));
            return result;
        }
        foreach (var (rating, kind) in all.Take(16))
        {
            // Core: among the top eight, rated at least "important" (3 of 5) and needed more than by the average job.
            var group = result.Count < 8 && rating.Importance >= 3.0 && evidence.AboveBaseline(rating) > 0 ? SkillGroup.Core : SkillGroup.Complementary;
            result.Add(new GuideSkill(rating.Name, kind, group, rating.Importance, rating.Level, Math.Round(evidence.AboveBaseline(rating), 3), OnetSource));
        }
        return result;
    }

    /// <summary>
    /// The pay bounds of each career stage exactly as <see cref="Compose(Role)"/> shows them, without composing
    /// the rest of the guide: what transitions need to compare two roles stage by stage (matched by stage name).
    /// </summary>
    public IReadOnlyList<(CareerLevel Name, decimal? Low, decimal? High)> LevelPay(Role role)
    {
        var primary = role.Primary;
        var wages = primary.Wages.Current;
        var family = FamilyOf(role);
        var scale = role.Curated is { } c ? CuratedScale(c, wages) : 1m;
        var result = new List<(CareerLevel, decimal?, decimal?)>(family.Stages.Count);
        foreach (var stage in family.Stages)
        {
            if (stage.IsTraining) { result.Add((stage.Name, null, null)); continue; }
            // A pooled row, or another ladder's row, gives no stage its band (the guide shows none); only a curated level's own stated pay counts.
            var (low, high) = wages is null || !StagePayRow.For(primary, catalog).Banded ? (WageValue.Missing, WageValue.Missing) : (Percentile(wages, stage.LowPercentile!.Value), Percentile(wages, stage.HighPercentile!.Value));
            var (lo, hi) = role.Curated is { } curated
                ? CuratedBounds(curated, stage.Name, scale, low.LowerBound, high.Amount)
                : (low.LowerBound, high.Amount);
            result.Add((stage.Name, lo, hi));
        }
        return result;
    }

    internal IReadOnlyList<RoleLink> Related(Occupation occupation, int limit)
    {
        var result = new List<RoleLink>(limit);
        foreach (var r in occupation.Related.OrderBy(r => TierRank(r.Tier)).ThenBy(r => r.Index))
        {
            if (catalog.FindByCode(r.Code.Value) is not { } other) continue;
            result.Add(new RoleLink(other.Slug, other.Title, other.Code.Value, $"O*NET related occupation ({r.Tier})", other.Slug));
            if (result.Count == limit) break;
        }
        return result;
    }

    private static int TierRank(string tier) => tier switch { "Primary-Short" => 0, "Primary-Long" => 1, _ => 2 };

    private static string ShortLevel(string level)
    {
        var dash = level.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? level[..dash] : level;
    }

    /// <summary>Which wages the Sources table vouches for: annual, hourly only, or both.</summary>
    private static string WagesSection(Wages w, bool hourlyWork) =>
        HourlyPay.IsHourlyOnly(w) ? "Wages (hourly; BLS publishes no annual figures)" : HourlyPay.IsUsuallyHourly(w, hourlyWork) ? "Wages, annual and hourly" : "Wages";

    private IReadOnlyList<SourceNote> Sources(Occupation occupation, CareerFamily family, GuideRoute? route)
    {
        var wages = occupation.Wages.Current;
        return
        [
            new("Overview, tasks, technologies, skills, education, related occupations", OnetSource, OnetAsOf, OnetUrl),
            wages is null
                ? new("Wages", $"{BlsSource}: no row for SOC {occupation.Code.Soc}", catalog.Info.OewsRelease, BlsUrl)
                : new(WagesSection(wages, catalog.IsUsuallyHourlyWork(occupation.Code)), BlsSource + (occupation.Wages.FromParentSoc || occupation.Wages.FromBroadGroup ? $" (SOC {wages.Soc}, which includes {occupation.Code.Value})" : $" (SOC {wages.Soc})"), wages.Release, BlsUrl),
            new("Pay by stage and years of experience", "Ladder estimate: " + LevelMethodFor(family, occupation.JobZone, wages is not null && HourlyPay.IsHourlyOnly(wages), StagePayRow.For(occupation, catalog)).TrimEnd('.'), catalog.Info.OewsRelease),
            new("Outlook: projected change, openings, self-employment", ProjectionsSource + ", Tables 1.2 and 1.10", OutlookSources.ProjectionsPublished, OutlookSources.ProjectionsUrl),
            new("Programmes of study", OutlookSources.CrosswalkCitation, OutlookSources.CrosswalkAsOf, OutlookSources.CrosswalkUrl),
            CredentialsSource(occupation),
            .. route is not null ? [RouteSource(route)] : Array.Empty<SourceNote>(),
            .. CrewSource(occupation),
            .. WaysInBasis(occupation),
            new("Domain", "Ladder's domain for each occupation, by exact code (content/occupations/domains.yaml; docs/domains.md)", OnetAsOf),
            new("Roadmap, stage responsibilities, pros and cons", "Composed by Ladder from the O*NET and BLS data above, ranked as docs/guide-content.md describes", OnetAsOf),
        ];
    }
}
