using System.Globalization;
using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>The pro/con contributors every occupation guide runs, in order (docs/guide-content.md lists the thresholds).</summary>
public static class ProConContributors
{
    public static IReadOnlyList<IProConContributor> All { get; } =
        [new HazardContributor(), new LicenceContributor(), new PayContributor(), new FieldSizeContributor(), new PreparationContributor(), new SkillContributor()];

    internal static string Money(decimal amount) => WageValue.FormatMoney(amount);

    internal static string Num(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>Pay against the all-occupation median and the spread between the 10th and 90th percentiles.</summary>
internal sealed class PayContributor : IProConContributor
{
    public const decimal HighPay = 1.25m, LowPay = 0.85m, WideSpread = 2.5m, NarrowSpread = 1.8m;

    public void Contribute(ProConContext c, ICollection<ProCon> pros, ICollection<ProCon> cons)
    {
        var w = c.Occupation.Wages.Current;
        var all = c.Catalog.AllOccupationsWages?.Median.Amount;
        if (w is null) { cons.Add(new("Pay is hard to judge", $"BLS publishes no national wage figures for SOC {c.Occupation.Code.Soc}.")); return; }
        var whose = c.Occupation.Wages.FromParentSoc || c.Occupation.Wages.FromBroadGroup ? $" (figures for SOC {w.Soc} {w.Title}, which includes this occupation)" : "";
        // A pooled row's median is the group's: the pro says so; its spread mixes occupations, so it says nothing of growth.
        var pooled = c.Occupation.Wages.Pooled;
        if (w.Median.LowerBound is { } median && all is { } a && median >= a * HighPay)
            pros.Add(new(pooled ? "Its BLS group pays well above the typical U.S. job" : "Pays well above the typical U.S. job", $"Median {w.Median.ToDisplay()} vs {ProConContributors.Money(a)} for all occupations (BLS OEWS {w.Release}){whose}."));
        if (w.Median.Amount is { } m && all is { } b && m < b * LowPay)
            cons.Add(new(pooled ? "Its BLS group pays below the typical U.S. job" : "Pays below the typical U.S. job", $"Median {w.Median.ToDisplay()} vs {ProConContributors.Money(b)} for all occupations (BLS OEWS {w.Release}){whose}."));
        if (!pooled && w.P90.LowerBound is { } p90 && w.P10.Amount is { } p10 && p10 > 0)
        {
            if (p90 / p10 >= WideSpread)
                pros.Add(new("Room to grow your pay", $"The top 10% earn {w.P90.ToDisplay()} or more, against {w.P10.ToDisplay()} for the bottom 10% (BLS OEWS {w.Release}){whose}."));
            else if (w.P90.Amount is { } top && top / p10 < NarrowSpread)
                cons.Add(new("Little pay growth with experience", $"The top 10% earn {w.P90.ToDisplay()}, only {ProConContributors.Num((double)(top / p10), "0.0")}× the bottom 10%'s {w.P10.ToDisplay()} (BLS OEWS {w.Release}){whose}."));
        }
    }
}

/// <summary>Field size, only when the BLS count is this occupation's own: never an "All Other" or broader group's.</summary>
internal sealed class FieldSizeContributor : IProConContributor
{
    public const decimal Large = 250_000, Small = 20_000;

    public void Contribute(ProConContext c, ICollection<ProCon> pros, ICollection<ProCon> cons)
    {
        var o = c.Occupation;
        var w = o.Wages.Current;
        if (w?.Employment.Amount is not { } employment) return;
        var own = !o.Wages.FromBroadGroup && !o.Wages.FromParentSoc && !w.Title.Contains("All Other", StringComparison.Ordinal);
        if (!own) return;
        var count = employment.ToString("#,0", CultureInfo.InvariantCulture);
        if (employment >= Large) pros.Add(new("A large field with openings in most places", $"{count} people work in SOC {w.Soc} nationally (BLS OEWS {w.Release})."));
        else if (employment < Small) cons.Add(new("A small field", $"Only {count} people work in SOC {w.Soc} nationally (BLS OEWS {w.Release})."));
    }
}

/// <summary>
/// The licence the whole work needs, from the occupation's one licence decision. It runs right after the hazards so the
/// four cons a guide shows never drop it for a figure-based con.
/// </summary>
internal sealed class LicenceContributor : IProConContributor
{
    public void Contribute(ProConContext c, ICollection<ProCon> pros, ICollection<ProCon> cons)
    {
        if (c.Catalog.Outlook.Licences.For(c.Occupation.Code) is { RequiredToWork: true } licence)
            cons.Add(new($"You need a licence before you can work: {licence.Credential}",
                $"{GuideLicence.RequirementOf(licence)}, from {licence.Issuer}" + (licence.Time is { } t ? $"; typical route: {t}" : "") + $" ({licence.Source})."));
    }
}

/// <summary>How long the road in is: the O*NET job zone.</summary>
internal sealed class PreparationContributor : IProConContributor
{
    private static readonly int BachelorsRank = Outlook.EntryVocabulary.EducationRank("Bachelor's degree");

    private static readonly int LongTermRank = Outlook.EntryVocabulary.IndexOf(Outlook.EntryVocabulary.Training, "Long-term on-the-job training");

    /// <summary>Training of more than a year: BLS's long-term, apprenticeship or residency categories, or a licence route that says so.</summary>
    internal static bool LongTraining(string? blsTraining, Licences.Training? route) =>
        (blsTraining is not null && Outlook.EntryVocabulary.IndexOf(Outlook.EntryVocabulary.Training, blsTraining) >= LongTermRank)
        || route is { Route: Licences.TrainingRouteKind.Apprenticeship or Licences.TrainingRouteKind.Residency }
        || route?.MaxYears > 1 || route?.MinYears > 1;

    public void Contribute(ProConContext c, ICollection<ProCon> pros, ICollection<ProCon> cons)
    {
        var o = c.Occupation;
        // A trade whose ladder starts with a multi-year training stage (an apprenticeship) is not quick to start, whatever its job zone.
        // Nor is work whose BLS entry education is a bachelor's degree or more, which the way in states beside it, nor work
        // BLS says needs years of related work first ("Openings here are rarely first jobs" stands beside it), nor work
        // whose training takes over a year by BLS's category or the licence decision's route (millwrights: job zone 2, and a
        // 3- or 4-year apprenticeship the same guide describes).
        var projection = c.Catalog.Outlook.ProjectionFor(o.Code)?.Projection;
        var entry = Outlook.EntryVocabulary.EducationRank(projection?.EntryEducation);
        if (o.JobZone is 1 or 2 && c.Family.Stages.FirstOrDefault()?.IsTraining != true && entry < BachelorsRank
            && !Outlook.EntryVocabulary.NeedsPriorExperience(projection?.Experience)
            && !LongTraining(projection?.Training, c.Catalog.Outlook.Licences.For(o.Code)?.Training))
            pros.Add(new("Quick to start", $"O*NET job zone {o.JobZone}: little or some preparation is needed, usually under a year of training."));
        if (o.JobZone is 4 or 5)
            cons.Add(new("A long road in", $"O*NET job zone {o.JobZone}: {(o.JobZone == 5 ? "extensive" : "considerable")} preparation, usually a degree and experience."));
        // O*NET gives every occupation exactly five closest ("Primary-Short") relatives, so their count says nothing;
        // relatives in two or more other domains do say the experience is not tied to one field.
        var own = c.Catalog.RoleForCode(o.Code.Value)?.Domain;
        var closest = o.Related.Where(r => r.Tier == "Primary-Short").OrderBy(r => r.Index)
            .Select(r => c.Catalog.RoleForCode(r.Code.Value)).OfType<Role>().ToList();
        var elsewhere = closest.Where(r => r.Domain != own).ToList();
        if (own is not null && elsewhere.Select(r => r.Domain).Distinct().Count() >= 2)
            pros.Add(new("Experience that carries to other fields",
                $"{elsewhere.Count} of the {closest.Count} occupations O*NET rates closest to this one are in other fields{(elsewhere.Count > 3 ? ", among them" : "")}: {GuideComposer.JoinTitles(elsewhere.Take(3).Select(r => $"{r.Title} ({r.Domain})"))}."));
    }
}

/// <summary>
/// Hot technologies for computer work, and stress, only where O*NET's ratings clear documented thresholds. A high
/// rating of a skill the job consists of ("Demands a high level of Mathematics" for a mathematician) restates the job
/// and is not a con.
/// </summary>
internal sealed class SkillContributor : IProConContributor
{
    public const int HotSpecific = 5;

    public void Contribute(ProConContext c, ICollection<ProCon> pros, ICollection<ProCon> cons)
    {
        var o = c.Occupation;
        // O*NET's Hot flag describes all job postings, so for a home health aide it says nothing about the aide's
        // postings; only computer work (a family flag in content/families) rests on the software it names.
        // Counted among the technologies the guide lists, so the figure is one a reader can check on the page.
        var hot = c.ShownTechnologies.Count(t => t.Hot && !OfficeWork.IsEverywhere(t.Name));
        if (c.Family.HotTechnologyPro && hot >= HotSpecific)
            pros.Add(new("Skills employers are asking for", $"{hot} of the {c.ShownTechnologies.Count} technologies this guide lists for the work are flagged as hot technologies by O*NET, not counting the office, ERP and social-media software most employers run."));
        var stress = o.WorkStyles.FirstOrDefault(s => s.Name is "Stress Tolerance" && s.Value >= 2.5);
        if (stress is not null)
            cons.Add(new("Can be stressful", $"O*NET rates Stress Tolerance among the important work styles here ({ProConContributors.Num(stress.Value, "0.00")} on its work-importance scale)."));
    }
}

/// <summary>The dangers and hours the BLS Handbook states for the occupation (content/hazards), with the page cited.</summary>
internal sealed class HazardContributor : IProConContributor
{
    public void Contribute(ProConContext c, ICollection<ProCon> pros, ICollection<ProCon> cons)
    {
        if (!c.Catalog.Hazards.TryGetValue(c.Occupation.Code.Value, out var h)) return;
        if (h.Summary is { } summary)
        {
            var headline = h.Rates.Contains("fatality") ? "One of the more dangerous jobs"
                : h.Rates.Contains("injury") ? "More injuries than in most jobs"
                : "Risks of injury or illness at work";
            cons.Add(new(headline, $"{summary} Source: {h.Citation}."));
        }
        if (h.Hours is { } hours) cons.Add(new("Hours outside the usual working week", $"{hours} Source: {h.Citation}."));
    }
}
