using System.Security.Cryptography;
using System.Text.Json;
using Ladder.Web.Assets;
using Ladder.Search;
using Ladder.Web.Site;

namespace Ladder.Web.Export;

/// <summary>
/// The static site's search: the server's title index as a model file, the browser code that ranks with it
/// (title-search.js) and the titles it shows as "matched", each under a name that holds a hash of its content
/// (<c>assets/search-model.0123456789abcdef.json</c>), so a host may let browsers keep them for good
/// (<see cref="ServerConfigs"/>) and a new build is fetched under a new name.
/// </summary>
public static class StaticSearch
{
    /// <summary>What a host may cache for good: every asset whose name holds a content hash.</summary>
    public const string HashedPattern = @"\.[0-9a-f]{16}\.(js|json)$";

    /// <summary>The names the hashed files start with.</summary>
    public static IReadOnlyList<string> HashedStems { get; } = ["title-search", "search-model", "search-titles"];

    /// <summary>The names and the bytes of the three files, from <paramref name="index"/>.</summary>
    public static (SearchAssets Names, IReadOnlyDictionary<string, byte[]> Files) Write(TitleIndex index)
    {
        var model = Json(index.WriteModel);
        var titles = Json(index.WriteMatchedTitles);
        var names = new SearchAssets(Hashed("title-search", ".js", SiteAssets.TitleSearchScript), Hashed("search-model", ".json", model),
            Hashed("search-titles", ".json", titles));
        return (names, new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["assets/" + names.Code] = SiteAssets.TitleSearchScript,
            ["assets/" + names.Model] = model,
            ["assets/" + names.Titles] = titles,
        });
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream(4 << 20);
        using (var w = new Utf8JsonWriter(stream)) write(w);
        return stream.ToArray();
    }

    private static string Hashed(string stem, string extension, byte[] content) =>
        $"{stem}.{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 8))}{extension}";
}
