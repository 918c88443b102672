using Ladder.Matching;
using Ladder.Search;
using Ladder.Web.Site;

namespace Ladder.Web.Api;

/// <summary>
/// The shared models the API reads beyond the catalog (the title index and the skill space), reached in one place
/// so that a change in where the site keeps them touches this file only.
/// </summary>
public static class ApiData
{
    public static TitleIndex Titles(this SiteData data) => data.Index;

    public static SkillSpace MatchingSpace(this SiteData data) => data.Space;
}
