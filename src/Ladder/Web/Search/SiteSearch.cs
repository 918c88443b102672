using Ladder.Catalog;
using Ladder.Search;

namespace Ladder.Web.Search;

/// <summary>
/// The site's role search (autocomplete, the search page, <c>/api/search</c>, a not-found page's suggestions): the
/// title index, reading the text as still being typed ("data scien" completes its last word). The static site runs
/// the same index in the browser, so both answer alike.
/// </summary>
public sealed class SiteSearch(TitleIndex index)
{
    public const int MaxQueryLength = 100;

    public TitleSearchResult Find(string? query, int limit = 10)
    {
        var text = query is { Length: > MaxQueryLength } ? query[..MaxQueryLength] : query;
        return index.Search(text, Math.Clamp(limit, 1, 100), asYouType: true);
    }

    /// <summary>The title key the catalog's resolver uses: lower case, letters and digits only, each word singular.</summary>
    public static string Normalize(string text) => RoleResolver.Key(text);
}
