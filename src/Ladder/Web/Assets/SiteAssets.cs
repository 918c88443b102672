using System.Text;

namespace Ladder.Web;

/// <summary>The site's stylesheet, script and icon, embedded in the executable and served from memory (no file system paths).</summary>
public static class SiteAssets
{
    public sealed record Asset(string Name, string ContentType, byte[] Content);

    private static readonly Dictionary<string, Asset> All = Load();

    public static IReadOnlyCollection<Asset> Files => All.Values;

    public static Asset? Find(string name) => All.GetValueOrDefault(name);

    private static Dictionary<string, Asset> Load()
    {
        var result = new Dictionary<string, Asset>(StringComparer.Ordinal);
        var assembly = typeof(SiteAssets).Assembly;
        foreach (var (name, type) in new[] { ("site.css", "text/css; charset=utf-8"), ("site.js", "text/javascript; charset=utf-8"), ("discover.js", "text/javascript; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("Ladder.Web.Assets." + name)
                ?? throw new InvalidOperationException($"The embedded asset {name} is missing from the build.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            result[name] = new Asset(name, type, copy.ToArray());
        }
        result["icon.svg"] = new Asset("icon.svg", "image/svg+xml", Encoding.UTF8.GetBytes(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><rect width=\"24\" height=\"24\" rx=\"5\" fill=\"#1d4ed8\"/>" +
            "<path d=\"M7 3v18M17 3v18M7 7h10M7 12h10M7 17h10\" stroke=\"#fff\" stroke-width=\"2.2\" fill=\"none\" stroke-linecap=\"round\"/></svg>"));
        return result;
    }
}
