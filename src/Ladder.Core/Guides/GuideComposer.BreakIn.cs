using System.Globalization;
using Ladder.Content;
using Ladder.Occupations;
using Ladder.Outlook;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>A way in pays no more than this times the target's median: a move that pays the mover less is a step down, not a way in.</summary>
    public const decimal FeederPayMargin = 1.05m;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<RoleLink>> _arrivals = new(StringComparer.Ordinal);

    /// <summary>
    /// "Roles people move from": the moves into the occupation its transition list shows (<see cref="GuideComposer"/>'s
    /// arrivals, the move model's inbound moves), in that order; none when the composer was built without them.
    /// </summary>
    private IReadOnlyList<RoleLink> Arrivals(Occupation occupation) =>
        arrivals is null ? [] : _arrivals.GetOrAdd(occupation.Code.Value, _ => arrivals(occupation));

    private BreakIn BreakIn(Occupation occupation, CareerFamily family, GuideRoute? route)
    {
        var zone = catalog.JobZone(occupation.JobZone);
        var shares = occupation.Education.Where(e => e.Percent >= 1).OrderByDescending(e => e.Percent)
            .Select(e => new EducationLevelShare(ShortLevel(e.Level), Math.Round(e.Percent, 1))).ToList();
        var education = SurveyDisagreement(occupation) is { } disagreement
            ? $"Typical entry education (BLS): {catalog.Outlook.ProjectionFor(occupation.Code)!.Projection.EntryEducation}. {disagreement}"
            : shares.Count > 0
            ? $"Most common requirement: {shares[0].Level} ({shares[0].Percent.ToString("0", CultureInfo.InvariantCulture)}% of workers surveyed by O*NET)."
            : zone is not null ? zone.Education : "not available: O*NET has no education survey for this occupation.";
        // The Handbook's named route leads; the observed moves follow it, as the transitions API lists them.
        var from = Arrivals(occupation);
        // Work BLS says takes years in another occupation first has no entry-level openings of its own: the way in is
        // those occupations, so the guide names them instead of this work's titles (a "Database Architect" is no first job).
        // A supervisor's way in names the work it leads, unless the Handbook names the route.
        var crew = route is null ? CrewText(occupation, from) : null;
        var prior = family.EntryNote is null && !family.Top ? PriorExperienceNote(occupation, StartingPoints(from), route, crew) : null;
        var titles = prior is null ? EntryTitles.For(occupation, family) : [];
        string? note = null;
        // The physicians' note is about the residency match: it holds only where the licence decision's route is a residency.
        var familyNote = family.Key == "physician" && catalog.Outlook.Licences.For(occupation.Code)?.Training?.Route != Licences.TrainingRouteKind.Residency
            ? null : family.EntryNote;
        // Below the top of a ladder the moves named are where a newcomer should start, so senior posts are left out.
        var starts = family.Top ? from : StartingPoints(from);
        if (prior is not null) note = prior;
        else if (titles.Count == 0)
            note = familyNote is { } stated
                ? stated + (route is not null ? $" {route.Text}" : crew is not null ? $" {crew}" : starts.Count > 0 ? $" The likeliest moves in are from {JoinTitles(starts.Take(3).Select(f => f.Title))}." : "")
                : route is not null ? $"Few openings carry an entry-level title here. {route.Text}"
                : crew is not null ? $"Few openings carry an entry-level title here. {crew}"
                : (from.Count > 0
                ? $"Few openings carry an entry-level title here: people often move in from {JoinTitles(from.Take(2).Select(f => f.Title))} after gaining experience."
                : "O*NET lists no entry-level titles for this occupation; check current postings for the titles employers use.");
        var advice = zone is null && catalog.WorkKindOf(occupation.Code) == WorkKind.Military
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
            Route = route,
            FromRolesCaveat = LicenceCaveat(occupation, from),
            FromRolesNote = from.Count > 0 ? null
                : family.OwnField is { } field && field.Contains(occupation.Code.Value) ? field.Note : SchoolRoute(occupation),
        };
    }

    /// <summary>
    /// BLS's typical work experience in a related occupation, as the way in, when BLS asks for any ("less than 5 years",
    /// "5 years or more"), followed by the Handbook's route where it names one, else the work a supervisor leads; null when BLS
    /// asks for none or publishes no requirement.
    /// </summary>
    private string? PriorExperienceNote(Occupation occupation, IReadOnlyList<RoleLink> from, GuideRoute? route, string? crew)
    {
        if (catalog.Outlook.ProjectionFor(occupation.Code)?.Projection.Experience is not { } experience
            || !EntryVocabulary.NeedsPriorExperience(experience)) return null;
        // The route the Handbook names is where to start, before the moves the survey observes.
        var where = route is not null ? $" {route.Text}"
            : crew is not null ? $" {crew}"
            : from.Count > 0
            ? $" Search for openings as {JoinTitles(from.Take(3).Select(f => f.Title))}, the likeliest moves in, and grow into this work from there."
            : " Start in a related occupation and grow into this work from there.";
        return $"Openings here are rarely first jobs: BLS's typical requirement is {LowerFirst(experience)} of work experience in a related occupation.{where}";
    }

    /// <summary>
    /// Where the work needs a licence earned through a programme, an academy or an apprenticeship (barbers, manicurists,
    /// EMTs), the roles listed that do not hold it are real moves that a reader could take for a way around the licence:
    /// "People who move in from these jobs still need the barber licence from the state barber board first: a state-approved
    /// barber programme (often 9 months or more) and a state exam." Null where the licence is not required, its route is other, or every role listed holds it.
    /// </summary>
    private string? LicenceCaveat(Occupation occupation, IReadOnlyList<RoleLink> from)
    {
        if (catalog.Outlook.Licences.For(occupation.Code) is not { RequiredToWork: true, Credential: { } credential } target
            || target.Training?.Route is not (Licences.TrainingRouteKind.Programme or Licences.TrainingRouteKind.Academy or Licences.TrainingRouteKind.Apprenticeship))
            return null;
        var without = from.Where(f => f.Code is { } code && catalog.FindByCode(code) is { } o && catalog.FindRole(f.Slug) is { IsCurated: false }
            && Licences.LicenceBook.Crossed(catalog.Outlook.Licences.For(o.Code), target) is not null).Select(f => f.Title).ToList();
        if (without.Count == 0) return null;
        var who = without.Count == from.Count ? "People who move in from these jobs" : $"Those who move in from {JoinTitles(without)}";
        var issuer = target.Issuer is { } i ? $" from {i}" : "";
        return $"{who} still need the {LowerFirst(credential)}{issuer} first{(target.Time is { } time ? $": {time}" : "")}.";
    }

    /// <summary>
    /// The moves in a newcomer can start from: not a senior post (a "Solutions Architect" is no start) and not work that
    /// itself needs years in another occupation first.
    /// </summary>
    private List<RoleLink> StartingPoints(IReadOnlyList<RoleLink> from) =>
        from.Where(f => !EntryTitles.IsNotEntry(f.Title)
            && !(f.Code is { } code && catalog.FindByCode(code) is { } o && EntryVocabulary.NeedsPriorExperience(catalog.Outlook.ProjectionFor(o.Code)?.Projection.Experience))).ToList();

    /// <summary>
    /// "none: the way in is not another job but a 4-year medical degree after college, then 3 to 7 years of residency
    /// (Physician (MD or DO) licence)": the licence decision's own words, where no move is left and the route is a
    /// residency, or a school programme or academy that a licence needed to work requires (lawyers' J.D. and bar exam, air
    /// traffic controllers' FAA Academy); null for any other.
    /// </summary>
    private string? SchoolRoute(Occupation occupation) =>
        catalog.Outlook.Licences.For(occupation.Code) is { Training.Route: var route, Time: { } time } decision
            && (route == Licences.TrainingRouteKind.Residency
                || route is Licences.TrainingRouteKind.Programme or Licences.TrainingRouteKind.Academy && decision.RequiredToWork)
            ? $"none: the way in is not another job but {time}{(decision.Credential is { } c ? $" ({c})" : "")}"
            : null;

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
