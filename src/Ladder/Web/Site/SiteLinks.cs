namespace Ladder.Web.Site;

/// <summary>
/// Every URL the site writes. <see cref="Root"/> is "/" (or the path base) when served, and either a base
/// path or a relative prefix such as "../../" in the static export, so the export works from any sub-path.
/// </summary>
public sealed record SiteLinks(string Root, bool DirectoryStyle)
{
    public static SiteLinks Served(string pathBase = "") => new(pathBase.TrimEnd('/') + "/", DirectoryStyle: false);

    /// <summary>Links for a static page <paramref name="depth"/> folders below the site root, relative unless a base path is given.</summary>
    public static SiteLinks Static(int depth, string? basePath) =>
        new(basePath is { Length: > 0 } b ? "/" + b.Trim('/') + (b.Trim('/').Length > 0 ? "/" : "") : depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth)), DirectoryStyle: true);

    /// <summary>A page by its site path, such as "careers/data-scientist"; "" is the home page.</summary>
    public string Page(string path) => path.Length == 0 ? Root : Root + path + (DirectoryStyle ? "/" : "");

    public string Home => Page("");
    public string Career(string slug) => Page("careers/" + slug);
    public string Compare(string a, string b) => Page($"compare/{a}/vs/{b}");
    public string Transition(string target, string from) => Page($"careers/{target}/from/{from}");
    public string Domains => Page("domains");
    public string Domain(string slug) => Page("domains/" + slug);
    public string Search => Page("search");
    public string SearchFor(string query) => Search + "?q=" + Uri.EscapeDataString(query);
    public string Gap => Page("gap");
    public string Discover => Page("discover");
    public string Apply => Page("apply");
    public string ApplyFor(string slug) => Apply + "?role=" + Uri.EscapeDataString(slug);
    public string Asset(string name) => Root + "assets/" + name;
    public string File(string name) => Root + name;
}
