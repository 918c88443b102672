using System.Globalization;
using Ladder.Catalog;
using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

/// <summary>Composes a <see cref="Guide"/> for an occupation from the catalog's data.</summary>
public sealed partial class GuideComposer(LadderCatalog catalog)
{
    // Release names and dates come from what `ladder import` read, never from constants here.
    private string OnetSource => catalog.Info.OnetSource;
    private string OnetAsOf => catalog.Info.OnetAsOf;
    public const string OnetUrl = "https://www.onetcenter.org/database.html";
    public const string BlsUrl = "https://www.bls.gov/oes/";

    private string BlsSource => catalog.Info.OewsSource;

    /// <summary>The guide for a role: a curated role merged over its linked occupations, or an occupation alone.</summary>
    public Guide Compose(Role role) => role.Curated is { } curated ? WithRoleFacts(ComposeCurated(role, curated), role) : Compose(role.Primary);

    public Guide Compose(Occupation occupation)
    {
        var wages = occupation.Wages.Current;
        var distribution = Distribution(occupation);
        var skills = RankSkills(occupation);
        var related = Related(occupation, 10);
        var breakIn = BreakIn(occupation);
        var outlook = ComposeOutlook(occupation);
        var credentials = ComposeCredentials(occupation);
        return new Guide
        {
            Slug = occupation.Slug,
            Title = occupation.Title,
            Kind = RoleKind.Occupation,
            Codes = [occupation.Code.Value],
            Domain = DomainMap.For(occupation.Code.Value),
            Summary = occupation.Description,
            MedianPay = MedianPay(occupation),
            Wages = distribution,
            Industries = [],
            IndustriesNote = "not available: the BLS table Ladder ships is the national cross-industry table, which does not break employment down by industry.",
            Tasks = occupation.Tasks.Take(8).Select(t => t.Text).ToList(),
            Technologies = occupation.Technologies.Take(25).Select(t => new GuideTechnology(t.Name, t.Category, t.Hot, t.InDemand)).ToList(),
            Tools = occupation.Tools.Take(15).ToList(),
            AlternateTitles = occupation.AlternateTitles.Select(a => a.Title).Distinct(StringComparer.OrdinalIgnoreCase).Take(15).ToList(),
            Skills = skills,
            Levels = Levels(occupation, wages),
            LevelMethod = PayLadder.Method,
            Roadmap = WithWayIn(Roadmap(occupation, skills), occupation, credentials),
            BreakIn = breakIn,
            Outlook = outlook,
            Entry = ComposeEntry(occupation, breakIn.EducationShares),
            Credentials = credentials,
            Pros = OutlookProsCons.Pros(outlook, Pros(occupation)),
            Cons = OutlookProsCons.Cons(outlook, Cons(occupation)),
            Related = related,
            Sources = Sources(occupation),
            Attribution = catalog.Info.OnetAttribution,
        };
    }

    private PayFigure MedianPay(Occupation occupation)
    {
        var w = occupation.Wages.Current;
        if (w is null)
            return new PayFigure(null, "not available", BlsSource, catalog.Info.OewsRelease,
                $"BLS publishes no national wage row for SOC {occupation.Code.Soc}.");
        string? note = occupation.Wages.FromBroadGroup
            ? $"BLS publishes these wages only for the broader group {w.Soc} {w.Title}, which includes SOC {occupation.Code.Soc}."
            : occupation.Wages.FromParentSoc
            ? $"Wages are those of SOC {w.Soc} {w.Title}, which includes this O*NET occupation; BLS does not publish {occupation.Code.Value} separately."
            : null;
        if (!w.Median.HasAmount && w.Median.Marker != WageMarker.TopCoded && w.HourlyMedian.HasAmount)
            note = (note is null ? "" : note + " ") + $"BLS publishes only an hourly median here: ${w.HourlyMedian.Amount!.Value.ToString("#,0.00", CultureInfo.InvariantCulture)}/hour.";
        return new PayFigure(w.Median.Amount, w.Median.ToDisplay(), BlsSource, w.Release, note);
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
            Note = occupation.Wages.FromParentSoc || occupation.Wages.FromBroadGroup ? $"Figures for SOC {w.Soc} {w.Title}, the BLS code that includes {occupation.Code.Value}." : null,
        };
    }

    private List<GuideSkill> RankSkills(Occupation occupation)
    {
        var all = occupation.Skills.Select(s => (Rating: s, Kind: "skill"))
            .Concat(occupation.Knowledge.Select(k => (Rating: k, Kind: "knowledge")))
            .OrderByDescending(x => x.Rating.Weight)
            .ToList();
        var result = new List<GuideSkill>(16);
        if (all.Count == 0)
        {
            // O*NET has not rated skills for about a tenth of occupations; its technology list, with the
            // in-demand and hot flags, is the best ranked evidence of what employers want there.
            foreach (var t in occupation.Technologies.Where(t => t.InDemand || t.Hot).Take(12))
                result.Add(new GuideSkill(t.Name, "technology", result.Count < 6 ? "core" : "complementary", null, null,
                    t.InDemand && t.Hot ? 1.0 : 0.5, $"{catalog.Info.OnetRelease} Technology Skills (unrated; ranked by the in-demand and hot flags)"));
            return result;
        }
        foreach (var (rating, kind) in all.Take(16))
        {
            // Core: among the top eight and rated at least "important" (3 of 5) by O*NET.
            var group = result.Count < 8 && rating.Importance >= 3.0 ? "core" : "complementary";
            result.Add(new GuideSkill(rating.Name, kind, group, rating.Importance, rating.Level, Math.Round(rating.Weight, 3), OnetSource));
        }
        return result;
    }

    /// <summary>
    /// The pay bounds of each of the four levels exactly as <see cref="Compose(Role)"/> shows them, without composing
    /// the rest of the guide: what transitions need to compare two roles level by level.
    /// </summary>
    public IReadOnlyList<(decimal? Low, decimal? High)> LevelPay(Role role)
    {
        var wages = role.Primary.Wages.Current;
        var ranges = wages is null ? null : PayLadder.Ranges(wages);
        var scale = role.Curated is { } c ? CuratedScale(c, wages) : 1m;
        var result = new (decimal? Low, decimal? High)[4];
        for (int i = 0; i < 4; i++)
        {
            var (low, high) = ranges?[i] ?? (WageValue.Missing, WageValue.Missing);
            result[i] = role.Curated is { } curated
                ? CuratedBounds(curated, i, scale, low.LowerBound, high.Amount)
                : (low.LowerBound, high.Amount);
        }
        return result;
    }

    private IReadOnlyList<GuideLevel> Levels(Occupation occupation, Wages? wages)
    {
        var tasks = occupation.Tasks.Where(t => t.IsCore).Select(t => t.Text).ToList();
        if (tasks.Count == 0) tasks = occupation.Tasks.Select(t => t.Text).ToList();
        var responsibilities = LevelTemplates.Compose(occupation.Code.Value, tasks);
        var years = PayLadder.Years(occupation.JobZone);
        var ranges = wages is null ? null : PayLadder.Ranges(wages);
        var levels = new List<GuideLevel>(4);
        for (int i = 0; i < 4; i++)
        {
            var (low, high) = ranges?[i] ?? (WageValue.Missing, WageValue.Missing);
            levels.Add(new GuideLevel
            {
                Name = PayLadder.LevelNames[i],
                Label = PayLadder.LevelLabels[i],
                Years = years[i],
                PayLow = low.LowerBound,
                PayHigh = high.Amount,
                PayDisplay = PayLadder.Display(low, high),
                PaySource = wages is null ? "not available: no BLS wage row" : $"Ladder estimate from {BlsSource} percentiles",
                Responsibilities = responsibilities[i],
            });
        }
        return levels;
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

    private BreakIn BreakIn(Occupation occupation)
    {
        var zone = catalog.JobZone(occupation.JobZone);
        var shares = occupation.Education.Where(e => e.Percent >= 1).OrderByDescending(e => e.Percent)
            .Select(e => new EducationLevelShare(ShortLevel(e.Level), Math.Round(e.Percent, 1))).ToList();
        var education = shares.Count > 0
            ? $"Most common requirement: {shares[0].Level} ({shares[0].Percent.ToString("0", CultureInfo.InvariantCulture)}% of workers surveyed by O*NET)."
            : zone is not null ? zone.Education : "not available: O*NET has no education survey for this occupation.";
        var from = occupation.Related
            .Select(r => catalog.FindByCode(r.Code.Value))
            .Where(o => o is not null && (o.JobZone ?? 3) <= (occupation.JobZone ?? 3))
            .Take(5)
            .Select(o => new RoleLink(o!.Slug, o.Title, o.Code.Value, "related occupation with the same or less preparation", o.Slug))
            .ToList();
        var advice = zone is null
            ? "O*NET has not rated how much preparation this occupation needs; check current job postings for requirements."
            : $"{zone.Training} {zone.Experience}";
        return new BreakIn
        {
            Education = education,
            JobZone = occupation.JobZone,
            JobZoneSummary = zone?.Name ?? "not available: O*NET has not assigned a job zone",
            EducationShares = shares,
            FromRoles = from,
            Advice = advice,
        };
    }

    private static string ShortLevel(string level)
    {
        var dash = level.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? level[..dash] : level;
    }

    private IReadOnlyList<SourceNote> Sources(Occupation occupation)
    {
        var wages = occupation.Wages.Current;
        return
        [
            new("Overview, tasks, technologies, skills, education, related occupations", OnetSource, OnetAsOf, OnetUrl),
            wages is null
                ? new("Wages", $"{BlsSource}: no row for SOC {occupation.Code.Soc}", catalog.Info.OewsRelease, BlsUrl)
                : new("Wages", BlsSource + (occupation.Wages.FromParentSoc || occupation.Wages.FromBroadGroup ? $" (SOC {wages.Soc}, which includes {occupation.Code.Value})" : $" (SOC {wages.Soc})"), wages.Release, BlsUrl),
            new("Pay by level and years of experience", "Ladder estimate: " + PayLadder.Method, catalog.Info.OewsRelease),
            new("Outlook: projected change, openings, self-employment", ProjectionsSource + ", Tables 1.2 and 1.10", OutlookSources.ProjectionsPublished, OutlookSources.ProjectionsUrl),
            new("Programmes of study", OutlookSources.CrosswalkCitation, OutlookSources.CrosswalkAsOf, OutlookSources.CrosswalkUrl),
            CredentialsSource(occupation),
            new("Domain", "Ladder's mapping of SOC groups to domains (docs/domains.md)", OnetAsOf),
            new("Roadmap, level responsibilities, pros and cons", "Composed by Ladder from the O*NET and BLS data above", OnetAsOf),
        ];
    }
}
