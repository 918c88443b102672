using Ladder.Content;
using Ladder.Occupations;
using Ladder.Catalog;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>
    /// The family's stages, each with pay from the BLS percentile band it maps to (or, for a training stage, where its
    /// pay comes from), its years, and the occupation's own tasks that show seniority on the stage that holds it.
    /// </summary>
    private IReadOnlyList<GuideLevel> Levels(Occupation occupation, Wages? wages, CareerFamily family, IReadOnlyList<string> rankedTasks)
    {
        var row = StagePayRow.For(occupation, catalog);
        // Properties of the occupation's wage row, the same for every stage.
        var hourlyOnly = wages is not null && HourlyPay.IsHourlyOnly(wages);
        var usuallyHourly = wages is not null && HourlyPay.IsUsuallyHourly(wages, catalog.IsUsuallyHourlyWork(occupation.Code));
        var senior = SeniorStage(family);
        var seniorTasks = family.Top ? [] : rankedTasks.Where(SeniorityEvidence.Shows).Take(2).Select(t => t.TrimEnd('.')).ToList();
        var levels = new List<GuideLevel>(family.Stages.Count);
        // A stage that needs the credential starts only after its training route (licences' record): an electrician's
        // journeyworker stage cannot start at year 4 when the apprenticeship takes five. An apprenticeship or residency is
        // the way into the stage above it even where only some states license the work (stationary engineers). A degree
        // programme is not moved over: it is finished before the first stage, whose years count from the licence
        // (a new-graduate RN is in year 0, not year 4 after the BSN).
        var route = catalog.Outlook.Licences.For(occupation.Code) is { Training: { } t } d
            && t.Route is not Licences.TrainingRouteKind.Programme
            && (d.RequiredToWork || t.Route is Licences.TrainingRouteKind.Apprenticeship or Licences.TrainingRouteKind.Residency)
            ? (int?)Math.Ceiling(t.MaxYears ?? t.MinYears ?? 0) : null;
        // Where the family gives no years, the job zone's estimate is moved after the route the same way.
        var stageYears = family.Stages.Select(s => s.Years ?? (route is not null && occupation.JobZone is not null ? ZoneYears(occupation.JobZone, s.Name) : null)).ToList();
        var priorWork = PriorWorkFirst(occupation, family);
        foreach (var (stage, index) in family.Stages.Select((s, i) => (s, i)))
        {
            var lines = stage.Responsibilities.ToList();
            // A task moves up the ladder only when its own words show seniority (it supervises, trains, plans, approves or
            // signs); every other task stays in "What they do", where it is true of the whole occupation.
            if (stage == senior) lines.InsertRange(Math.Min(1, lines.Count), seniorTasks);
            var years = AfterRoute(index, stageYears, route)?.Display ?? JobZoneYears(occupation.JobZone, stage.Name);
            if (index == 0 && priorWork is not null && years.StartsWith('0')) years = $"{years} in this work, after {priorWork} of work in a related occupation (BLS)";
            if (stage.IsTraining)
            {
                levels.Add(new GuideLevel
                {
                    Name = stage.Name, Label = stage.Label, Years = years,
                    PayDisplay = stage.PriorWork ? "no BLS figure for this stage: it is paid as the work you do then" : "no BLS figure for this training stage",
                    PaySource = stage.TraineePay!, Responsibilities = lines,
                });
                continue;
            }
            if (row.NoBandReason is { } why)
            {
                // Percentiles of a row that pools several occupations, or of another occupation's row, would be invented
                // precision as this occupation's stage pay.
                levels.Add(new GuideLevel
                {
                    Name = stage.Name, Label = stage.Label, Years = years,
                    PayDisplay = row.NoBandDisplay!, PaySource = why, Responsibilities = lines,
                });
                continue;
            }
            var (low, high) = wages is null ? (WageValue.Missing, WageValue.Missing) : (Percentile(wages, stage.LowPercentile!.Value), Percentile(wages, stage.HighPercentile!.Value));
            var (hourlyLow, hourlyHigh) = wages is null ? (WageValue.Missing, WageValue.Missing)
                : (HourlyPay.Percentile(wages, stage.LowPercentile!.Value), HourlyPay.Percentile(wages, stage.HighPercentile!.Value));
            levels.Add(new GuideLevel
            {
                Name = stage.Name,
                Label = stage.Label,
                Years = years,
                PayLow = low.LowerBound,
                PayHigh = high.Amount,
                HourlyLow = hourlyOnly || usuallyHourly ? hourlyLow.Amount : null,
                HourlyHigh = hourlyOnly || usuallyHourly ? hourlyHigh.Amount : null,
                PayDisplay = hourlyOnly ? HourlyPay.Range(hourlyLow, hourlyHigh) : PayLadder.Display(low, high),
                HourlyPayDisplay = usuallyHourly ? HourlyPay.Range(hourlyLow, hourlyHigh) : null,
                PaySource = wages is null ? "not available: no BLS wage row"
                    : $"Ladder estimate: BLS {(hourlyOnly ? "hourly " : "")}{Ordinal(stage.LowPercentile!.Value)} to {Ordinal(stage.HighPercentile!.Value)} percentile of {row.Label ?? "SOC " + wages.Soc}, {BlsSource}",
                Responsibilities = lines,
            });
        }
        return levels;
    }

    /// <summary>What a stage shows for pay when BLS publishes wages only for a group that pools several occupations.</summary>
    public const string PooledStagePay = "no figure for this stage: BLS publishes pay only for a broader group";

    /// <summary>What a stage shows for pay when BLS publishes wages only for an occupation that climbs a different ladder.</summary>
    public const string OtherOccupationStagePay = "not enough data: BLS publishes no pay for this occupation on its own";

    /// <summary>The stage's years, moved so a credentialed stage starts no earlier than the training route ends.</summary>
    private static StageYears? AfterRoute(int index, IReadOnlyList<StageYears?> years, int? route)
    {
        if (years[index] is not { From: { } from } y || route is not { } r || r <= 0 || years.Count < 2) return years[index];
        // The first stage is where the route is taken (an apprentice, or a lineworker's trainee years), so it lasts the route.
        if (index == 0) return y.To is { } end && end < r ? y with { To = r } : y;
        // Every later stage moves by the same number of years, so the ladder keeps its spans and never overlaps.
        var delta = Math.Max(0, r - (years[1]?.From ?? r));
        return delta == 0 ? y : y with { From = from + delta, To = y.To + delta };
    }

    /// <summary>
    /// BLS's typical related work experience ("5 years or more") when the occupation asks for it and the family's first
    /// stage does not already stand for those years (a <c>prior</c> stage, a training route, or the field's own starting
    /// work, <see cref="CareerFamily.StartsInTheField"/>): the first stage's
    /// years then count from the day the reader starts this work, after that experience, not from the start of a
    /// career (instructional coordinators come from years of teaching; "Junior · 0–3 years" alone would say otherwise).
    /// </summary>
    private string? PriorWorkFirst(Occupation occupation, CareerFamily family) =>
        family.Top || family.StartsInTheField || family.Stages.Count == 0 || family.Stages[0].IsTraining ? null
        : catalog.Outlook.ProjectionFor(occupation.Code)?.Projection.Experience is { } experience && EntryVocabulary.NeedsPriorExperience(experience)
            ? experience.ToLowerInvariant() : null;

    /// <summary>The job zone's estimate for a stage as numbers ("2–4 years" is 2 to 4), so a route can move it.</summary>
    private static StageYears? ZoneYears(int? jobZone, CareerLevel level)
    {
        var m = System.Text.RegularExpressions.Regex.Match(PayLadder.Years(jobZone)[(int)level], @"^(\d+)(?:–(\d+))?");
        return m.Success ? new StageYears(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null) : null;
    }

    /// <summary>The stage where supervising, training and planning tasks belong: the family's senior stage, else its highest below the top.</summary>
    private static CareerStage? SeniorStage(CareerFamily family) =>
        family.Stages.FirstOrDefault(s => s.Name == CareerLevel.Senior) ?? (family.Stages.Count > 1 ? family.Stages[^2] : null);

    private static string JobZoneYears(int? jobZone, CareerLevel level) =>
        jobZone is null ? "not enough data: O*NET gives this occupation no job zone" : PayLadder.Years(jobZone)[(int)level];

    private static WageValue Percentile(Wages w, int p) => p switch
    {
        10 => w.P10, 25 => w.P25, 50 => w.Median, 75 => w.P75, 90 => w.P90,
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Stages map to the 10th, 25th, 50th, 75th or 90th percentile."),
    };

    /// <summary>
    /// Where the stage years come from: the family's own, else the O*NET job zone; an occupation without a job zone gets
    /// no years (the table says "not enough data"), and the note must not claim an estimate it did not make.
    /// </summary>
    private static string YearsMethod(CareerFamily family, int? jobZone) =>
        family.Stages.All(s => s.Years is not null) ? "Years per stage are Ladder's estimate for the family (content/families)."
        : jobZone is null ? "No years are shown per stage: O*NET gives this occupation no job zone to estimate them from."
        : "Years of experience are a Ladder estimate from the O*NET job zone.";

    internal static string Ordinal(int p) => p switch { 50 => "50th (median)", _ => $"{p}th" };

    /// <summary>How a family's stage pay and years were derived, printed next to the figures.</summary>
    internal static string LevelMethodFor(CareerFamily family, int? jobZone, bool hourlyOnly = false, StagePayRow? row = null)
    {
        var years = YearsMethod(family, jobZone);
        if (family.Stages.Count == 0)
            return "not enough data: no career family was imported for this occupation, so Ladder shows no stages (docs/career-ladders.md).";
        if (row?.NoBandReason is { } why)
            return $"Stages are Ladder's career ladder for {family.Name.ToLowerInvariant()} (docs/career-ladders.md). No pay is shown per stage: " +
                   why + ". " + years;
        var bands = string.Join("; ", family.Stages.Select(s => s.IsTraining ? $"{s.Label} = no BLS figure ({(s.PriorWork ? "years in the work that leads here" : "a training stage")})" : $"{s.Label} = {Ordinal(s.LowPercentile!.Value)}–{Ordinal(s.HighPercentile!.Value)}"));
        var basis = hourlyOnly ? "hourly wage percentiles (BLS publishes no annual wages for this occupation)" : "annual wage percentiles";
        return $"Stages are Ladder's career ladder for {family.Name.ToLowerInvariant()} (docs/career-ladders.md). Pay per stage maps the BLS national " +
               $"{basis}{(row?.Label is { } label ? " of " + label + "," : "")} to stages: {bands}. {years} BLS counts employees only, so owners' and partners' earnings are not in these figures. " +
               "Actual pay varies by employer, industry and location.";
    }
}
