using Ladder.Catalog;
using Ladder.Content;

namespace Ladder.Guides;

/// <summary>The composed career guide for one role: every section a reader needs, with sources.</summary>
/// <remarks>
/// Text that many guides share (sources, the ladder's method, verdicts, reasons) is interned as it is set: a server
/// keeps every guide it composed, and 1,060 guides held 15 MB of the same strings again and again.
/// </remarks>
public sealed record Guide
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required Ladder.Catalog.RoleKind Kind { get; init; }
    /// <summary>O*NET-SOC codes; the first is the primary one.</summary>
    public required IReadOnlyList<string> Codes { get; init; }
    public required string Domain { get; init; }
    public required string Summary { get; init; }
    /// <summary>For a curated role: the month a person last checked its file ("November 2026"); null for O*NET occupations.</summary>
    public string? Reviewed { get; init; }
    public required PayFigure MedianPay { get; init; }
    public required WageDistribution? Wages { get; init; }
    public required IReadOnlyList<string> Industries { get; init; }
    public string? IndustriesNote { get; init; }
    public required IReadOnlyList<string> Tasks { get; init; }
    public required IReadOnlyList<GuideTechnology> Technologies { get; init; }
    public required IReadOnlyList<string> Tools { get; init; }
    public required IReadOnlyList<string> AlternateTitles { get; init; }
    public required IReadOnlyList<GuideSkill> Skills { get; init; }
    public required IReadOnlyList<GuideLevel> Levels { get; init; }
    /// <summary>How the pay per level and the years of experience were derived.</summary>
    public required string LevelMethod { get; init => field = string.Intern(value); }
    public required IReadOnlyList<RoadmapStep> Roadmap { get; init; }
    public required BreakIn BreakIn { get; init; }
    /// <summary>Will there be jobs: BLS projections next to the all-occupations average.</summary>
    public required GuideOutlook Outlook { get; init; }
    /// <summary>The way in: entry requirements, education shares, programmes of study, apprenticeship.</summary>
    public required GuideEntry Entry { get; init; }
    public required GuideCredentials Credentials { get; init; }
    public required IReadOnlyList<ProCon> Pros { get; init; }
    public required IReadOnlyList<ProCon> Cons { get; init; }
    public required IReadOnlyList<RoleLink> Related { get; init; }
    public required IReadOnlyList<SourceNote> Sources { get; init; }
    /// <summary>The O*NET CC BY 4.0 attribution for the release this guide was composed from.</summary>
    public required string Attribution { get; init => field = string.Intern(value); }
    /// <summary>Why a section is empty or thin ("tasks", "skills", "technologies", "pros", "cons", "overview"), keyed by section.</summary>
    public IReadOnlyDictionary<string, string> SectionNotes { get; init; } = new Dictionary<string, string>();
    /// <summary>The career-ladder family the levels come from (docs/career-ladders.md).</summary>
    public string? LadderFamily { get; init; }
}

/// <summary>A pay figure with where it came from. <see cref="Amount"/> is null when not available.</summary>
public sealed record PayFigure(decimal? Amount, string Display, string Source, string AsOf, string? Note = null)
{
    public string Source { get; init; } = string.Intern(Source);
    public string AsOf { get; init; } = string.Intern(AsOf);
    /// <summary>BLS's hourly median, when the guide shows pay by the hour (hourly-only occupations, or work usually paid hourly).</summary>
    public decimal? Hourly { get; init; }
    /// <summary>"$29.97 an hour" beside the annual display; null when there is none or the display is already hourly.</summary>
    public string? HourlyDisplay { get; init; }

    /// <summary>The display with the hourly figure beside it: "$62,350 ($29.97 an hour)".</summary>
    public string WithHourly() => HourlyDisplay is { } h ? $"{Display} ({h})" : Display;

    /// <summary>"Source, as-of", without repeating a release the source already names ("…, May 2025, May 2025").</summary>
    public string Cited() => Source.EndsWith(AsOf, StringComparison.Ordinal) ? Source : $"{Source}, {AsOf}";
}

/// <summary>BLS annual wage percentiles as shown on a guide.</summary>
public sealed record WageDistribution
{
    public required string Soc { get; init; }
    public required string SocTitle { get; init; }
    public required string Release { get; init; }
    public decimal? P10 { get; init; }
    public decimal? P25 { get; init; }
    public decimal? Median { get; init; }
    public decimal? P75 { get; init; }
    public decimal? P90 { get; init; }
    /// <summary>Each percentile and the mean as readers see them ("$67,240", "≥ $239,200", "not available").</summary>
    public required Ladder.Occupations.Percentiles<string> Display { get; init; }
    public decimal? Employment { get; init; }
    public required string EmploymentDisplay { get; init; }
    public decimal? MedianChangePercent { get; init; }
    public string? PreviousRelease { get; init; }
    public string? Note { get; init; }
    /// <summary>BLS's hourly percentiles, when the guide shows pay by the hour; null otherwise.</summary>
    public HourlyWages? Hourly { get; init; }
}

public sealed record GuideTechnology(string Name, string Category, bool Hot, bool InDemand);

/// <summary>A ranked skill and the group it belongs to.</summary>
public sealed record GuideSkill(string Name, string Kind, SkillGroup Group, double? Importance, double? Level, double Score, string Source)
{
    public string Source { get; init; } = string.Intern(Source);
}

public sealed record GuideLevel
{
    /// <summary>The stage's place on the shared scale (JSON "junior" … "lead"); <see cref="Label"/> is its name in the family.</summary>
    public required CareerLevel Name { get; init; }
    public required string Label { get; init; }
    public required string Years { get; init => field = string.Intern(value); }
    public decimal? PayLow { get; init; }
    public decimal? PayHigh { get; init; }
    /// <summary>The stage's range in dollars an hour, from BLS's hourly percentiles, when the guide shows hourly pay.</summary>
    public decimal? HourlyLow { get; init; }
    public decimal? HourlyHigh { get; init; }
    public required string PayDisplay { get; init; }
    /// <summary>"$33.14 – $38.62 an hour" beside the annual payDisplay for work usually paid by the hour; null otherwise.</summary>
    public string? HourlyPayDisplay { get; init; }
    public required string PaySource { get; init => field = string.Intern(value); }
    public required IReadOnlyList<string> Responsibilities { get; init; }
}

public sealed record RoadmapStep(int Step, string Title, string Detail)
{
    public string Title { get; init; } = string.Intern(Title);
    public string Detail { get; init; } = string.Intern(Detail);
}

public sealed record BreakIn
{
    public required string Education { get; init => field = string.Intern(value); }
    public int? JobZone { get; init; }
    public required string JobZoneSummary { get; init => field = string.Intern(value); }
    public required IReadOnlyList<EducationLevelShare> EducationShares { get; init; }
    public required IReadOnlyList<RoleLink> FromRoles { get; init; }
    public required string Advice { get; init => field = string.Intern(value); }
    /// <summary>Entry-level titles to search for; empty when the occupation has none (then <see cref="EntryNote"/> says how people get there).</summary>
    public IReadOnlyList<string> EntryTitles { get; init; } = [];
    public string? EntryNote { get; init; }

    /// <summary>What every surface says when no inbound move is listed: the guide keeps only moves that are no pay cut
    /// for the mover and need no new schooling.</summary>
    public const string NoFromRoles = "not available: every move into this role that Ladder ranks is a pay cut for the mover or needs new schooling";

    /// <summary>
    /// Why <see cref="FromRoles"/> is empty when the reason is the route itself: where the licence decision's training
    /// is a residency, the way in is a degree and the residency, not another job. Null when roles are listed.
    /// </summary>
    public string? FromRolesNote { get; init; }

    /// <summary>
    /// The way in the occupation's Handbook page names (content/occupations/routes.yaml), shown before the observed moves
    /// in <see cref="FromRoles"/>; null where the page names none.
    /// </summary>
    public GuideRoute? Route { get; init; }

    /// <summary>
    /// How to read <see cref="FromRoles"/> where the work needs a licence earned through a programme, an academy or an
    /// apprenticeship and some of the roles listed do not hold it (cashiers and baristas into barbering): they are real
    /// moves, but the mover still takes that route first. Null where no listed role needs it.
    /// </summary>
    public string? FromRolesCaveat { get; init; }

    /// <summary>The roles people move from, joined for text ("; ": titles hold commas) and followed by <see cref="FromRolesCaveat"/>, else <see cref="FromRolesNote"/> or <see cref="NoFromRoles"/>.</summary>
    public string FromRolesText => FromRoles.Count > 0
        ? string.Join("; ", FromRoles.Select(r => r.Title)) + (FromRolesCaveat is { } caveat ? $". {caveat}" : "")
        : FromRolesNote ?? NoFromRoles;
}

/// <summary>
/// "The Handbook's usual route: experience as Network and Computer Systems Administrators": the occupations the
/// Handbook names (<see cref="Roles"/>, linked) and/or its <see cref="Note"/>, then the licence the work requires when the
/// route does not carry it (content/licences), with the page and the month the entry was checked against it.
/// </summary>
public sealed record GuideRoute
{
    /// <summary>The whole sentence for text surfaces: "The Handbook's usual route: …".</summary>
    public required string Text { get; init; }
    public required IReadOnlyList<RoleLink> Roles { get; init; }
    public string? Note { get; init; }
    /// <summary>What follows the route before the work, never a licence ("a paramedic education programme").</summary>
    public string? Then { get; init; }
    /// <summary>", then the nail technician or cosmetology licence from the state cosmetology board": the licence the route still needs; null when none.</summary>
    public string? Licence { get; init; }
    public required string Page { get; init; }
    public required string Source { get; init; }
    public required string Reviewed { get; init; }

    /// <summary>The words before the <paramref name="i"/>-th role: "experience as ", ", " or " or " (semicolons when a title
    /// holds a comma or an "and", which would blur where one title ends).</summary>
    public string Before(int i)
    {
        var semicolons = Roles.Any(r => r.Title.Contains(',') || r.Title.Contains(" and ", StringComparison.Ordinal));
        return i == 0 ? "experience as " : i < Roles.Count - 1 ? (semicolons ? "; " : ", ") : semicolons ? "; or " : " or ";
    }

    /// <summary>The words before the note: "; or " after roles, nothing alone.</summary>
    public string BeforeNote => Roles.Count > 0 ? "; or " : "";

    /// <summary>"experience as A, B or C; or {note}, then {then}, then the {licence}": the route without its citation, as plain text.</summary>
    public string Phrase() =>
        string.Concat(Roles.Select((r, i) => Before(i) + r.Title)) + (Note is { } n ? BeforeNote + n : "") + After;

    /// <summary>", then {then}, then the {licence}": what the route still needs before the work.</summary>
    public string After => (Then is { } t ? ", then " + t : "") + Licence;

    /// <summary>True when <paramref name="entryNote"/> already says the route, so a surface does not repeat it.</summary>
    public bool IsIn(string? entryNote) => entryNote?.Contains(Text, StringComparison.Ordinal) == true;

    /// <summary>What every surface writes before the route.</summary>
    public const string Lead = "The Handbook's usual route: ";
}

public sealed record EducationLevelShare(string Level, double Percent)
{
    public string Level { get; init; } = string.Intern(Level);
}

/// <summary>A pro or con with the reason the reader can check.</summary>
public sealed record ProCon(string Text, string Reason)
{
    public string Text { get; init; } = string.Intern(Text);
    public string Reason { get; init; } = string.Intern(Reason);
}

/// <summary>A link to another guide, with why it is linked.</summary>
public sealed record RoleLink(string Slug, string Title, string? Code, string Relation, string CompareSlug)
{
    public string Relation { get; init; } = string.Intern(Relation);
}

public sealed record SourceNote(string Section, string Source, string AsOf, string? Url = null)
{
    public string Section { get; init; } = string.Intern(Section);
    public string Source { get; init; } = string.Intern(Source);
    public string AsOf { get; init; } = string.Intern(AsOf);

    /// <summary>"as of May 2025", or the unchecked note itself: "as of not yet checked …" is not English.</summary>
    public string AsOfPhrase => AsOf == GuideCredential.UncheckedText ? AsOf : $"as of {AsOf}";
}
