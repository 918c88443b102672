using Ladder.Catalog;
using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    public const string CuratedSource = "Ladder curated role file";

    /// <summary>
    /// A curated role overrides what it states; everything else is filled from its linked occupations
    /// (tasks, technologies, ranked skills, wages of the primary code, education, related occupations).
    /// </summary>
    private Guide ComposeCurated(Role role, CuratedRole c)
    {
        var primary = role.Primary;
        // The role climbs its own family's stages (its file's `family`), not its primary occupation's: moving that
        // occupation to another family must not relabel a curated ladder whose years and duties the file states.
        var basis = Compose(primary, FamilyOf(role));
        var file = $"content/roles/{Path.GetFileName(c.File)}";
        var curatedSource = $"{CuratedSource} ({file})";

        // A curated median counts only when it names its publisher and date; otherwise the BLS figure stands.
        var median = c.MedianPay is { IsCited: true } pay
            ? new PayFigure(pay.Amount, WageValue.FormatMoney(pay.Amount), pay.Source, AsOfDate.Normalize(pay.AsOf),
                basis.MedianPay.Amount is { } bls && bls != pay.Amount ? $"BLS OEWS {catalog.Info.OewsRelease} median for the linked SOC {primary.Code.Soc}: {basis.MedianPay.Display}." : null)
            : basis.MedianPay with { Note = $"BLS median of the primary linked occupation {primary.Code.Value} {primary.Title}." + (basis.MedianPay.Note is null ? "" : " " + basis.MedianPay.Note) };

        return basis with
        {
            Slug = c.Slug,
            Title = c.Title,
            Kind = RoleKind.Curated,
            Codes = c.SocCodes,
            Domain = c.Domain,
            Summary = c.Summary,
            Reviewed = c.Reviewed.Length > 0 ? AsOfDate.Normalize(c.Reviewed) : null,
            MedianPay = median,
            Industries = c.Industries,
            IndustriesNote = c.Industries.Count > 0 ? null : basis.IndustriesNote,
            Tasks = FittingTasks(role, c),
            Technologies = MergeTechnologies(role, c),
            AlternateTitles = c.AlternateTitles.Count > 0 ? c.AlternateTitles : basis.AlternateTitles,
            Skills = MergeSkills(c, RankSkills(role.Occupations.FirstOrDefault(o => o.Skills.Count > 0) ?? primary, GuideEvidence.For(catalog)), curatedSource),
            // Curated roles are desk roles; the linked occupations' physical tools (printers, speakers) do not define them.
            Tools = [],
            Levels = MergeLevels(c, basis.Levels, primary, median),
            Roadmap = c.Roadmap.Count > 0 ? c.Roadmap.Select((s, i) => new RoadmapStep(i + 1, s.Title, s.Detail)).ToList() : basis.Roadmap,
            BreakIn = basis.BreakIn with
            {
                FromRoles = BreakInFrom(c, basis.BreakIn.FromRoles),
                // The role's own titles, minus senior ones, are what a newcomer searches for; the occupation's may be another job.
                EntryTitles = CuratedEntryTitles(c),
                EntryNote = CuratedEntryTitles(c).Count > 0 ? null
                    : $"Openings for this role carry senior titles: people usually move up into it from {JoinTitles(BreakInFrom(c, basis.BreakIn.FromRoles).Take(3).Select(r => r.Title))}.",
            },
            SectionNotes = basis.SectionNotes.Where(n => !(n.Key == "pros" && c.Pros.Count > 0) && !(n.Key == "cons" && c.Cons.Count > 0))
                .ToDictionary(n => n.Key, n => n.Value),
            // The BLS projection's pro or con (growth, decline, few openings) leads the curated ones, as on every other
            // guide: a curated file states no trend of its own (a one-year OEWS change is not one).
            Pros = c.Pros.Count > 0 ? OutlookProsCons.Pros(basis.Outlook, c.Pros.Select(p => new ProCon(p.Text, p.Reason)).ToList()) : basis.Pros,
            Cons = c.Cons.Count > 0 ? OutlookProsCons.Cons(basis.Outlook, c.Cons.Select(p => new ProCon(p.Text, p.Reason)).ToList()) : basis.Cons,
            Related = RelatedRoles(c, basis.Related),
            Sources = CuratedSources(role, c, file, basis.Sources),
            Attribution = catalog.Info.OnetAttribution,
        };
    }

    private IReadOnlyList<GuideTechnology> MergeTechnologies(Role role, CuratedRole c)
    {
        var onet = role.Occupations.SelectMany(o => o.Technologies)
            .GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new GuideTechnology(g.First().Name, g.First().Category, g.Any(t => t.Hot), g.Any(t => t.InDemand)))
            .ToList();
        var byName = onet.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var result = new List<GuideTechnology>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tool in c.Tools)
        {
            // A curated tool keeps O*NET's hot flag when O*NET knows it under the same name.
            byName.TryGetValue(tool, out var known);
            result.Add(new GuideTechnology(tool, known?.Category ?? "Curated tool", known?.Hot ?? false, known?.InDemand ?? false));
            seen.Add(tool);
        }
        var evidence = GuideEvidence.For(catalog);
        foreach (var t in onet.OrderByDescending(t => evidence.TechnologyScore(t.Name, t.Hot, t.InDemand, role.Primary.Code)).ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            if (result.Count >= 25) break;
            if (seen.Add(t.Name)) result.Add(t);
        }
        return result;
    }

    /// <summary>The role's own titles a newcomer can apply to: never senior, lead or manager titles.</summary>
    private static IReadOnlyList<string> CuratedEntryTitles(CuratedRole c) =>
        c.AlternateTitles.Prepend(c.Title).Where(t => !EntryTitles.IsNotEntry(t)).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();

    private static IReadOnlyList<GuideSkill> MergeSkills(CuratedRole c, IReadOnlyList<GuideSkill> onet, string source)
    {
        var result = new List<GuideSkill>();
        void Add(IReadOnlyList<string> names, SkillGroup group, double top)
        {
            for (int i = 0; i < names.Count; i++)
                result.Add(new GuideSkill(names[i], "skill", group, null, null, Math.Round(top - i * 0.01, 3), source));
        }
        Add(c.Skills.Core, SkillGroup.Core, 1.0);
        Add(c.Skills.Complementary, SkillGroup.Complementary, 0.8);
        Add(c.Skills.Advanced, SkillGroup.Advanced, 0.6);
        var seen = result.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var s in onet.Where(s => s.Kind != "technology").Take(10))
            if (seen.Add(s.Name)) result.Add(s with { Group = s.Group == SkillGroup.Core ? SkillGroup.Core : SkillGroup.Complementary });
        return result;
    }

    private List<GuideLevel> MergeLevels(CuratedRole c, IReadOnlyList<GuideLevel> derived, Occupation primary, PayFigure median)
    {
        var w = primary.Wages.Current;
        var scale = CuratedScale(c, w);
        var result = new List<GuideLevel>(derived.Count);
        foreach (var stage in derived)
        {
            var level = stage;
            c.Levels.TryGetValue(level.Name.Key(), out var curated);
            if (curated?.Pay is { } range)
            {
                level = level with
                {
                    PayLow = range.Low, PayHigh = range.High, HourlyLow = null, HourlyHigh = null, HourlyPayDisplay = null,
                    PayDisplay = $"{WageValue.FormatMoney(range.Low)} – {WageValue.FormatMoney(range.High)}",
                    PaySource = $"{range.Source} ({AsOfDate.Normalize(range.AsOf)})",
                };
            }
            else if (scale != 1m && level.PayLow is { } low)
            {
                var (lo, hi) = Rescaled(low, level.PayHigh, scale);
                level = level with
                {
                    PayLow = lo, PayHigh = hi, HourlyLow = null, HourlyHigh = null, HourlyPayDisplay = null,
                    PayDisplay = hi is { } hv ? $"{WageValue.FormatMoney(lo)} – {WageValue.FormatMoney(hv)}" : $"≥ {WageValue.FormatMoney(lo)}",
                    PaySource = $"Ladder estimate: BLS OEWS {w!.Release} percentiles of SOC {w.Soc}, rescaled by {scale:0.000} so their median matches the curated median ({median.Display}, {median.Source})",
                };
            }
            if (curated is not null)
            {
                level = level with
                {
                    Years = string.IsNullOrWhiteSpace(curated.Years) ? level.Years : curated.Years.Replace('-', '–') + (curated.Years.Contains("year", StringComparison.OrdinalIgnoreCase) ? "" : " years"),
                    Responsibilities = curated.Responsibilities,
                };
            }
            result.Add(level);
        }
        return result;
    }

    /// <summary>When a curated median differs from BLS, the BLS percentile shape is rescaled to it so the ladder agrees with the headline.</summary>
    private static decimal CuratedScale(CuratedRole c, Wages? w) =>
        c.MedianPay is { IsCited: true } pay && w?.Median.Amount is { } bls && bls > 0 ? pay.Amount / bls : 1m;

    private static (decimal Low, decimal? High) Rescaled(decimal low, decimal? high, decimal scale) =>
        (Hundreds(low * scale), high is { } h ? Hundreds(h * scale) : null);

    /// <summary>A curated level's pay bounds: stated in the role file, else the derived bounds rescaled to the curated median.</summary>
    private static (decimal? Low, decimal? High) CuratedBounds(CuratedRole c, CareerLevel level, decimal scale, decimal? low, decimal? high)
    {
        if (c.Levels.TryGetValue(level.Key(), out var curated) && curated.Pay is { } range) return (range.Low, range.High);
        if (scale != 1m && low is { } l) return Rescaled(l, high, scale);
        return (low, high);
    }

    private static decimal Hundreds(decimal value) => Math.Round(value / 100m, MidpointRounding.AwayFromZero) * 100m;

    private RoleLink? Link(string slug, string relation)
    {
        var role = catalog.FindRole(slug);
        return role is null ? null : new RoleLink(role.Slug, role.Title, role.Code, relation, role.Slug);
    }

    private IReadOnlyList<RoleLink> BreakInFrom(CuratedRole c, IReadOnlyList<RoleLink> onet)
    {
        // A curated way in is kept unless it pays over 30% more than the role: then the move would be a step down, not a way in.
        var pay = catalog.FindRole(c.Slug)?.MedianPay;
        var result = c.BreakInFrom.Where(s => pay is not { } p || catalog.FindRole(s)?.MedianPay is not { } q || q <= p * 1.3m)
            .Select(s => Link(s, "curated: a common way in")).OfType<RoleLink>().ToList();
        foreach (var link in onet)
            if (result.Count < 6 && result.All(r => r.Slug != link.Slug)) result.Add(link);
        return result;
    }

    private IReadOnlyList<RoleLink> RelatedRoles(CuratedRole c, IReadOnlyList<RoleLink> onet)
    {
        var result = c.Related.Select(s => Link(s, "curated related role")).OfType<RoleLink>().ToList();
        foreach (var link in onet)
            if (result.Count < 10 && result.All(r => r.Slug != link.Slug)) result.Add(link);
        return result;
    }

    private IReadOnlyList<SourceNote> CuratedSources(Role role, CuratedRole c, string file, IReadOnlyList<SourceNote> onet)
    {
        var codes = string.Join(", ", role.Occupations.Select(o => o.Code.Value));
        var stated = new List<string> { "title", "domain", "summary" };
        if (c.AlternateTitles.Count > 0) stated.Add("alternate titles");
        if (c.Tools.Count > 0) stated.Add("tools (listed first)");
        if (c.Skills.Core.Count + c.Skills.Complementary.Count + c.Skills.Advanced.Count > 0) stated.Add("skills (listed first)");
        if (c.Industries.Count > 0) stated.Add("industries");
        if (c.MedianPay is { IsCited: true }) stated.Add("median pay");
        if (c.Levels.Count > 0) stated.Add("level responsibilities and experience");
        if (c.Roadmap.Count > 0) stated.Add("roadmap");
        if (c.Pros.Count > 0) stated.Add("pros and cons");
        if (c.BreakInFrom.Count > 0) stated.Add("roles to break in from");
        if (c.Related.Count > 0) stated.Add("related roles");
        var result = new List<SourceNote>
        {
            new($"Curated: {string.Join(", ", stated)}", $"{CuratedSource} ({file})", c.Reviewed.Length > 0 ? AsOfDate.Normalize(c.Reviewed) : "review date not recorded"),
        };
        if (c.MedianPay is { IsCited: true } pay) result.Add(new("Median pay", pay.Source, AsOfDate.Normalize(pay.AsOf)));
        // Each source is listed once: the O*NET and BLS releases the guide already cites below are not repeated.
        foreach (var s in c.Sources.Where(s => !s.Name.StartsWith(catalog.Info.OnetRelease, StringComparison.Ordinal)
                     && !(s.Name.StartsWith("U.S. Bureau of Labor Statistics", StringComparison.Ordinal) && s.Name.Contains(catalog.Info.OewsRelease, StringComparison.Ordinal))))
            result.Add(new("Cited by the curated file", s.Name, AsOfDate.Normalize(s.AsOf), s.Url));
        result.AddRange(onet.Select(s => s.Section.StartsWith("Overview", StringComparison.Ordinal)
            ? s with { Section = $"Filled from linked O*NET occupations ({codes}): tasks, technologies, ranked O*NET skills, education, related occupations" }
            : s));
        return result;
    }
}
