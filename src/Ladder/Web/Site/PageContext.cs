namespace Ladder.Web.Site;

/// <summary>How one page is being rendered: for the server or the static export, and where its links point.</summary>
/// <param name="CanonicalRoot">Absolute site root for canonical and Open Graph URLs, e.g. "https://ladder.example/".</param>
public sealed record PageContext(SiteData Data, SiteLinks Links, bool IsStatic, string CanonicalRoot)
{
    /// <summary>The static site's search files; null when served (the server answers searches itself).</summary>
    public SearchAssets? Search { get; init; }

    public string Canonical(string path) =>
        CanonicalRoot + (path.Length == 0 ? "" : path + (IsStatic ? "/" : ""));
}

/// <summary>One breadcrumb; the current page has no link.</summary>
public sealed record Crumb(string Name, string? Href = null);

/// <summary>What the layout needs to know about a page.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>Site path without leading or trailing slash, such as "careers/data-scientist"; "" for home.</summary>
    public required string Path { get; init; }
    public string OpenGraphType { get; init; } = "website";
    /// <summary>JSON-LD, already serialized with an encoder that escapes "&lt;".</summary>
    public string? JsonLd { get; init; }
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];
    public bool NoIndex { get; init; }
    /// <summary>False for pages that have no address of their own, such as the 404 page.</summary>
    public bool HasCanonical { get; init; } = true;
}
