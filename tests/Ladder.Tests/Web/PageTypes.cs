namespace Ladder.Tests.Web;

/// <summary>One address for every page type the site serves, for the browser checks that must cover them all.</summary>
public static class PageTypes
{
    public static readonly (string Name, string Url)[] All =
    [
        ("home", "/"),
        ("guide", "/careers/registered-nurses"),
        ("curated guide", "/careers/machine-learning-engineer"),
        ("compare", "/compare/machine-learning-engineer/vs/data-scientist"),
        ("transition", "/careers/machine-learning-engineer/from/data-analyst"),
        ("gap", "/gap"),
        ("domains", "/domains"),
        ("domain", "/domains/data-ai"),
        ("search", "/search?q=engineer"),
        ("apply", "/apply?role=machine-learning-engineer"),
        ("not found", "/careers/astronautt"),
        ("start from your job", "/start?role=cashiers"),
        ("hourly-only guide", "/careers/actors"),
        ("pay by state", "/careers/registered-nurses/states?state=CA"),
        ("curated pay by state", "/careers/machine-learning-engineer/states/by-employment"),
        ("guide with a state", "/careers/data-scientists?state=WY"),
        ("discover", "/discover"),
        ("discover results", "/discover?realistic=6&investigative=2&artistic=1&social=3&enterprising=2&conventional=5&jobZone=2&current=cashiers"),
    ];

    public static readonly int[] Widths = [320, 390, 768, 1280];
}
