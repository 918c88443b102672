using Ladder.Catalog;
using Ladder.Content;

namespace Ladder.Guides;

public sealed partial class GuideComposer
{
    /// <summary>
    /// The linked occupations' tasks that fit the curated role: a task is borrowed only when it shares at least
    /// <see cref="TaskFitWords"/> content words (generic verbs such as "apply" and "determine" do not count) with what the role file says (summary, tools, skills, responsibilities,
    /// roadmap), so a Machine Learning Engineer does not inherit a Data Scientist's survey design.
    /// </summary>
    private IReadOnlyList<string> FittingTasks(Role role, CuratedRole c)
    {
        var stated = new[] { c.Summary }.Concat(c.Tools).Concat(c.Skills.Core).Concat(c.Skills.Complementary).Concat(c.Skills.Advanced)
            .Concat(c.Levels.Values.SelectMany(l => l.Responsibilities)).Concat(c.Roadmap.Select(s => s.Title + " " + s.Detail));
        var vocabulary = stated.SelectMany(ContentWords).ToHashSet(StringComparer.Ordinal);
        var evidence = GuideEvidence.For(catalog);
        return role.Occupations.SelectMany(o => evidence.RankTasks(o).Where(t => t.IsCore))
            .Select(t => t.Text).Distinct()
            .Where(t => ContentWords(t).Distinct().Count(vocabulary.Contains) >= TaskFitWords)
            .Take(8).ToList();
    }

    public const int TaskFitWords = 2;

    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "with", "from", "that", "this", "such", "into", "using", "other", "their", "them", "they", "work", "data", "and", "for",
        "or", "the", "to", "of", "in", "on", "as", "by", "an", "a", "new", "use", "make", "keep", "based", "results", "information",
        "apply", "technique", "determine", "group", "method", "complete", "other", "various", "ensure", "develop",
    };

    private static IEnumerable<string> ContentWords(string text) =>
        text.Split([' ', ',', '.', ';', ':', '(', ')', '/', '"', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Where(w => w.Length > 3 && !Stop.Contains(w))
            .Select(w => w.EndsWith('s') && w.Length > 4 ? w[..^1] : w);
}
