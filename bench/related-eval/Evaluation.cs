using System.Globalization;
using Ladder.Catalog;
using Ladder.Matching;
using Ladder.Occupations;

namespace Ladder.RelatedEval;

internal static class Evaluation
{
    private static bool IsPrimary(RelatedOccupation r) => r.Tier is "Primary-Short" or "Primary-Long";

    /// <summary>
    /// The two halves for checking that weights chosen on one generalise: "even" occupations have an even last digit of
    /// the six-digit SOC code (11-1011 → 1, odd). The defaults were tuned looking at the even half only.
    /// </summary>
    public static bool EvenHalf(Occupation o) => (o.Code.Value[6] - '0') % 2 == 0;

    public static int Graded(LadderCatalog catalog) => catalog.Occupations.Count(o => o.Related.Any(IsPrimary));

    /// <summary>Mean over graded occupations of |top 10 by score ∩ Primary related| / |Primary related|.</summary>
    public static double Recall(LadderCatalog catalog, MatchingWeights weights, Func<Occupation, bool>? include = null)
    {
        var space = SkillSpace.Build(catalog, weights);
        var scores = new float[space.Profiles.Count];
        var scratch = new float[space.Features.Count];
        var occupationProfiles = space.Profiles.Where(p => !p.Role.IsCurated).ToArray();
        double total = 0;
        int graded = 0;
        foreach (var from in occupationProfiles)
        {
            var primary = from.Role.Primary.Related.Where(IsPrimary).Select(r => r.Code.Value).ToHashSet(StringComparer.Ordinal);
            if (primary.Count == 0 || include?.Invoke(from.Role.Primary) == false) continue;
            space.ScoreFrom(from, scores, scratch);
            total += RecallAt10(occupationProfiles.Where(p => p != from).OrderByDescending(p => scores[p.Ordinal]).ThenBy(p => p.Role.Code, StringComparer.Ordinal)
                .Take(10).Select(p => p.Role.Code), primary);
            graded++;
        }
        return total / graded;
    }

    private static double RecallAt10(IEnumerable<string> top, HashSet<string> primary) => (double)top.Count(primary.Contains) / primary.Count;

    /// <summary>
    /// The baseline the issue names: one plain cosine over skills, knowledge and technologies, with no centring on
    /// Ladder's terms, no IDF and no other data. Joined naively (raw importance × level beside binary technologies) the
    /// ~20–100 technologies swamp the 0–1 ratings and it scores 0.157, which is unfair to it; so each block is
    /// L2-normalised before they are joined, so they count equally. With <paramref name="standardized"/> the ratings are
    /// first z-scored per element across occupations (skills and knowledge as one block, technologies the other): the
    /// stronger of the two, used as the headline baseline.
    /// </summary>
    public static double BaselineRecall(LadderCatalog catalog, bool standardized, Func<Occupation, bool>? include = null)
    {
        var occupations = catalog.Occupations;
        var ratings = occupations.SelectMany(o => o.Skills.Concat(o.Knowledge)).GroupBy(s => s.ElementId).ToDictionary(g => g.Key, g =>
        {
            // Occupations that do not rate an element count as 0 for it.
            var values = g.Select(s => s.Weight).Concat(Enumerable.Repeat(0.0, occupations.Count - g.Count())).ToList();
            var mean = values.Average();
            return (Mean: mean, Sd: Math.Sqrt(values.Average(x => (x - mean) * (x - mean))));
        });
        var vectors = occupations.Select(o =>
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            if (standardized)
            {
                var rated = o.Skills.Concat(o.Knowledge).ToDictionary(s => s.ElementId, s => s.Weight);
                AddUnit(v, ratings.Where(r => r.Value.Sd > 0).Select(r => ("r:" + r.Key, (rated.GetValueOrDefault(r.Key) - r.Value.Mean) / r.Value.Sd)));
            }
            else
            {
                AddUnit(v, o.Skills.Select(s => ("s:" + s.ElementId, s.Weight)));
                AddUnit(v, o.Knowledge.Select(k => ("k:" + k.ElementId, k.Weight)));
            }
            AddUnit(v, o.Technologies.Select(t => "t:" + t.Name).Distinct().Select(t => (t, 1.0)));
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return (Occupation: o, Vector: norm > 0 ? v.ToDictionary(kv => kv.Key, kv => kv.Value / norm) : v);
        }).ToList();
        double total = 0;
        int count = 0;
        foreach (var a in vectors)
        {
            var primary = a.Occupation.Related.Where(IsPrimary).Select(r => r.Code.Value).ToHashSet(StringComparer.Ordinal);
            if (primary.Count == 0 || include?.Invoke(a.Occupation) == false) continue;
            var top = vectors.Where(b => b.Occupation != a.Occupation)
                .Select(b => (b.Occupation.Code.Value, Score: a.Vector.Sum(kv => kv.Value * b.Vector.GetValueOrDefault(kv.Key))))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Value, StringComparer.Ordinal).Take(10).Select(x => x.Value);
            total += RecallAt10(top, primary);
            count++;
        }
        return total / count;
    }

    private static void AddUnit(Dictionary<string, double> v, IEnumerable<(string Key, double Value)> block)
    {
        var list = block.ToList();
        var norm = Math.Sqrt(list.Sum(x => x.Value * x.Value));
        if (norm <= 0) return;
        foreach (var (key, value) in list) v[key] = value / norm;
    }

    public static IEnumerable<(string Name, MatchingWeights Weights)> DropOne(MatchingWeights d)
    {
        yield return ("skills+knowledge", d with { SkillsKnowledge = 0 });
        yield return ("technologies", d with { Technologies = 0 });
        yield return ("technology categories", d with { TechnologyCategories = 0 });
        yield return ("work activities (DWAs)", d with { WorkActivities = 0 });
        yield return ("interests (RIASEC)", d with { Interests = 0 });
        yield return ("task text (TF-IDF)", d with { TaskText = 0 });
        yield return ("title words (TF-IDF)", d with { Titles = 0 });
        yield return ("job zone", d with { JobZone = 0 });
        yield return ("occupation family (SOC group)", d with { OccupationFamily = 0 });
        yield return ("level-gap penalty", d with { LevelGapPenalty = 0 });
        yield return ("hot/in-demand boost", d with { HotBoost = 0, InDemandBoost = 0 });
    }

    public static IEnumerable<(string Name, MatchingWeights Weights)> OnlyOne(MatchingWeights d)
    {
        var none = d with
        {
            SkillsKnowledge = 0, Technologies = 0, TechnologyCategories = 0, WorkActivities = 0, Interests = 0, TaskText = 0, Titles = 0,
            JobZone = 0, OccupationFamily = 0, LevelGapPenalty = 0,
        };
        yield return ("skills+knowledge", none with { SkillsKnowledge = 1 });
        yield return ("technologies", none with { Technologies = 1 });
        yield return ("technology categories", none with { TechnologyCategories = 1 });
        yield return ("work activities (DWAs)", none with { WorkActivities = 1 });
        yield return ("interests (RIASEC)", none with { Interests = 1 });
        yield return ("task text (TF-IDF)", none with { TaskText = 1 });
        yield return ("title words (TF-IDF)", none with { Titles = 1 });
        yield return ("occupation family (SOC group)", none with { OccupationFamily = 1 });
    }

    /// <summary>A coarse search over the main weights, for choosing the defaults (prints, does not change them).</summary>
    public static void Grid(LadderCatalog catalog, MatchingWeights d)
    {
        foreach (var fam in new[] { 0.05, 0.1, 0.2, 0.3 })
        foreach (var pen in new[] { 0.0, 0.1, 0.2 })
        foreach (var interests in new[] { 0.1, 0.2 })
        {
            var w = d with { OccupationFamily = fam, LevelGapPenalty = pen, Interests = interests };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"grid family={fam} penalty={pen} interests={interests}: {Recall(catalog, w):0.000}"));
        }
    }
}
