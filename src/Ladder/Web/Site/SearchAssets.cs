namespace Ladder.Web.Site;

/// <summary>
/// Where a static page finds its search (asset names, content-hashed): the browser code, the title index's model and
/// the matched titles. The server's pages have none: they ask <c>/api/search</c>.
/// </summary>
public sealed record SearchAssets(string Code, string Model, string Titles);
