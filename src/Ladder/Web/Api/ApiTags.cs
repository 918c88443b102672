namespace Ladder.Web.Api;

/// <summary>The OpenAPI tags that group the operations, with the descriptions the document shows for them.</summary>
public static class ApiTags
{
    public const string Catalog = "Catalog";
    public const string Matching = "Matching";
    public const string Discover = "Discover";
    public const string Applications = "Applications";
    public const string Admin = "Admin";

    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        (Catalog, "Read-only career data: roles, their guides, title search, comparisons and domains. Answers carry ETags; send If-None-Match to get 304."),
        (Matching, "Career moves and gap analysis over the skill space built from O*NET importance ratings."),
        (Discover, "Careers that fit a reader's interests: occupations ranked by how well their O*NET interest profiles fit six RIASEC scores, with pay, outlook, preparation and licence."),
        (Applications, "Submit an application to a role. Idempotent with an Idempotency-Key header, rate limited per client."),
        (Admin, "Read submitted applications. Needs the admin token (Ladder:Admin:Token or LADDER_ADMIN_TOKEN) as a Bearer token."),
    ];
}
