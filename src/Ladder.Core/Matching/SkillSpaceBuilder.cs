using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Matching;

/// <summary>Turns the catalog into the feature vocabulary and one normalised profile per role.</summary>
internal sealed class SkillSpaceBuilder(LadderCatalog catalog, MatchingWeights weights, SkillExtractor extractor)
{
    private const int BlockCount = 7;
    private const int TaskBlock = (int)SimilarityBlock.TaskText, TitleBlock = (int)SimilarityBlock.Titles;
    private readonly Dictionary<string, int>[] _local = Enumerable.Range(0, BlockCount)
        .Select(b => new Dictionary<string, int>(b >= TaskBlock ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)).ToArray();
    private readonly Dictionary<string, FeatureKind> _skillKinds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _skillNames = new(StringComparer.OrdinalIgnoreCase);

    public SkillSpace Build(Func<Feature[], int[], RoleProfile[], float[], SkillSpace> create)
    {
        var occupations = catalog.Occupations;
        // Vocabulary: skill and knowledge elements by element id, the rest by name.
        foreach (var o in occupations)
        {
            foreach (var s in o.Skills) AddSkill(s, FeatureKind.Skill);
            foreach (var k in o.Knowledge) AddSkill(k, FeatureKind.Knowledge);
        }
        var curatedHits = catalog.CuratedRoles.ToDictionary(r => r.Slug, CuratedTerms);
        // Word counts by local word index: the vocabulary of each word block grows as the texts are read.
        var taskWords = new Dictionary<int, int>[occupations.Count];
        var titleWords = new Dictionary<int, int>[occupations.Count];
        for (int k = 0; k < occupations.Count; k++)
        {
            var o = occupations[k];
            taskWords[k] = [];
            foreach (var t in o.Tasks) WordBag.Count(t.Text, _local[TaskBlock], taskWords[k]);
            WordBag.Count(o.Description, _local[TaskBlock], taskWords[k]);
            titleWords[k] = [];
            WordBag.Count(o.Title, _local[TitleBlock], titleWords[k]);
            foreach (var a in o.AlternateTitles) WordBag.Count(a.Title, _local[TitleBlock], titleWords[k]);
            foreach (var r in o.ReportedTitles) WordBag.Count(r, _local[TitleBlock], titleWords[k]);
        }
        foreach (var o in occupations)
        {
            foreach (var t in o.Technologies)
            {
                Local(SimilarityBlock.Technologies, t.Name);
                Local(SimilarityBlock.TechnologyCategories, t.Category);
            }
            foreach (var d in o.WorkActivities) Local(SimilarityBlock.WorkActivities, d);
            foreach (var i in o.Interests) Local(SimilarityBlock.Interests, i.Name);
        }
        foreach (var hits in curatedHits.Values)
            foreach (var (kind, name) in hits)
                if (kind == FeatureKind.Technology) Local(SimilarityBlock.Technologies, name);

        int skillCount = _local[0].Count;
        var df = new int[BlockCount][];
        for (int b = 0; b < BlockCount; b++) df[b] = new int[_local[b].Count];
        var skillSums = new double[skillCount];
        var interestSums = new double[_local[4].Count];
        int rated = 0, withInterests = 0;
        for (int k = 0; k < occupations.Count; k++)
        {
            var o = occupations[k];
            foreach (var w in taskWords[k].Keys) df[TaskBlock][w]++;
            foreach (var w in titleWords[k].Keys) df[TitleBlock][w]++;
            foreach (var idx in o.Technologies.Select(t => _local[1][t.Name]).Distinct()) df[1][idx]++;
            foreach (var idx in o.Technologies.Select(t => _local[2][t.Category]).Distinct()) df[2][idx]++;
            foreach (var idx in o.WorkActivities.Select(d => _local[3][d]).Distinct()) df[3][idx]++;
            if (o.Skills.Count + o.Knowledge.Count > 0)
            {
                rated++;
                foreach (var s in o.Skills.Concat(o.Knowledge)) skillSums[_local[0][s.ElementId]] += s.Weight;
            }
            if (o.Interests.Count > 0)
            {
                withInterests++;
                foreach (var i in o.Interests) interestSums[_local[4][i.Name]] += i.Value;
            }
        }
        var skillMeans = skillSums.Select(s => (float)(s / Math.Max(1, rated))).ToArray();
        var interestMeans = interestSums.Select(s => s / Math.Max(1, withInterests)).ToArray();
        int n = occupations.Count;
        var idf = new double[BlockCount][];
        for (int b = 0; b < BlockCount; b++)
            idf[b] = df[b].Select(d => b is not (0 or 4) ? Math.Log(1.0 + (double)n / Math.Max(1, d)) : 1.0).ToArray();

        var offsets = new int[BlockCount + 1];
        for (int b = 0; b < BlockCount; b++) offsets[b + 1] = offsets[b] + _local[b].Count;
        var features = new Feature[offsets[BlockCount]];
        for (int b = 0; b < BlockCount; b++)
            foreach (var (name, local) in _local[b])
            {
                var kind = b switch
                {
                    0 => _skillKinds[name],
                    1 => FeatureKind.Technology,
                    2 => FeatureKind.TechnologyCategory,
                    3 => FeatureKind.WorkActivity,
                    4 => FeatureKind.Interest,
                    5 => FeatureKind.TaskWord,
                    _ => FeatureKind.TitleWord,
                };
                features[offsets[b] + local] = new Feature(offsets[b] + local, kind, b == 0 ? _skillNames[name] : name, idf[b][local]);
            }

        var raw = new Dictionary<string, RawProfile>(StringComparer.Ordinal);
        for (int k = 0; k < occupations.Count; k++)
            raw[occupations[k].Code.Value] = Raw(occupations[k], idf, skillMeans, interestMeans, taskWords[k], titleWords[k]);

        var profiles = new RoleProfile[catalog.Roles.Count];
        for (int r = 0; r < profiles.Length; r++)
        {
            var role = catalog.Roles[r];
            var p = role.IsCurated
                ? Curated(role.Occupations.Select(o => raw[o.Code.Value]).ToList(), curatedHits[role.Slug], idf, skillMeans)
                : raw[role.Code];
            profiles[r] = Finish(r, role, p, offsets, skillCount);
        }
        return create(features, offsets, profiles, skillMeans);
    }

    private void AddSkill(SkillRating rating, FeatureKind kind)
    {
        if (_local[0].ContainsKey(rating.ElementId)) return;
        _local[0][rating.ElementId] = _local[0].Count;
        _skillKinds[rating.ElementId] = kind;
        _skillNames[rating.ElementId] = rating.Name;
    }

    private int Local(SimilarityBlock block, string name)
    {
        var map = _local[(int)block];
        if (!map.TryGetValue(name, out var i)) map[name] = i = map.Count;
        return i;
    }

    /// <summary>A curated role's stated tools and skills, mapped to O*NET names where the extractor knows them.</summary>
    private List<(FeatureKind Kind, string Name)> CuratedTerms(Role role)
    {
        var c = role.Curated!;
        var result = new List<(FeatureKind, string)>();
        foreach (var tool in c.Tools)
        {
            var hits = extractor.Extract(tool);
            if (hits.Count == 0) result.Add((FeatureKind.Technology, tool.Trim()));
            result.AddRange(hits.Select(h => (h.Kind, h.Canonical)));
        }
        foreach (var skill in c.Skills.Core.Concat(c.Skills.Complementary).Concat(c.Skills.Advanced))
            result.AddRange(extractor.Extract(skill).Select(h => (h.Kind, h.Canonical)));
        return result.Distinct().ToList();
    }

    private RawProfile Raw(Occupation o, double[][] idf, float[] skillMeans, double[] interestMeans,
        Dictionary<int, int> taskWords, Dictionary<int, int> titleWords)
    {
        var p = new RawProfile(_local[0].Count) { JobZone = o.JobZone };
        foreach (var s in o.Skills.Concat(o.Knowledge))
        {
            var e = _local[0][s.ElementId];
            p.Values[0][e] = s.Weight - skillMeans[e];
            p.Levels[e] = (float)s.Level;
            p.LevelErrors[e] = (float)(s.LevelError ?? 0);
            p.Importance[e] = (float)s.Importance;
            p.Rated = true;
        }
        foreach (var t in o.Technologies)
        {
            var i = _local[1][t.Name];
            var w = (1 + (t.Hot ? weights.HotBoost : 0)) * (1 + (t.InDemand ? weights.InDemandBoost : 0)) * idf[1][i];
            p.Values[1][i] = Math.Max(p.Values[1].GetValueOrDefault(i), w);
            var c = _local[2][t.Category];
            p.Values[2][c] = p.Values[2].GetValueOrDefault(c) + 1;
        }
        foreach (var c in p.Values[2].Keys.ToList()) p.Values[2][c] = Math.Log(1 + p.Values[2][c]) * idf[2][c];
        for (int r = 0; r < o.WorkActivities.Count; r++)
        {
            // The list is ordered by how many of the occupation's tasks link to each DWA: gently favour the first.
            var i = _local[3][o.WorkActivities[r]];
            p.Values[3][i] = idf[3][i] / Math.Sqrt(1.0 + r / 10.0);
        }
        foreach (var interest in o.Interests)
        {
            var i = _local[4][interest.Name];
            p.Values[4][i] = interest.Value - interestMeans[i];
        }
        Words(p, TaskBlock, taskWords, idf, weights.TaskTextTerms);
        Words(p, TitleBlock, titleWords, idf, weights.TitleTerms);
        return p;
    }

    /// <summary>A word block: sublinear TF-IDF, (1 + ln count) × idf, keeping the <paramref name="keep"/> highest-weighted words.</summary>
    private static void Words(RawProfile p, int block, Dictionary<int, int> counts, double[][] idf, int keep)
    {
        var weighted = new (double Weight, int Index)[counts.Count];
        int n = 0;
        foreach (var (i, c) in counts) weighted[n++] = (-(1 + Math.Log(c)) * idf[block][i], i);
        Array.Sort(weighted);
        foreach (var (w, i) in weighted.AsSpan(0, Math.Min(n, Math.Max(0, keep)))) p.Values[block][i] = -w;
    }

    private RawProfile Curated(IReadOnlyList<RawProfile> linked, List<(FeatureKind Kind, string Name)> terms, double[][] idf, float[] skillMeans)
    {
        var p = new RawProfile(_local[0].Count) { JobZone = linked[0].JobZone };
        var ratedCount = linked.Count(l => l.Rated);
        foreach (var l in linked)
        {
            for (int b = 0; b < BlockCount; b++)
            {
                var divisor = b == 0 ? Math.Max(1, ratedCount) : linked.Count;
                foreach (var (i, v) in l.Values[b]) p.Values[b][i] = p.Values[b].GetValueOrDefault(i) + v / divisor;
            }
            if (!l.Rated) continue;
            p.Rated = true;
            for (int e = 0; e < p.Levels.Length; e++)
            {
                p.Levels[e] += l.Levels[e] / ratedCount;
                p.LevelErrors[e] += l.LevelErrors[e] / ratedCount;
                p.Importance[e] += l.Importance[e] / ratedCount;
            }
        }
        foreach (var (kind, name) in terms)
        {
            if (kind == FeatureKind.Technology && _local[1].TryGetValue(name, out var t))
                p.Values[1][t] = p.Values[1].GetValueOrDefault(t) + weights.CuratedBoost * idf[1][t];
            else if (kind is FeatureKind.Skill or FeatureKind.Knowledge && ElementByName(name) is { } e)
                p.Values[0][e] = p.Values[0].GetValueOrDefault(e) + weights.CuratedBoost * 0.1;
        }
        return p;
    }

    private int? ElementByName(string name)
    {
        foreach (var (id, n) in _skillNames)
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return _local[0][id];
        return null;
    }

    private RoleProfile Finish(int ordinal, Role role, RawProfile p, int[] offsets, int skillCount)
    {
        var indices = new List<int>();
        var values = new List<float>();
        var starts = new int[BlockCount + 1];
        var mask = BlockMask.None;
        for (int b = 0; b < BlockCount; b++)
        {
            starts[b] = indices.Count;
            var norm = Math.Sqrt(p.Values[b].Values.Sum(v => v * v));
            if (norm <= 1e-12) continue;
            if (b == 0 && !p.Rated) continue;
            mask |= (BlockMask)(1 << b);
            foreach (var (i, v) in p.Values[b].OrderBy(kv => kv.Key))
            {
                indices.Add(offsets[b] + i);
                values.Add((float)(v / norm));
            }
        }
        starts[BlockCount] = indices.Count;
        if (p.JobZone is not null) mask |= BlockMask.JobZone;
        var targets = GapTargets(p, skillCount);
        return new RoleProfile(ordinal, role, [.. indices], [.. values], starts, mask, p.Levels, p.Importance, targets, p.JobZone) { LevelErrors = p.LevelErrors };
    }

    /// <summary>B's most important skills and knowledge areas, the ones a level gap costs most on.</summary>
    private GapTarget[] GapTargets(RawProfile p, int skillCount)
    {
        if (!p.Rated) return [];
        var top = Enumerable.Range(0, skillCount).Where(e => p.Importance[e] > 0)
            .OrderByDescending(e => p.Importance[e]).ThenByDescending(e => p.Levels[e]).Take(weights.LevelGapTopSkills).ToList();
        var total = top.Sum(e => p.Importance[e]);
        return top.Select(e => new GapTarget(e, p.Importance[e] / total, p.Levels[e])).ToArray();
    }

    private sealed class RawProfile(int skillCount)
    {
        public Dictionary<int, double>[] Values { get; } = Enumerable.Range(0, BlockCount).Select(_ => new Dictionary<int, double>()).ToArray();
        public float[] Levels { get; } = new float[skillCount];
        /// <summary>O*NET's standard error of each level, 0 where unknown.</summary>
        public float[] LevelErrors { get; } = new float[skillCount];
        public float[] Importance { get; } = new float[skillCount];
        public bool Rated { get; set; }
        public int? JobZone { get; init; }
    }
}
