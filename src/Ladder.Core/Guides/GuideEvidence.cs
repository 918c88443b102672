using System.Runtime.CompilerServices;
using Ladder.Catalog;
using Ladder.Occupations;

namespace Ladder.Guides;

/// <summary>
/// Catalog-wide statistics that let a guide rank its lists by evidence rather than file order: how many occupations
/// list each technology, tool and task word (for specificity, an IDF) and the all-occupation mean of every skill and
/// knowledge rating (the baseline a distinctive need stands out from). Computed once per catalog.
/// </summary>
internal sealed partial class GuideEvidence
{
    // The Lazy makes the evidence once per catalog: the table may call its factory on several threads at once and
    // keep one result, and guides are composed in parallel.
    private static readonly ConditionalWeakTable<LadderCatalog, Lazy<GuideEvidence>> Cache = new();

    private readonly Dictionary<string, double> _technologyIdf;
    private readonly Dictionary<string, double> _toolIdf;
    private readonly Dictionary<string, double> _taskWordIdf;
    private readonly Dictionary<string, double> _baseline;
    private readonly Dictionary<string, double> _meanImportance;
    private readonly LadderCatalog _catalog;

    public static GuideEvidence For(LadderCatalog catalog) => Cache.GetValue(catalog, c => new Lazy<GuideEvidence>(() => new GuideEvidence(c))).Value;

    private GuideEvidence(LadderCatalog catalog)
    {
        _catalog = catalog;
        var all = catalog.Occupations;
        _technologyIdf = Idf(all.Select(o => o.Technologies.Select(t => t.Name)), all.Count);
        _toolIdf = Idf(all.Select(o => o.Tools), all.Count);
        _taskWordIdf = Idf(all.Select(o => o.Tasks.SelectMany(t => Words(t.Text))), all.Count);
        var rated = all.Where(o => o.Skills.Count > 0).ToList();
        _baseline = rated.SelectMany(o => o.Skills.Concat(o.Knowledge))
            .GroupBy(r => r.ElementId).ToDictionary(g => g.Key, g => g.Sum(r => r.Weight) / rated.Count);
        _meanImportance = rated.SelectMany(o => o.Skills.Concat(o.Knowledge))
            .GroupBy(r => r.ElementId).ToDictionary(g => g.Key, g => g.Average(r => r.Importance));
    }

    /// <summary>The mean importance (1–5) the rated occupations give the same skill or knowledge element.</summary>
    public double MeanImportance(SkillRating r) => _meanImportance.GetValueOrDefault(r.ElementId, 5.0);

    private static Dictionary<string, double> Idf(IEnumerable<IEnumerable<string>> documents, int count)
    {
        var df = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in documents)
            foreach (var term in doc.Distinct(StringComparer.OrdinalIgnoreCase))
                df[term] = df.GetValueOrDefault(term) + 1;
        return df.ToDictionary(kv => kv.Key, kv => Math.Log((double)count / kv.Value), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How far this occupation's need for a skill or knowledge area exceeds the mean occupation's.</summary>
    public double AboveBaseline(SkillRating r) => r.Weight - _baseline.GetValueOrDefault(r.ElementId);

    public double TechnologySpecificity(string name) => _technologyIdf.GetValueOrDefault(name, 1.0);

    /// <summary>
    /// Technologies by In Demand and Hot flags weighted by specificity, TF-IDF-like: the IDF across all occupations
    /// (a flag on software every job lists says little) times how many of this occupation's O*NET related occupations
    /// list it too (dental software listed once for nurses is not what nursing runs on). Generic business software
    /// sinks outside the work it belongs to (<see cref="OfficeWork.IsGenericFor"/>).
    /// </summary>
    public IReadOnlyList<Technology> RankTechnologies(Occupation o) => Rank(o, Neighbours(o));

    private List<Technology> Rank(Occupation o, List<HashSet<string>> neighbours) =>
        o.Technologies
            .OrderByDescending(t => TechnologyScore(t.Name, t.Hot, t.InDemand, o.Code) * (0.05 + Share(neighbours, t.Name)))
            .ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>Both lists a guide needs, from one look at the related occupations: the ranking (for the roadmap) and what it shows.</summary>
    public (IReadOnlyList<Technology> Ranked, IReadOnlyList<Technology> Shown) RankAndShowTechnologies(Occupation o)
    {
        var neighbours = Neighbours(o);
        var ranked = Rank(o, neighbours);
        return (ranked, Shown(o, ranked, neighbours));
    }

    /// <summary>
    /// The technologies a guide shows: ranked as <see cref="RankTechnologies"/>, keeping those employers in this
    /// occupation ask for (In Demand) or that its O*NET related occupations list too: two or more of them for a long
    /// list (15 technologies or more, with five related occupations or more), where strays from job postings gather,
    /// and one otherwise. Apache Spark is listed for registered nurses and, of the twenty occupations O*NET relates to
    /// nursing, only for nursing assistants; Oracle Taleo, a recruiting system, only for critical care nurses. Software
    /// every employer runs (<see cref="OfficeWork.IsGenericFor"/>) is left out of hands-on and service work unless
    /// In Demand there: a truck driver's guide names the inventory tracking software, not Microsoft Word. When fewer
    /// than <see cref="MinimumShown"/> pass, the best ranked of the rest fill in (an orthodontist's practice software
    /// that no related occupation happens to list is still what the work runs on); an occupation without related
    /// occupations keeps its whole list.
    /// </summary>
    public IReadOnlyList<Technology> ShownTechnologies(Occupation o)
    {
        var neighbours = Neighbours(o);
        return Shown(o, Rank(o, neighbours), neighbours);
    }

    private List<Technology> Shown(Occupation o, List<Technology> ranked, List<HashSet<string>> neighbours)
    {
        int needed = neighbours.Count >= 5 && o.Technologies.Count >= 15 ? 2 : 1;
        var kind = _catalog.WorkKindOf(o.Code);
        var specific = ranked.Where(t => t.InDemand || !OfficeWork.IsGenericFor(kind, t.Name)).ToList();
        var shown = specific.Where(t => t.InDemand || neighbours.Count == 0 || neighbours.Count(n => n.Contains(t.Name)) >= needed).ToHashSet();
        foreach (var t in specific)
        {
            if (shown.Count >= MinimumShown) break;
            shown.Add(t);
        }
        return specific.Where(shown.Contains).ToList();
    }

    /// <summary>How many technologies a guide shows, corroborated or not, when O*NET lists that many particular to the work.</summary>
    public const int MinimumShown = 5;

    /// <summary>
    /// In Demand is O*NET's flag for this occupation's own postings, so it weighs most; Hot describes the technology
    /// across all postings of all jobs, so it only nudges.
    /// </summary>
    public double TechnologyScore(string name, bool hot, bool inDemand, OccupationCode code) =>
        (0.25 + (inDemand ? 1.0 : 0) + (hot ? 0.35 : 0)) * TechnologySpecificity(name) * (OfficeWork.IsGenericFor(_catalog.WorkKindOf(code), name) ? 0.02 : 1.0);

    private List<HashSet<string>> Neighbours(Occupation o) =>
        o.Related.Take(20).Select(r => _catalog.FindByCode(r.Code.Value)).OfType<Occupation>()
            .Select(n => n.Technologies.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();

    private static double Share(List<HashSet<string>> neighbours, string name) =>
        neighbours.Count == 0 ? 0.5 : (double)neighbours.Count(n => n.Contains(name)) / neighbours.Count;

    /// <summary>
    /// Tools that define the work first: specific to the occupation (IDF across occupations) and named in its own
    /// title, description or tasks (a truck driver's trailers and fifth wheels before a cargo hoist).
    /// </summary>
    public IReadOnlyList<string> RankTools(Occupation o)
    {
        var own = o.Tasks.Select(t => t.Text).Append(o.Title).Append(o.Description).SelectMany(Words).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return o.Tools
            .OrderByDescending(t => _toolIdf.GetValueOrDefault(t, 1.0) * (0.5 + Words(t).Select(Stem).Distinct().Count(own.Contains)))
            .ThenBy(t => t, StringComparer.Ordinal).ToList();
    }

    private static string Stem(string word) => word.EndsWith('s') && word.Length > 4 ? word[..^1] : word;

    /// <summary>
    /// Core tasks before supplemental ones; within each, the tasks whose words are rarest across occupations first,
    /// with O*NET's own order (by rated importance) weighing up to twice as much at the top as at the bottom, and each
    /// word shared with the occupation's title and description (up to three) adding half again: rare words alone put
    /// "Answer telephones" first for pharmacy technicians and "Crank trailer landing gear" before "Drive trucks".
    /// </summary>
    public IReadOnlyList<TaskStatement> RankTasks(Occupation o)
    {
        var own = Words(o.Title + " " + o.Description).Select(Stem).ToHashSet(StringComparer.Ordinal);
        return o.Tasks.Select((t, i) => (Task: t, Score: TaskSpecificity(t) * (1.0 - 0.5 * i / Math.Max(1, o.Tasks.Count))
                * (1.0 + 0.5 * Math.Min(3, Words(t.Text).Select(Stem).Distinct().Count(own.Contains)))))
            .OrderByDescending(x => x.Task.IsCore).ThenByDescending(x => x.Score).ThenBy(x => x.Task.Id).Select(x => x.Task).ToList();
    }

    private double TaskSpecificity(TaskStatement t)
    {
        var words = Words(t.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return words.Count == 0 ? 0 : words.Sum(w => _taskWordIdf.GetValueOrDefault(w)) / words.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '(', ')', '/', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3).Select(w => w.ToLowerInvariant());
}
