using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// Measures a person against a role's key requirements: its skills and knowledge rated important (up to
/// <see cref="KeySkills"/>, by importance × level) and its top <see cref="KeyTechnologies"/> technologies.
/// Skills and technologies each carry half the match percentage when the role has both.
/// </summary>
public sealed class GapAnalyzer
{
    private readonly SkillSpace space;
    // Every role's key requirements, computed once: the closest-roles ranking reads all of them per query.
    private readonly Lazy<List<Requirement>[]> _requirements;

    public GapAnalyzer(SkillSpace space)
    {
        this.space = space;
        _requirements = new(() => space.Profiles.Select(Requirements).ToArray());
    }

    public const int KeySkills = 12, KeyTechnologies = 12, ClosestCount = 10;

    /// <summary>What the person has: canonical names, and for a role their O*NET levels.</summary>
    public sealed record Person(IReadOnlySet<string> Names, RoleProfile? Role);

    public static Person FromHits(IEnumerable<SkillHit> hits) => new(hits.Select(h => h.Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase), null);

    public Person FromRole(Role role)
    {
        var p = space.ProfileOf(role);
        var names = p.Block(SimilarityBlock.Technologies).Select(x => space.Features[x.Index].Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Person(names, p);
    }

    public GapReport Analyze(Role target, Person person, string source, Extraction? extraction = null)
    {
        var b = space.ProfileOf(target);
        var requirements = _requirements.Value[b.Ordinal];
        var have = Features(person);
        var matched = requirements.Where(r => Has(person, have, r, b)).Select(r => r.Item).ToList();
        var missingRequirements = requirements.Where(r => !Has(person, have, r, b)).ToList();
        var missing = missingRequirements.Select(r => r.Item).ToList();
        var closest = space.Profiles
            .Where(p => p.Ordinal != b.Ordinal && (person.Role is null || p.Ordinal != person.Role.Ordinal))
            .Select(p => (p, Match(person, have, _requirements.Value[p.Ordinal], p)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.p.Role.Slug, StringComparer.Ordinal)
            .Take(ClosestCount).Select(x => new ClosestRole(TransitionAnalyzer.Ref(x.p.Role), x.Item2)).ToList();
        string? note = null;
        if (person.Names.Count == 0 && person.Role is null)
            note = "No skill or technology in the input was recognised, so nothing matches yet; the plan below is the whole role.";
        return new GapReport
        {
            Target = TransitionAnalyzer.Ref(target),
            Source = source,
            MatchPercent = Match(person, have, requirements, b),
            Overlap = $"{matched.Count} of {requirements.Count} key skills and technologies",
            Matched = matched,
            Missing = missing,
            LearningPlan = Plan(missingRequirements, b),
            ClosestRoles = closest,
            Recognized = extraction?.Distinct() ?? [],
            Unrecognized = extraction?.Unrecognized ?? [],
            Note = note,
            CredentialsNeeded = CredentialGap.Between(space.Catalog, person.Role?.Role, target),
        };
    }

    private sealed record Requirement(GapItem Item, int Feature, float Share);

    private List<Requirement> Requirements(RoleProfile p)
    {
        var result = new List<Requirement>(KeySkills + KeyTechnologies);
        var skills = Enumerable.Range(0, space.SkillCount).Where(e => p.Importance[e] >= TransitionAnalyzer.ImportantAt)
            .OrderByDescending(e => p.Importance[e] * p.Levels[e]).Take(KeySkills).ToList();
        var techs = TransitionAnalyzer.Technologies(space, p).Take(KeyTechnologies).ToList();
        float skillHalf = techs.Count == 0 ? 1f : skills.Count == 0 ? 0f : 0.5f;
        var skillTotal = skills.Sum(e => p.Importance[e] * p.Levels[e]);
        foreach (var e in skills)
        {
            var f = space.Features[e];
            var share = skillHalf * p.Importance[e] * p.Levels[e] / skillTotal;
            result.Add(new Requirement(new GapItem(f.Name, f.Kind == FeatureKind.Skill ? "skill" : "knowledge", Math.Round(share * 100, 1),
                Math.Round(p.Importance[e], 2), Math.Round(p.Levels[e], 2)), e, share));
        }
        for (int i = 0; i < techs.Count; i++)
        {
            // Earlier technologies (hot, in demand, curated) weigh more: 1, 1/2, 1/3 ... normalised.
            var harmonic = techs.Select((_, k) => 1f / (k + 1)).Sum();
            var share = (1f - skillHalf) * (1f / (i + 1)) / harmonic;
            result.Add(new Requirement(new GapItem(techs[i].Name, "technology", Math.Round(share * 100, 1), null, null), techs[i].Index, share));
        }
        return result;
    }

    /// <summary>The person's names as features of the space, so each requirement is one array read.</summary>
    private bool[] Features(Person person)
    {
        var have = new bool[space.Features.Count];
        foreach (var name in person.Names)
            foreach (var kind in new[] { FeatureKind.Technology, FeatureKind.Skill, FeatureKind.Knowledge })
                if (space.FindFeature(kind, name) is { } i) have[i] = true;
        return have;
    }

    /// <summary>The same rule as a transition's shared skills: A's level within O*NET's uncertainty of B's.</summary>
    private static bool Has(Person person, bool[] have, Requirement r, RoleProfile b)
    {
        if (r.Item.Kind == "technology" || person.Role is null) return have[r.Feature];
        var a = person.Role;
        return a.HasRatings && a.Levels[r.Feature] >= b.Levels[r.Feature] - TransitionAnalyzer.SharedWithin(a, b, r.Feature);
    }

    private static double Match(Person person, bool[] have, List<Requirement> requirements, RoleProfile b)
    {
        double sum = 0;
        foreach (var r in requirements) if (Has(person, have, r, b)) sum += r.Share;
        return requirements.Count == 0 ? 0 : Math.Round(100.0 * sum, 1);
    }

    /// <summary>
    /// What is distinctive first: the skills and knowledge the target needs above the all-occupation mean, most
    /// distinctive first; then the role's technologies in its order; generic skills (needed no more than by the average
    /// job, or basic skills such as reading and listening) last.
    /// </summary>
    private List<LearningStep> Plan(List<Requirement> missing, RoleProfile b)
    {
        double Above(Requirement r) => b.Importance[r.Feature] / 5.0 * (b.Levels[r.Feature] / 7.0) - space.SkillMeans[r.Feature];
        var ratings = missing.Where(m => m.Item.Kind != "technology").ToList();
        var distinctive = ratings.Where(r => !IsBasic(r.Item.Name) && Above(r) > 0).OrderByDescending(Above);
        var generic = ratings.Where(r => IsBasic(r.Item.Name) || Above(r) <= 0).OrderByDescending(Above);
        var steps = new List<LearningStep>();
        void Rated(GapItem m, string stage, string why) =>
            steps.Add(new(steps.Count + 1, stage, m.Name, m.Kind, m.Level, $"Rated important ({m.Importance:0.0}/5) at level {m.Level:0.0}/7 for the role; {why}."));
        foreach (var r in distinctive) Rated(r.Item, "distinctive", "needed well above the average occupation");
        foreach (var m in missing.Where(m => m.Item.Kind == "technology")) steps.Add(new(steps.Count + 1, "tools", m.Item.Name, m.Item.Kind, null, "Among the role's key technologies."));
        foreach (var r in generic) Rated(r.Item, "generic", "most jobs need it about as much");
        return steps;
    }

    private static readonly HashSet<string> BasicSkills = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reading Comprehension", "Active Listening", "Writing", "Speaking", "Mathematics", "Science", "Critical Thinking",
        "Active Learning", "Learning Strategies", "Monitoring", "English Language", "Customer and Personal Service", "Time Management",
        "Coordination", "Social Perceptiveness", "Judgment and Decision Making", "Complex Problem Solving",
    };

    /// <summary>Basic skills most jobs need (reading, listening …): never the first thing to learn for a move.</summary>
    internal static bool IsBasic(string name) => BasicSkills.Contains(name);
}
