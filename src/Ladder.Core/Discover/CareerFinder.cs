using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Interests;
using Ladder.Matching;
using Ladder.Outlook;

namespace Ladder.Discover;

/// <summary>What the career finder answers: the listed occupations and how many were weighed.</summary>
/// <remarks>
/// <para>Ranked: Occupations with an O*NET interest profile (the rest cannot be ranked by interest).</para>
/// <para>Matching: How many of those passed the filters.</para>
/// </remarks>
public sealed record DiscoverResult(DiscoverQuery Query, IReadOnlyList<CareerFit> Items, int Ranked, int Matching, int WithoutProfile);

/// <summary>
/// Ranks every occupation by how well its O*NET interest profile fits a reader's (docs/discover.md). Built once per
/// catalog; thread-safe. The static site's script (assets/discover.js) ranks the same way and a test holds them equal.
/// </summary>
public sealed class CareerFinder
{
    private readonly LadderCatalog _catalog;
    private readonly Entry[] _entries;

    private sealed record Entry(OccupationInterests Interests, Role Role, double[] Centred, double Norm, string OutlookKey, int? JobZone);

    public CareerFinder(LadderCatalog catalog)
    {
        _catalog = catalog;
        _entries = catalog.Interests.Profiles
            .Select(p => (Profile: p, Role: catalog.RoleForCode(p.Code)))
            .Where(x => x.Role is not null)
            .Select(x =>
            {
                var centred = Centre(x.Profile.Scores);
                return new Entry(x.Profile, x.Role!, centred, Norm(centred), RoleOutlookFacts.For(catalog, x.Role!).VerdictKey, x.Role!.Primary.JobZone);
            }).ToArray();
        Questionnaire = Questionnaire.From(catalog.Interests);
    }

    public Questionnaire Questionnaire { get; }

    /// <summary>The fit measure in one paragraph, for pages, the API and the terminal.</summary>
    public const string Method =
        "Fit is the correlation between your six interest scores and the occupation's O*NET occupational interest profile (its six OI scores, 1–7): " +
        "1 means the two rise and fall together across the six areas, 0 that they are unrelated. Occupations are listed by fit to two decimals; " +
        "equal fits list first those whose first O*NET interest high-point is your top area, then those sharing more of their high-points with your top three areas.";

    /// <summary>The job zones the catalog's occupations use, lowest first (a release may merge zones, as O*NET's "Job Zone 1-2").</summary>
    public IReadOnlyList<int> JobZones => _entries.Select(e => e.JobZone).OfType<int>().Distinct().Order().ToList();

    /// <summary>
    /// Every profiled occupation, filtered and ranked: by fit rounded to two decimals, then by whether its first
    /// high-point is the reader's top area, then by how many of its high-points are among the reader's top three, then by
    /// code. <paramref name="current"/> and <paramref name="space"/> add how close each listed move is.
    /// </summary>
    public DiscoverResult Find(DiscoverQuery query, Role? current = null, SkillSpace? space = null)
    {
        var person = Centre(query.Profile.Scores);
        var personNorm = Norm(person);
        var top = query.Profile.Ranked;
        var first = top[0].Index;
        var topThree = top.Take(3).Select(a => a.Index).ToArray();
        var scored = new List<(Entry Entry, double Fit, int Percent, int FirstMatch, int Shared)>(_entries.Length);
        foreach (var e in _entries)
        {
            if (query.JobZone is { } zone && e.JobZone != zone) continue;
            if (query.Outlook is { } outlook && !RoleOutlookFilter.MatchesOutlook(outlook, e.OutlookKey)) continue;
            if (query.MinimumPay is { } min && !(query.Pay.Median(e.Role) >= min)) continue;
            if (query.WorkValues.Count > 0 && !(_catalog.Interests.WorkValuesOf(e.Interests.Code)?.HighPoints.Any(query.WorkValues.Contains) ?? false)) continue;
            double dot = 0;
            for (int i = 0; i < InterestArea.Count; i++) dot += person[i] * e.Centred[i];
            var fit = e.Norm == 0 ? 0 : dot / (personNorm * e.Norm);
            var shared = 0;
            foreach (var hp in e.Interests.HighPoints) if (Array.IndexOf(topThree, hp.Index) >= 0) shared++;
            scored.Add((e, fit, (int)Math.Floor(fit * 100 + 0.5), e.Interests.First?.Index == first ? 1 : 0, shared));
        }
        scored.Sort((a, b) => a.Percent != b.Percent ? b.Percent.CompareTo(a.Percent)
            : a.FirstMatch != b.FirstMatch ? b.FirstMatch.CompareTo(a.FirstMatch)
            : a.Shared != b.Shared ? b.Shared.CompareTo(a.Shared)
            : string.CompareOrdinal(a.Entry.Interests.Code, b.Entry.Interests.Code));
        var items = scored.Take(query.Limit).Select(s => Describe(s.Entry, s.Percent / 100.0, query)).ToList();
        if (current is not null && space is not null) items = WithMoves(items, current, space);
        var withoutProfile = _catalog.Occupations.Count - _entries.Length;
        return new DiscoverResult(query, items, _entries.Length, scored.Count, withoutProfile);
    }

    private CareerFit Describe(Entry e, double fit, DiscoverQuery query)
    {
        var person = query.Profile;
        var mine = person.Ranked.Take(3).Where(a => person[a] > InterestProfile.Max / 2).ToList();
        var theirs = e.Interests.HighPoints.ToList();
        var shared = mine.Where(theirs.Contains).ToList();
        var facts = RoleOutlookFacts.For(_catalog, e.Role);
        var zone = _catalog.JobZone(e.JobZone);
        return new CareerFit(e.Role, e.Interests, fit, shared, Why(shared, theirs),
            _catalog.Interests.WorkValuesOf(e.Interests.Code)?.HighPoints ?? [], query.Pay.Median(e.Role), query.Pay.Display(e.Role),
            facts.VerdictKey, facts.Verdict, facts.ChangePercent, e.JobZone, zone?.Name ?? "not rated by O*NET", LicenceFor(e.Role));
    }

    private static string Why(IReadOnlyList<InterestArea> shared, IReadOnlyList<InterestArea> theirs)
    {
        var points = theirs.Count == 0 ? "O*NET names no interest high-points for it" : $"its O*NET interest high-points are {List(theirs)}";
        return shared.Count == 0
            ? $"Its mix of the six interests is close to yours, though {points}, none of them one of your top areas."
            : $"You rate {List(shared)} highly, and {points}.";
    }

    private static string List(IReadOnlyList<InterestArea> areas) => areas.Count switch
    {
        1 => areas[0].Name,
        2 => $"{areas[0].Name} and {areas[1].Name}",
        _ => string.Join(", ", areas.Take(areas.Count - 1).Select(a => a.Name)) + " and " + areas[^1].Name,
    };

    /// <summary>
    /// The one place the career finder asks which licence an occupation takes: the occupation's (or curated role's) licence
    /// decision in content/licences, the same record its guide reads. "none required" where the decision is that no
    /// licence exists; the credential with "only for …" where it covers part of the work; null where nothing is decided.
    /// </summary>
    internal string? LicenceFor(Role role)
    {
        if (_catalog.Outlook.Licences.For(role) is not { } decision) return null;
        return decision.Kind switch
        {
            Licences.LicenceKind.None => NoneRequired,
            Licences.LicenceKind.SomeWork => decision.OnlyFor is { } only ? $"{decision.Credential} ({only})" : decision.Credential,
            Licences.LicenceKind.SomeStates => decision.Credential is { } c ? $"{c} (some states)" : null,
            _ => decision.Credential,
        };
    }

    /// <summary>What <see cref="CareerFit.Licence"/> says when the licence decision is that no licence is required.</summary>
    public const string NoneRequired = "none required";

    private static List<CareerFit> WithMoves(List<CareerFit> items, Role current, SkillSpace space)
    {
        var from = space.ProfileOf(current);
        var scores = new float[space.Profiles.Count];
        space.ScoreFrom(from, scores, new float[space.Features.Count]);
        return items.Select(item =>
        {
            if (item.Role.Slug == current.Slug || space.Profile(item.Role) is not { } to) return item;
            var score = Math.Round((double)scores[to.Ordinal], 1);
            int? zoneChange = from.JobZone is { } za && to.JobZone is { } zb ? zb - za : null;
            var barrier = TransitionBarrier.For(space.Catalog, current, item.Role, zoneChange).Count > 0;
            return item with { Move = new MoveCloseness(current.Slug, current.Title, score, TransitionAnalyzer.Verdict(score, zoneChange, barrier)) };
        }).ToList();
    }

    private static double[] Centre(IReadOnlyList<double> scores)
    {
        double mean = 0;
        for (int i = 0; i < InterestArea.Count; i++) mean += scores[i];
        mean /= InterestArea.Count;
        var result = new double[InterestArea.Count];
        for (int i = 0; i < InterestArea.Count; i++) result[i] = scores[i] - mean;
        return result;
    }

    private static double Norm(double[] centred)
    {
        double sum = 0;
        for (int i = 0; i < InterestArea.Count; i++) sum += centred[i] * centred[i];
        return Math.Sqrt(sum);
    }
}
