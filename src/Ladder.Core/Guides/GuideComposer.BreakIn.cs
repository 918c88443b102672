using System.Globalization;
using Ladder.Content;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>
    /// Earlier stages of the same ladder that O*NET lists as separate occupations (the worker moves up into the target).
    /// Keyed by the target's SOC code; docs/career-ladders.md.
    /// </summary>
    private static readonly Dictionary<string, string[]> LowerStages = new(StringComparer.Ordinal)
    {
        ["29-1141"] = ["29-2061.00", "31-1131.00"],
        ["29-1171"] = ["29-1141.00"], ["29-1151"] = ["29-1141.00"], ["29-1161"] = ["29-1141.00"],
        ["29-2043"] = ["29-2042.00"],
        ["47-2111"] = ["47-3013.00"], ["47-2152"] = ["47-3015.00"], ["47-2031"] = ["47-3012.00"],
        ["53-3032"] = ["53-3033.00"],
        ["25-2021"] = ["25-9042.00"], ["25-2031"] = ["25-9042.00"], ["25-2011"] = ["25-9042.00"],
        ["11-9111"] = ["29-1141.00"],
        ["11-1011"] = ["11-1021.00", "11-3031.01"],
        ["11-9131"] = ["43-5051.00", "43-5052.00"],
        ["41-9021"] = ["41-9022.00"],
    };

    /// <summary>The relation of a feeder that is an earlier stage of the same ladder.</summary>
    public const string EarlierStage = "an earlier stage of the same ladder";

    /// <summary>A way in pays no more than this times the target's median.</summary>
    public const decimal FeederPayMargin = 1.05m;

    private BreakIn BreakIn(Occupation occupation, CareerFamily family)
    {
        var zone = catalog.JobZone(occupation.JobZone);
        var shares = occupation.Education.Where(e => e.Percent >= 1).OrderByDescending(e => e.Percent)
            .Select(e => new EducationLevelShare(ShortLevel(e.Level), Math.Round(e.Percent, 1))).ToList();
        var education = shares.Count > 0
            ? $"Most common requirement: {shares[0].Level} ({shares[0].Percent.ToString("0", CultureInfo.InvariantCulture)}% of workers surveyed by O*NET)."
            : zone is not null ? zone.Education : "not available: O*NET has no education survey for this occupation.";
        var from = Feeders(occupation);
        var titles = EntryTitles.For(occupation, family);
        string? note = null;
        // The physicians' note is about the residency match: it holds only where the licence decision's route is a residency.
        var familyNote = family.Key == "physician" && catalog.Outlook.Licences.For(occupation.Code)?.Training?.Route != Licences.TrainingRouteKind.Residency
            ? null : family.EntryNote;
        if (titles.Count == 0)
            note = familyNote is { } stated
                ? stated + (from.Count > 0 ? $" O*NET's related occupations that lead here include {JoinTitles(from.Take(3).Select(f => f.Title))}." : "")
                : (from.Count > 0
                ? $"Few openings carry an entry-level title here: people usually arrive from {JoinTitles(from.Take(2).Select(f => f.Title))} after gaining experience."
                : "O*NET lists no entry-level titles for this occupation; check current postings for the titles employers use.");
        var advice = zone is null && occupation.Code.MajorGroup == "55"
            ? "O*NET has not rated how much preparation this occupation needs; each service's recruiters state its entry requirements and the training it gives."
            : zone is null
            ? "O*NET has not rated how much preparation this occupation needs; check current job postings for requirements."
            : $"{zone.Training} {WithoutOtherOccupations(zone.Experience)}";
        return new BreakIn
        {
            Education = education,
            JobZone = occupation.JobZone,
            JobZoneSummary = zone?.Name ?? "not available: O*NET has not assigned a job zone",
            EducationShares = shares,
            FromRoles = from,
            Advice = advice,
            EntryTitles = titles,
            EntryNote = note,
        };
    }

    /// <summary>
    /// Direction-aware: earlier stages of the same ladder, then O*NET related occupations at the same or a lower job
    /// zone that pay the same or less (median within 5%). Specialisations of the same SOC code are related roles, not feeders.
    /// </summary>
    private List<RoleLink> Feeders(Occupation occupation)
    {
        var result = new List<RoleLink>(6);
        var pay = occupation.Wages.Current?.Median.Amount;
        foreach (var code in LowerStages.GetValueOrDefault(occupation.Code.Soc, []))
            if (catalog.FindByCode(code) is { } lower && lower.Code != occupation.Code)
                result.Add(new RoleLink(lower.Slug, lower.Title, lower.Code.Value, EarlierStage, lower.Slug));
        foreach (var r in occupation.Related.OrderBy(r => TierRank(r.Tier)).ThenBy(r => r.Index))
        {
            if (result.Count >= 6) break;
            if (catalog.FindByCode(r.Code.Value) is not { } o || o.Code.Soc == occupation.Code.Soc) continue;
            if ((o.JobZone ?? 3) > (occupation.JobZone ?? 3)) continue;
            // Another specialty under the same licence (a urologist for an internist) is a sideways move, not a way in.
            if (catalog.Outlook.Licences.For(occupation.Code) is { Key: { } key } && catalog.Outlook.Licences.For(o.Code)?.Key == key) continue;
            var otherPay = o.Wages.Current?.Median.Amount;
            if (pay is { } p && (otherPay is not { } q || q > p * FeederPayMargin)) continue;
            if (result.Any(x => x.Slug == o.Slug)) continue;
            result.Add(new RoleLink(o.Slug, o.Title, o.Code.Value, "related occupation at the same or lower preparation and pay", o.Slug));
        }
        return result;
    }

    /// <summary>
    /// O*NET's job-zone text illustrates each zone with another occupation ("For example, an electrician must have
    /// completed…"), which in a pharmacy technician's guide reads as if it were about them; those sentences are dropped.
    /// </summary>
    internal static string WithoutOtherOccupations(string zoneText) =>
        string.Join(" ", zoneText.Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.StartsWith("For example,", StringComparison.Ordinal))
            .Select(s => s.EndsWith('.') ? s : s + ".")).Trim();

    /// <summary>A list of titles; semicolons separate them when any title contains a comma of its own.</summary>
    internal static string JoinTitles(IEnumerable<string> titles)
    {
        var list = titles.ToList();
        if (!list.Any(t => t.Contains(','))) return Join(list);
        return list.Count <= 1 ? string.Join("", list) : string.Join("; ", list.Take(list.Count - 1)) + "; and " + list[^1];
    }
}
