using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// Where a person starts for a gap analysis: exactly one of a skills list, résumé text or a current role.
/// One place for the rules, so the CLI, the web form and the API answer alike.
/// </summary>
public sealed record GapQuery(string? Skills, string? ResumeText, Role? Current)
{
    /// <summary>The report, or why there is none (a message meant for the person).</summary>
    public (GapReport? Report, string? Problem) Run(SkillSpace space, Role target)
    {
        var sources = new[] { Skills is not null, ResumeText is not null, Current is not null }.Count(x => x);
        if (sources != 1) return (null, "Give exactly one starting point: a list of skills, résumé text or a current role.");
        var analyzer = new GapAnalyzer(space);
        if (Current is { } current)
        {
            if (current.Slug == target.Slug) return (null, $"The current role and the target are the same ({target.Title}): there is no gap to measure.");
            return (analyzer.Analyze(target, analyzer.FromRole(current), "role"), null);
        }
        Extraction extraction;
        string source;
        if (Skills is { } list)
        {
            if (string.IsNullOrWhiteSpace(list.Replace(",", "").Replace(";", "")))
                return (null, "The skills list is empty. List your skills and tools, e.g. \"python, sql, excel\".");
            extraction = space.Extractor.ExtractList(list);
            source = "list";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(ResumeText)) return (null, "The résumé text is empty.");
            extraction = new Extraction(space.Extractor.Extract(ResumeText), []);
            source = "resume";
        }
        if (extraction.Hits.Count == 0)
        {
            var words = extraction.Unrecognized.Count > 0 ? string.Join(", ", extraction.Unrecognized.Select(w => $"'{w}'")) : "no known skill or technology name";
            return (null, $"Nothing was recognised as a skill or technology ({words}). Use O*NET names such as \"Python\", \"Microsoft Excel\", \"Critical Thinking\" or common short forms (\"JS\", \"k8s\", \"Postgres\").");
        }
        return (analyzer.Analyze(target, GapAnalyzer.FromHits(extraction.Hits), source, extraction), null);
    }
}
