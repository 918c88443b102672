using System.ComponentModel;
using System.Globalization;
using Ladder.Catalog;
using Ladder.Discover;
using Ladder.Interests;
using Ladder.Web.Hosting;
using Ladder.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ladder.Web.Api;

/// <summary>The career finder's answer: the profile it ranked for, the listed careers and how many were weighed.</summary>
public sealed record DiscoverResponse(DiscoverProfile Profile, IReadOnlyList<DiscoverItem> Items, int Count, int Matching, int Ranked, int WithoutProfile,
    string Method, ApiMeta Meta);

/// <summary><c>GET /api/v1/discover</c>: careers ranked by how well their O*NET interest profiles fit six scores (docs/discover.md).</summary>
public static class DiscoverApi
{
    public static IEndpointRouteBuilder MapDiscoverApi(this IEndpointRouteBuilder app) => app.MapVersioned("", api =>
    {
        api.WithMetadata(CatalogDataMetadata.Instance).WithTags(ApiTags.Discover);
        api.MapGet("/discover", Discover).WithName("discoverCareers").WithSummary("Find careers that fit an interest profile")
            .WithDescription("Occupations ranked by the correlation of their O*NET interest profile with the six scores given (0–7 each, not all equal), " +
                "optionally only one job zone, those with a chosen work value among their top three, an outlook and a minimum national median pay. " +
                "With 'current', each item also says how close the move from that job is. Nothing sent is stored.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    });

    private static Results<Ok<DiscoverResponse>, ProblemHttpResult> Discover(SiteData data,
        [Description("Realistic score, 0–7.")] double? realistic = null, [Description("Investigative score, 0–7.")] double? investigative = null,
        [Description("Artistic score, 0–7.")] double? artistic = null, [Description("Social score, 0–7.")] double? social = null,
        [Description("Enterprising score, 0–7.")] double? enterprising = null, [Description("Conventional score, 0–7.")] double? conventional = null,
        [Description("Only this O*NET job zone, 1 (least preparation) to 5 (most); a release may merge zones (O*NET's \"Job Zone 1-2\" is numbered 2), and a zone no occupation uses is refused.")] int? jobZone = null,
        [Description("Comma-separated work values: achievement, working-conditions, recognition, relationships, support, independence. A career qualifies when one is among its three O*NET work-value high-points.")] string? workValues = null,
        [Description("Outlook: growing, much-faster, average, slower-or-flat or decline.")] string? outlook = null,
        [Description("Lowest national median annual pay, in dollars.")] decimal? minPay = null,
        [Description("How many careers, 1–100 (default 20).")] int? limit = null,
        [Description("The reader's current job (slug or title): each item then carries the transition score of the move.")] string? current = null,
        [Description("A U.S. state (postal code or name): median pay and minPay use BLS's state estimates instead of the national median.")] string? state = null)
    {
        double?[] scores = [realistic, investigative, artistic, social, enterprising, conventional];
        var (query, error) = DiscoverQuery.Parse(key => scores[InterestArea.Find(key)!.Index]?.ToString("R", CultureInfo.InvariantCulture),
            jobZone?.ToString(CultureInfo.InvariantCulture), [workValues], outlook, minPay?.ToString(CultureInfo.InvariantCulture), limit?.ToString(CultureInfo.InvariantCulture), data.Engine.Careers.JobZones);
        if (query is null) return TypedResults.Problem(detail: error, statusCode: 400, title: "Bad Request");
        var (pay, stateError) = PayScope.From(data.Catalog, state);
        if (pay is null) return TypedResults.Problem(detail: stateError, statusCode: 400, title: "Bad Request");
        query = query with { Pay = pay };
        Role? from = null;
        if (!string.IsNullOrWhiteSpace(current))
        {
            if (data.Engine.Resolve(current) is not Resolution.Found found)
                return TypedResults.Problem(detail: $"'current' does not name one role. Find its slug with /api/v1/search?q=.", statusCode: 400, title: "Bad Request");
            from = found.Role;
        }
        var result = data.Engine.Discover(query, from);
        var items = result.Items.Select(i => i.AsItem(query.Pay.Key)).ToList();
        return TypedResults.Ok(new DiscoverResponse(query.Profile.AsProfile(), items, items.Count, result.Matching, result.Ranked, result.WithoutProfile,
            CareerFinder.Method, ApiMeta.For(data)));
    }
}
