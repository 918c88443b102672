using Ladder.Catalog;

namespace Ladder.Matching;

/// <summary>
/// Where a person starts for a gap analysis: exactly one of a skills list, résumé text or a current role.
/// One place for the rules, so the CLI, the web form and the API answer alike.
/// </summary>
public sealed record GapQuery(string? Skills, string? ResumeText, Role? Current)
{
    /// <summary>The longest résumé text any surface accepts, in characters (a long résumé is about 15,000).</summary>
    public const int MaxResumeLength = 20_000;

    /// <summary>The longest skills list any surface accepts, in characters.</summary>
    public const int MaxSkillsLength = 4_000;

    /// <summary>
    /// The one input rule, used by the CLI, the gap page and the API alike: blank fields count as not given, and the
    /// starting point is the first one given of typed skills, résumé text and the current role. (Someone who lists
    /// their skills and also names their job wants their own skills measured; the job is context, which the
    /// surfaces show as a link to the transition.)
    /// </summary>
    public static GapQuery From(string? skills, string? resumeText, Role? current) =>
        !string.IsNullOrWhiteSpace(skills) ? new(skills, null, null)
        : !string.IsNullOrWhiteSpace(resumeText) ? new(null, resumeText, null)
        : new(null, null, current);

    /// <summary>Why the text is too long to read, or null.</summary>
    public static string? TooLong(string? skills, string? resumeText) =>
        (resumeText?.Length ?? 0) > MaxResumeLength ? $"The résumé text is longer than {MaxResumeLength:#,0} characters."
        : (skills?.Length ?? 0) > MaxSkillsLength ? $"The skills list is longer than {MaxSkillsLength:#,0} characters."
        : null;

    /// <summary>The report, or why there is none (a message meant for the person).</summary>
    public (GapReport? Report, string? Problem) Run(SkillSpace space, Role target)
    {
        if (TooLong(Skills, ResumeText) is { } tooLong) return (null, tooLong);
        var sources = new[] { Skills is not null, ResumeText is not null, Current is not null }.Count(x => x);
        if (sources != 1) return (null, "Give one starting point: a list of skills, résumé text or a current role.");
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
