using Ladder.Web.Site;

namespace Ladder.Web.Hosting;

/// <summary>Web settings, bound from the "Site" configuration section and then "Ladder:Site" (which wins), like the other Ladder:* settings.</summary>
public sealed class SiteOptions
{
    /// <summary>Absolute public URL of the site root for canonical links and the sitemap; null uses the request's host.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Longer query strings get 414 with ProblemDetails.</summary>
    public int MaxQueryStringLength { get; set; } = 2048;

    /// <summary>Larger request bodies (forms, JSON) get 413.</summary>
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    public int CacheSeconds { get; set; } = 300;

    /// <summary>Who receives applications (Ladder:Site:Operator); a demo default until configured.</summary>
    public SiteOperator Operator { get; set; } = new();
}
