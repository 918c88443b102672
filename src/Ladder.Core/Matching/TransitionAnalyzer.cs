using Ladder.Catalog;
using Ladder.Guides;
using Ladder.Occupations;

namespace Ladder.Matching;

/// <summary>Explains a move A → B from the skill space and the catalog's wage and education data.</summary>
public static class TransitionAnalyzer
{
    /// <summary>A skill or knowledge area counts as important to a role at O*NET importance 3 ("important") or more.</summary>
    public const double ImportantAt = 3.0;

    /// <summary>
    /// A level this far below B's still counts as shared where O*NET publishes no standard error for either level;
    /// O*NET levels are survey means, not exact.
    /// </summary>
    public const double LevelTolerance = 0.5;

    /// <summary>
    /// How far below B's level A's may sit and still count as shared: the standard error of the difference of the two
    /// O*NET means (√(se_A² + se_B²)), so a gap is only called one when it is larger than O*NET's own uncertainty;
    /// <see cref="LevelTolerance"/> where either standard error is missing.
    /// </summary>
    internal static double SharedWithin(RoleProfile a, RoleProfile b, int element)
    {
        var ea = a.LevelErrors.Length > element ? a.LevelErrors[element] : 0;
        var eb = b.LevelErrors.Length > element ? b.LevelErrors[element] : 0;
        return ea > 0 && eb > 0 ? Math.Sqrt(ea * ea + eb * eb) : LevelTolerance;
    }

    /// <summary>
    /// Verdict thresholds: a close move needs this score and at most one job zone step up. They give the verdicts the
    /// same share of all ordered pairs as 50 and 30 did before the text blocks lowered the scale (top 0.8% and 7.6%);
    /// docs/matching.md.
    /// </summary>
    public const double CloseMoveAt = 28, StretchAt = 14;

    public static Transition Analyze(SkillSpace space, Role from, Role to) => Analyze(space, from, to, technologies: true);

    /// <summary>Without <paramref name="technologies"/>, the technologies shared and missing are left empty and nothing else changes.</summary>
    internal static Transition Analyze(SkillSpace space, Role from, Role to, bool technologies)
    {
        var a = space.ProfileOf(from);
        var b = space.ProfileOf(to);
        var breakdown = space.Explain(a, b);
        var (shared, missing) = Skills(space, a, b);
        var aTech = technologies ? Technologies(space, a).Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var bTech = technologies ? Technologies(space, b) : [];
        int? zoneChange = a.JobZone is { } za && b.JobZone is { } zb ? zb - za : null;
        var barriers = TransitionBarrier.For(space.Catalog, from, to, zoneChange);
        var verdict = Verdict(breakdown.Score, zoneChange, barriers.Count > 0);
        var transition = new Transition
        {
            From = Ref(from),
            To = Ref(to),
            Score = breakdown.Score,
            Breakdown = breakdown,
            Verdict = verdict,
            Summary = "",
            Barriers = barriers,
            SharedSkills = shared,
            MissingSkills = missing,
            SharedTechnologies = bTech.Where(t => aTech.Contains(t.Name)).Select(t => t.Name).ToList(),
            MissingTechnologies = bTech.Where(t => !aTech.Contains(t.Name)).Select(t => t.Name).ToList(),
            Pay = Pay(space.Catalog, from, to),
            JobZoneFrom = a.JobZone,
            JobZoneTo = b.JobZone,
            JobZoneChange = zoneChange,
            EducationFrom = TypicalEducation(space.Catalog, from.Primary),
            EducationTo = TypicalEducation(space.Catalog, to.Primary),
            CredentialsNeeded = CredentialGap.Between(space.Catalog, from, to),
        };
        var move = MoveVerdicts.For(space.Catalog, from, to, transition);
        return transition with { Move = move, Summary = $"{move.Headline}. {move.Because}" };
    }

    public static string Verdict(double score, int? zoneChange) => Verdict(score, zoneChange, barrier: false);

    /// <summary>A move with a barrier (licence, residency, two more job zones) is at best a stretch, whatever its score.</summary>
    public static string Verdict(double score, int? zoneChange, bool barrier) =>
        score >= CloseMoveAt && (zoneChange ?? 0) <= 1 && !barrier ? "close move" : score >= StretchAt || (barrier && score >= CloseMoveAt) ? "stretch" : "retraining";

    public static RoleRef Ref(Role role) => new(role.Slug, role.Title, role.Code, role.Kind, role.Domain);

    /// <summary>Skills important to B: shared when A is within <see cref="LevelTolerance"/> of B's level, else missing.</summary>
    internal static (List<SkillLevel> Shared, List<SkillLevel> Missing) Skills(SkillSpace space, RoleProfile a, RoleProfile b)
    {
        var shared = new List<SkillLevel>();
        var missing = new List<SkillLevel>();
        if (!b.HasRatings) return (shared, missing);
        for (int e = 0; e < space.SkillCount; e++)
        {
            if (b.Importance[e] < ImportantAt) continue;
            var feature = space.Features[e];
            var kind = feature.Kind == FeatureKind.Skill ? "skill" : "knowledge";
            double? fromLevel = a.HasRatings ? Math.Round(a.Levels[e], 2) : null;
            var toLevel = Math.Round(b.Levels[e], 2);
            var gap = Math.Round(toLevel - (fromLevel ?? 0), 2);
            var twin = space.FindFeature(feature.Kind == FeatureKind.Skill ? FeatureKind.Knowledge : FeatureKind.Skill, feature.Name) is not null;
            var held = a.HasRatings && gap <= SharedWithin(a, b, e);
            // A skill A already rates important is one A has, at a lower level: it is to deepen, never "lacking" (a
            // teacher has Education and Training, a training specialist needs more of it).
            var deepen = !held && a.HasRatings && a.Importance[e] >= ImportantAt;
            var label = deepen ? $"{feature.Name} (deepen{(twin ? ", " + kind : "")})" : twin ? $"{feature.Name} ({kind})" : feature.Name;
            var item = new SkillLevel(feature.Name, kind, Math.Round(b.Importance[e], 2), fromLevel, toLevel, gap) { Label = label };
            if (held) shared.Add(item);
            else missing.Add(item);
        }
        shared.Sort((x, y) => y.Importance.CompareTo(x.Importance));
        // What matters most for B first: how far above the average occupation B needs it (importance × level, centred),
        // basic skills such as reading and listening last, so "learn Reading Comprehension" never leads a move.
        missing = missing.OrderBy(m => GapAnalyzer.IsBasic(m.Name)).ThenByDescending(m => Distinctive(space, b, m))
            .ThenByDescending(m => m.LevelGap).ThenBy(m => m.Label, StringComparer.Ordinal).ToList();
        return (shared, missing);
    }

    private static double Distinctive(SkillSpace space, RoleProfile b, SkillLevel m)
    {
        var e = space.FindFeature(m.Kind == "skill" ? FeatureKind.Skill : FeatureKind.Knowledge, m.Name);
        return e is { } i ? b.Importance[i] / 5.0 * (b.Levels[i] / 7.0) - space.SkillMeans[i] : 0;
    }

    /// <summary>
    /// A role's technologies as its guide shows them (curated tools first, then O*NET's that the guide shows, in its
    /// evidence order): without the software nearly every employer runs, since telling a retail worker moving to
    /// cashier that Firefox is missing, or a gap check that SAP is, says nothing about the move; and without strays the
    /// guide leaves out, so a gap check never tells a nursing assistant to learn Apache Spark.
    /// </summary>
    /// <remarks>Ranked once per profile and kept: transitions and gap queries ask for the same roles again and again.</remarks>
    internal static IReadOnlyList<Feature> Technologies(SkillSpace space, RoleProfile p) =>
        p.RankedTechnologies ??= RankAsGuide(space, p);

    private static Feature[] RankAsGuide(SkillSpace space, RoleProfile p)
    {
        var primary = p.Role.Primary;
        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var tool in p.Role.Curated?.Tools ?? []) order.TryAdd(tool, order.Count);
        foreach (var t in GuideEvidence.For(space.Catalog).ShownTechnologies(primary)) order.TryAdd(t.Name, order.Count);
        return p.Block(SimilarityBlock.Technologies).Select(x => space.Features[x.Index])
            .Where(f => order.ContainsKey(f.Name) && !OfficeWork.IsGenericFor(space.Catalog.WorkKindOf(primary.Code), f.Name))
            .OrderBy(f => order.GetValueOrDefault(f.Name, int.MaxValue)).ThenBy(f => f.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Pay change at the median and at the midpoint of each level, using the same level ranges the guides show.</summary>
    internal static PayChange Pay(LadderCatalog catalog, Role from, Role to)
    {
        var a = from.MedianPay;
        var b = to.MedianPay;
        var composer = new GuideComposer(catalog);
        var la = composer.LevelPay(from);
        var lb = composer.LevelPay(to);
        var levels = new List<LevelPayChange>(4);
        // Families have two to four stages; stages are compared by their place on the shared scale (junior … lead).
        foreach (var name in PayLadder.LevelNames)
        {
            var ma = la.Where(l => l.Name == name).Select(x => Midpoint((x.Low, x.High))).FirstOrDefault();
            var mb = lb.Where(l => l.Name == name).Select(y => Midpoint((y.Low, y.High))).FirstOrDefault();
            levels.Add(new LevelPayChange(name, ma, mb, ma is { } p1 && mb is { } p2 ? p2 - p1 : null));
        }
        return new PayChange(a, b, a is { } p && b is { } q ? q - p : null, levels);
    }

    private static decimal? Midpoint((decimal? Low, decimal? High) level) =>
        level.Low is { } low && level.High is { } high ? Math.Round((low + high) / 2m, 0) : null;

    /// <summary>
    /// BLS's typical entry education for the occupation's own row (Employment Projections), the figure the guide follows; else the education level
    /// most workers in O*NET's survey report needing; else what the job zone usually needs. O*NET's survey can sit far
    /// from BLS's figure ("Doctoral Degree" for hearing aid specialists, whom BLS gives a high school diploma), and the
    /// compare page and the guide must not disagree.
    /// </summary>
    public static string? TypicalEducation(LadderCatalog catalog, Occupation o)
    {
        // Only the occupation's own BLS row: a broader group's (registered nurses' bachelor's for clinical nurse
        // specialists) would understate a specialty's schooling.
        if (catalog.Outlook.ProjectionFor(o.Code) is { } match && match.Group(o.Code) is null && match.Projection.EntryEducation is { } bls) return bls;
        var top = o.Education.OrderByDescending(e => e.Percent).FirstOrDefault();
        if (top is null) return catalog.JobZone(o.JobZone)?.Education;
        var dash = top.Level.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? top.Level[..dash] : top.Level;
    }
}
