using System.Globalization;
using Ladder.Occupations;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    private static string Money(decimal amount) => WageValue.FormatMoney(amount);

    private static string Count(decimal amount) => amount.ToString("#,0", CultureInfo.InvariantCulture);


    /// <summary>Pros derived from the data, each with the figure that supports it.</summary>
    private IReadOnlyList<ProCon> Pros(Occupation occupation)
    {
        var pros = new List<ProCon>();
        var w = occupation.Wages.Current;
        var all = catalog.AllOccupationsWages?.Median.Amount;
        if (w?.Median.LowerBound is { } median && all is { } a && median >= a * 1.25m)
            pros.Add(new("Pays well above the typical U.S. job",
                $"Median {w.Median.ToDisplay()} vs {Money(a)} for all occupations (BLS OEWS {w.Release})."));
        if (w?.Employment.Amount is { } employment && employment >= 250_000)
            pros.Add(new("A large field with openings in most places",
                $"{Count(employment)} people work in SOC {w.Soc} nationally (BLS OEWS {w.Release})."));
        if (ChangePercent(occupation) is { } change && change >= 3m)
            pros.Add(new("Pay is rising", $"The median rose {change.ToString("0.0", CultureInfo.InvariantCulture)}% from {occupation.Wages.Previous!.Release} to {w!.Release} (BLS OEWS)."));
        if (w?.P90.LowerBound is { } p90 && w.P10.Amount is { } p10 && p10 > 0 && p90 / p10 >= 2.5m)
            pros.Add(new("Plenty of room to grow your pay", $"The top 10% earn {w.P90.ToDisplay()} or more, against {w.P10.ToDisplay()} for the bottom 10% (BLS OEWS {w.Release})."));
        var hot = occupation.Technologies.Count(t => t.Hot);
        if (hot >= 5)
            pros.Add(new("Skills employers are asking for", $"{hot} of the technologies used in this work are flagged as hot technologies by O*NET."));
        if (occupation.JobZone is 1 or 2)
            pros.Add(new("Quick to start", $"O*NET job zone {occupation.JobZone}: little or some preparation is needed."));
        var related = occupation.Related.Count(r => r.Tier == "Primary-Short");
        if (pros.Count < 3 && related > 0)
            pros.Add(new("Skills that transfer", $"O*NET lists {related} closely related occupations you could move to."));
        if (pros.Count == 0)
            pros.Add(new("Clear, well-documented work", $"O*NET documents {occupation.Tasks.Count} tasks for this occupation, so you can see what the job involves before you start."));
        return pros.Take(4).ToList();
    }

    /// <summary>Cons derived from the data, each with the figure that supports it.</summary>
    private IReadOnlyList<ProCon> Cons(Occupation occupation)
    {
        var cons = new List<ProCon>();
        var w = occupation.Wages.Current;
        var all = catalog.AllOccupationsWages?.Median.Amount;
        if (w?.Median.Amount is { } median && all is { } a && median < a * 0.85m)
            cons.Add(new("Pays below the typical U.S. job", $"Median {w.Median.ToDisplay()} vs {Money(a)} for all occupations (BLS OEWS {w.Release})."));
        if (w?.Employment.Amount is { } employment && employment < 20_000)
            cons.Add(new("A small field with few openings", $"Only {Count(employment)} people work in SOC {w.Soc} nationally (BLS OEWS {w.Release})."));
        if (ChangePercent(occupation) is { } change && change < 0m)
            cons.Add(new("Pay has slipped", $"The median fell {Math.Abs(change).ToString("0.0", CultureInfo.InvariantCulture)}% from {occupation.Wages.Previous!.Release} to {w!.Release} (BLS OEWS)."));
        if (occupation.JobZone is 4 or 5)
            cons.Add(new("A long road in", $"O*NET job zone {occupation.JobZone}: {(occupation.JobZone == 5 ? "extensive" : "considerable")} preparation, usually a degree and experience."));
        var demanding = occupation.WorkStyles.FirstOrDefault(s => s.Name is "Stress Tolerance" or "Self-Control" or "Composure" && s.Value >= 2.5);
        if (demanding is not null)
            cons.Add(new("Can be stressful", $"O*NET rates '{demanding.Name}' among the important work styles here ({demanding.Value.ToString("0.00", CultureInfo.InvariantCulture)} on its work-importance scale)."));
        if (w is null)
            cons.Add(new("Pay is hard to judge", $"BLS publishes no national wage figures for SOC {occupation.Code.Soc}."));
        var topSkill = occupation.Skills.FirstOrDefault();
        if (cons.Count < 2 && topSkill is not null)
            cons.Add(new($"Demands strong {topSkill.Name.ToLowerInvariant()}", $"O*NET rates {topSkill.Name} at importance {topSkill.Importance.ToString("0.0", CultureInfo.InvariantCulture)} of 5 and level {topSkill.Level.ToString("0.0", CultureInfo.InvariantCulture)} of 7."));
        if (cons.Count == 0)
            cons.Add(new("Limited published detail", "O*NET has not rated the skills for this occupation, so preparation is harder to plan."));
        return cons.Take(4).ToList();
    }

    private static decimal? ChangePercent(Occupation occupation)
    {
        var now = occupation.Wages.Current?.Median.Amount;
        var was = occupation.Wages.Previous?.Median.Amount;
        return now is { } n && was is { } p && p > 0 ? Math.Round((n - p) / p * 100m, 1) : null;
    }
}
