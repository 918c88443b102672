using Ladder.Occupations;
using Ladder.Catalog;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>The family's stages, each with pay from the BLS percentile band it maps to and two of the occupation's own tasks.</summary>
    private IReadOnlyList<GuideLevel> Levels(Occupation occupation, Wages? wages, CareerFamily family, IReadOnlyList<string> rankedTasks)
    {
        var years = PayLadder.Years(occupation.JobZone);
        // Properties of the occupation's wage row, the same for every stage.
        var hourlyOnly = wages is not null && HourlyPay.IsHourlyOnly(wages);
        var usuallyHourly = wages is not null && HourlyPay.IsUsuallyHourly(wages);
        var levels = new List<GuideLevel>(family.Stages.Count);
        for (int i = 0; i < family.Stages.Count; i++)
        {
            var stage = family.Stages[i];
            var (low, high) = wages is null ? (WageValue.Missing, WageValue.Missing) : (Percentile(wages, stage.LowPercentile), Percentile(wages, stage.HighPercentile));
            var (hourlyLow, hourlyHigh) = wages is null ? (WageValue.Missing, WageValue.Missing)
                : (HourlyPay.Percentile(wages, stage.LowPercentile), HourlyPay.Percentile(wages, stage.HighPercentile));
            var lines = stage.Responsibilities.ToList();
            // The occupation's own most specific tasks belong to the stages that do the work itself, not to the top stage.
            if (!family.Top && i is 1 or 2 && rankedTasks.Count > i - 1) lines.Insert(1, rankedTasks[i - 1].TrimEnd('.'));
            levels.Add(new GuideLevel
            {
                Name = stage.Name,
                Label = stage.Label,
                Years = family.Years?[i] ?? years[(int)stage.Name],
                PayLow = low.LowerBound,
                PayHigh = high.Amount,
                HourlyLow = hourlyOnly || usuallyHourly ? hourlyLow.Amount : null,
                HourlyHigh = hourlyOnly || usuallyHourly ? hourlyHigh.Amount : null,
                PayDisplay = hourlyOnly ? HourlyPay.Range(hourlyLow, hourlyHigh) : PayLadder.Display(low, high),
                HourlyPayDisplay = usuallyHourly ? HourlyPay.Range(hourlyLow, hourlyHigh) : null,
                PaySource = wages is null ? "not available: no BLS wage row"
                    : $"Ladder estimate: BLS {(hourlyOnly ? "hourly " : "")}{Ordinal(stage.LowPercentile)} to {Ordinal(stage.HighPercentile)} percentile of SOC {wages.Soc}, {BlsSource}",
                Responsibilities = lines,
            });
        }
        return levels;
    }

    private static WageValue Percentile(Wages w, int p) => p switch
    {
        10 => w.P10, 25 => w.P25, 50 => w.Median, 75 => w.P75, 90 => w.P90,
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Stages map to the 10th, 25th, 50th, 75th or 90th percentile."),
    };

    internal static string Ordinal(int p) => p switch { 50 => "50th (median)", _ => $"{p}th" };

    /// <summary>How a family's stage pay and years were derived, printed next to the figures.</summary>
    internal static string LevelMethodFor(CareerFamily family, bool hourlyOnly = false)
    {
        var bands = string.Join("; ", family.Stages.Select(s => $"{s.Label} = {Ordinal(s.LowPercentile)}–{Ordinal(s.HighPercentile)}"));
        var years = family.Years is not null ? "" : " Years of experience are a Ladder estimate from the O*NET job zone.";
        var basis = hourlyOnly ? "hourly wage percentiles (BLS publishes no annual wages for this occupation)" : "annual wage percentiles";
        return $"Stages are Ladder's career ladder for {family.Name.ToLowerInvariant()} (docs/career-ladders.md). Pay per stage maps the BLS national " +
               $"{basis} to stages: {bands}.{years} BLS counts employees only, so owners' and partners' earnings are not in these figures. " +
               "Actual pay varies by employer, industry and location.";
    }
}
