namespace Ladder.Content;

/// <summary>One problem in a content file, located by the YAML parser's marks (1-based).</summary>
public sealed record ContentError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>One or more content files are invalid; nothing was imported.</summary>
public sealed class ContentException(IReadOnlyList<ContentError> errors)
    : Exception(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}

/// <summary>
/// What curated content is checked against: the occupations of the O*NET release being imported and, when families
/// are imported, the career families a role may name.
/// </summary>
public sealed record ContentContext(IReadOnlySet<string> OccupationCodes, IReadOnlySet<string> OccupationSlugs, string OnetRelease = "the imported O*NET release",
    CareerFamilies? Families = null);
